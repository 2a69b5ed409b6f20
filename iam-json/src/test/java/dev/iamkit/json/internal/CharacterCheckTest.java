package dev.iamkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.policy.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The character rule of S1.1 and its shortcut for well-formed texts. */
class CharacterCheckTest {
  private static final String POLICY = "{\"Version\": \"2012-10-17\",\n \"Statement\": [{\"Effect\": \"Allow\","
      + " \"Action\": [\"s3:Get*\", 1], \"Resource\": \"*\", \"Condition\": {\"Bool\": {\"aws:SecureTransport\": true}}}]}";

  /** Characters around the edges of IAM's set and of the parser's white space. */
  private static final List<String> ODD = List.of("\u0000", "\u0007", "\u001f", "\u007f", "\u0085", "\u00a0", "\u00ff",
      "\u0100", "\u2028", "\ufeff", "\u20ac", "\ud800", "\udc00", "\ud83d\ude00", "\\u0000", "\\u0085", "\\ud800",
      "\\u20ac", "\\u00e9");

  @Test
  @DisplayName("S1.1: a text the shortcut calls clean has no character the full checks would report")
  void the_shortcut_never_hides_a_problem() {
    JsonTreeReader trees = new JsonTreeReader(10_000, 64);
    int clean = 0;
    int checked = 0;
    for (String odd : ODD) {
      for (int at = 0; at <= POLICY.length(); at++) {
        String text = POLICY.substring(0, at) + odd + POLICY.substring(at);
        Problems problems = Problems.of(offset -> new SourcePosition(1, 1));
        JsonValue root = trees.read(text, "", problems).completeRoot();
        if (root == null) {
          continue;
        }
        checked++;
        if (CharacterCheck.isClean(text, root)) {
          clean++;
          Problems full = Problems.of(offset -> new SourcePosition(1, 1));
          CharacterCheck.report(text, offset -> "", full);
          CharacterCheck.reportDecoded(root, offset -> "", full);
          assertThat(full.sorted()).as("%s", text).isEmpty();
        }
      }
    }
    assertThat(checked).isGreaterThan(clean).isGreaterThan(0);
    assertThat(clean).isGreaterThan(0);
  }

  @Test
  void plain_latin_1_text_is_clean_and_other_characters_are_not() {
    JsonTreeReader trees = new JsonTreeReader(10_000, 64);
    Problems problems = Problems.of(offset -> new SourcePosition(1, 1));
    for (String s : List.of("{\"a\": \"caf\u00e9 \u00ff\"}", "{\"a\": \"x\\u00e9\"}")) {
      assertThat(CharacterCheck.isClean(s, trees.read(s, "", problems).completeRoot())).as(s).isTrue();
    }
    for (String s : List.of("{\"a\": \"\u20ac\"}", "{\"\u0100\": 1}", "{\"a\": \"\\u0007\"}", "{} \ufeff", "{} \u2028",
        "{\"a\": [\"\u0085\"]}")) {
      JsonValue root = trees.read(s, "", problems).root();
      assertThat(root).as(s).isNotNull();
      assertThat(CharacterCheck.isClean(s, root)).as(s).isFalse();
    }
  }
}
