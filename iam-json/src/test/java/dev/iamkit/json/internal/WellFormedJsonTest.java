package dev.iamkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.json.ReadLimits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The law of {@link JsonTreeReader}'s fast path ({@link WellFormedJson}): when it answers, it builds the tree the
 * Jackson path builds, and knows what {@link CharacterCheck#isClean} and the longest array would say; when it does not,
 * the reader's outcome is the Jackson path's, problems included. Plus one example per reason to give up.
 */
class WellFormedJsonTest {
  private static final long SEED = 0x5eed_1e7e_4L;

  /** The readers of policies and files, and two with tiny limits so that every limit is reached. */
  private static final List<Config> CONFIGS = List.of(
      new Config("policy", ReadLimits.standard().maxPolicyChars(), ReadLimits.standard()),
      new Config("small", 300, ReadLimits.standard().toBuilder().maxDepth(4).maxStringChars(12).maxMembers(3)
          .maxElements(3).build()),
      new Config("depth", 400, ReadLimits.standard().toBuilder().maxDepth(3).maxStringChars(40).maxMembers(6)
          .maxElements(6).build()));

  private record Config(String name, int maxChars, ReadLimits limits) {
    JsonTreeReader reader() {
      return new JsonTreeReader(maxChars, limits);
    }

    WellFormedJson scanner(String text) {
      return WellFormedJson.of(text, limits.maxDepth(), limits.maxStringChars(), limits.maxMembers(),
          limits.maxElements());
    }
  }

  /** Member names; those from index 6 on are left to Jackson (escapes, chars outside Latin-1) or exceed a limit. */
  private static final List<String> NAMES = List.of("a", "b", "Effect", "Statement", "a~/b", "caf\u00e9", "",
      "\\u0041", "x\\ud800", "\u20ac", "bbbbbbbbbbbbbb", "k\\n");
  private static final int PLAIN_NAMES = 7;
  /** String fragments; those from index 21 on are left to Jackson. */
  private static final List<String> FRAGMENTS = List.of("a", "s3:Get*", "?", "\u00e9", "\u00a0", "\u0085", "\u007f",
      "\\u00e9", "\\u20AC", "\\ud83d\\ude00", "\\ud800", "\\udc00", "\\u0000", "\\n", "\\t", "\\b", "\\f", "\\r", "\\/",
      "\\\"", "\\\\", "\u20ac", "\ud83d\ude00", "\u0001", "\t", "\\x", "\\u12G4", "aaaaaaaaaa", " ");
  private static final int PLAIN_FRAGMENTS = 21;
  /** Numbers; those from index 7 on are not JSON. */
  private static final List<String> NUMBERS = List.of("0", "-0", "1", "10.5", "1e5", "1E+5", "-2.5e-3",
      "123456789012345678901234567890", "01", "1.", ".5", "+1", "-", "1e", "0x1", "1.0e+", "NaN");
  private static final int PLAIN_NUMBERS = 7;
  /** White space; from index 7 on it is not JSON's. */
  private static final List<String> SPACE = List.of("", "", " ", "\n    ", "\n        ", "\t", "\r\n  ", "\u00a0",
      "\f");
  private static final int PLAIN_SPACE = 7;
  private static final List<String> ODD = List.of("\"", "\\", "{", "}", "[", "]", ",", ":", "\u0000", "\u00e9", "\u20ac",
      "\ud800", "\ufeff", "x", "0", "-", "/", "?", " ", "\n", "true", "nul", "\"a\":1,", ",,");

  private static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  private static String pick(RandomnessSource in, List<String> from) {
    return from.get(between(in, 0, from.size() - 1));
  }

  /**
   * JSON-like text: half of it well-formed by construction (plain choices only), the rest with odd strings, names,
   * numbers and white space; a third of each mutated (a char inserted or deleted, or the text cut).
   */
  static Gen<String> texts() {
    return in -> {
      TextGen g = new TextGen(in, between(in, 0, 1) == 0);
      StringBuilder sb = g.sb;
      sb.append(g.pick(SPACE, PLAIN_SPACE));
      if (between(in, 0, 9) == 0) {
        g.value(0);
      } else if (between(in, 0, 5) == 0) {
        g.array(0);
      } else {
        g.object(0);
      }
      sb.append(g.pick(SPACE, PLAIN_SPACE));
      String text = sb.toString();
      switch (between(in, 0, 5)) {
        case 0 -> {
          int at = between(in, 0, text.length());
          return text.substring(0, at) + pick(in, ODD) + text.substring(at);
        }
        case 1 -> {
          return text.substring(0, between(in, 0, text.length()));
        }
        case 2 -> {
          if (text.isEmpty()) {
            return text;
          }
          int at = between(in, 0, text.length() - 1);
          return text.substring(0, at) + text.substring(at + 1);
        }
        default -> {
          return text;
        }
      }
    };
  }

  /** Writes one generated text; {@code plain}: only choices that keep it well-formed. */
  private static final class TextGen {
    final RandomnessSource in;
    final boolean plain;
    final StringBuilder sb = new StringBuilder();

    TextGen(RandomnessSource in, boolean plain) {
      this.in = in;
      this.plain = plain;
    }

    String pick(List<String> from, int plainCount) {
      return from.get(between(in, 0, (plain ? plainCount : from.size()) - 1));
    }

    void value(int depth) {
      int kind = between(in, 0, depth > 5 ? 4 : 6);
      switch (kind) {
        case 0, 1 -> string();
        case 2 -> sb.append(pick(NUMBERS, PLAIN_NUMBERS));
        case 3 -> sb.append(WellFormedJsonTest.pick(in, List.of("true", "false", "null")));
        case 4 -> sb.append(between(in, 0, 3) == 0 ? pick(NUMBERS, PLAIN_NUMBERS) : "\"s\"");
        case 5 -> object(depth + 1);
        default -> array(depth + 1);
      }
    }

    void string() {
      sb.append('"');
      int n = between(in, 0, 5);
      for (int i = 0; i < n; i++) {
        sb.append(pick(FRAGMENTS, PLAIN_FRAGMENTS));
      }
      sb.append('"');
    }

    void object(int depth) {
      sb.append('{').append(pick(SPACE, PLAIN_SPACE));
      int n = between(in, 0, 5);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(',').append(pick(SPACE, PLAIN_SPACE));
        }
        // names repeat now and then: a duplicate
        sb.append('"').append(plain ? "m" + (between(in, 0, 6) == 0 ? 0 : i) : pick(NAMES, PLAIN_NAMES)).append('"')
            .append(pick(SPACE, PLAIN_SPACE)).append(':').append(pick(SPACE, PLAIN_SPACE));
        value(depth);
      }
      sb.append(pick(SPACE, PLAIN_SPACE)).append('}');
    }

    void array(int depth) {
      sb.append('[').append(pick(SPACE, PLAIN_SPACE));
      int n = between(in, 0, 5);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(',').append(pick(SPACE, PLAIN_SPACE));
        }
        value(depth);
      }
      sb.append(pick(SPACE, PLAIN_SPACE)).append(']');
    }
  }

  /** What one path of the reader did with a text. */
  private record Outcome(JsonTreeReader.@Nullable Result result, List<PolicyProblem> problems, @Nullable String thrown) {
    static Outcome of(JsonTreeReader reader, String text, boolean jacksonOnly) {
      Problems problems = Problems.of(LineIndex.of(text));
      try {
        JsonTreeReader.Result r = jacksonOnly ? reader.readWithJackson(text, "/p", problems) : reader.read(text, "/p",
            problems);
        return new Outcome(r, problems.sorted(), null);
      } catch (RuntimeException e) {
        return new Outcome(null, problems.sorted(), e.getClass().getName() + ": " + e.getMessage());
      }
    }

    @Nullable JsonValue root() {
      return result == null ? null : result.root();
    }

    boolean complete() {
      return result != null && result.complete();
    }
  }

  /** Checks the law for {@code text} under {@code config}; returns whether the fast path answered. */
  private static boolean lawHolds(Config config, String text) {
    WellFormedJson scan = config.scanner(text);
    JsonValue fast = scan.read(config.maxChars());
    Outcome jackson = Outcome.of(config.reader(), text, true);
    Outcome read = Outcome.of(config.reader(), text, false);
    if (fast != null) {
      assertThat(jackson.thrown()).as("%s %s", config.name(), text).isNull();
      assertThat(jackson.complete()).as("%s %s", config.name(), text).isTrue();
      assertThat(jackson.problems()).as("%s %s", config.name(), text).isEmpty();
      assertThat(fast).as("%s %s", config.name(), text).isEqualTo(jackson.root());
      assertThat(scan.plain()).as("plain %s %s", config.name(), text).isEqualTo(CharacterCheck.isClean(text, fast));
      assertThat(scan.longestArray()).as("longest %s %s", config.name(), text).isEqualTo(longestArray(fast));
      assertThat(read.root()).isEqualTo(fast);
      assertThat(read.problems()).isEmpty();
      assertThat(read.result()).isNotNull();
      assertThat(read.result().plain()).isEqualTo(scan.plain());
      return true;
    }
    assertThat(read.thrown()).as("%s %s", config.name(), text).isEqualTo(jackson.thrown());
    assertThat(read.root()).as("%s %s", config.name(), text).isEqualTo(jackson.root());
    assertThat(read.complete()).as("%s %s", config.name(), text).isEqualTo(jackson.complete());
    assertThat(read.problems()).as("%s %s", config.name(), text).isEqualTo(jackson.problems());
    return false;
  }

  private static int longestArray(JsonValue root) {
    int longest = 0;
    Deque<JsonValue> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonValue v = todo.pop();
      if (v instanceof JsonValue.Arr a) {
        longest = Math.max(longest, a.elements().size());
        a.elements().forEach(todo::push);
      } else if (v instanceof JsonValue.Obj o) {
        o.members().forEach(m -> todo.push(m.value()));
      }
    }
    return longest;
  }

  @Test
  @DisplayName("S1.1: the fast path, when it answers, builds the Jackson path's tree; else the outcome is Jackson's")
  void the_fast_path_agrees_with_jackson() {
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger fellBack = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(4_000).forAll(texts()).checkAssert(text -> {
      for (Config config : CONFIGS) {
        (lawHolds(config, text) ? answered : fellBack).incrementAndGet();
      }
    });
    // both sides of the law are exercised, and often
    assertThat(answered.get()).isGreaterThan(1_000);
    assertThat(fellBack.get()).isGreaterThan(1_000);
  }

  private static final Config POLICY = CONFIGS.get(0);
  private static final Config SMALL = CONFIGS.get(1);

  /** Asserts that the fast path gives {@code text} up to Jackson under {@code config} (and that the law holds). */
  private static void givesUp(Config config, String text) {
    assertThat(config.scanner(text).read(config.maxChars())).as(text).isNull();
    lawHolds(config, text);
  }

  /** Asserts that the fast path answers for {@code text} under {@code config} (and that the law holds). */
  private static JsonValue answers(Config config, String text) {
    JsonValue root = config.scanner(text).read(config.maxChars());
    assertThat(root).as(text).isNotNull();
    assertThat(lawHolds(config, text)).isTrue();
    return root;
  }

  @Test
  void syntax_errors_are_left_to_jackson() {
    for (String text : List.of("{\"a\":1,}", "[1,]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{'a':1}", "{a:1}", "{\"a\":tru}",
        "{\"a\":True}", "{\"a\":nulll}", "{\"a\":1]", "[1}", "{\"a\":\"x}", "{\"a\":", "{", "[", "{\"a\":[1,2}",
        "{\"a\":1}}", "{\"a\":/*c*/1}", "{\"a\":1}//", "{\"a\":\u00a01}", "{\"a\":\f1}")) {
      givesUp(POLICY, text);
    }
  }

  @Test
  void numbers_outside_json_grammar_are_left_to_jackson_and_others_keep_their_text() {
    for (String n : List.of("01", "-01", "1.", ".5", "+1", "-", "1e", "1e+", "0x10", "NaN", "Infinity", "1.5.2", "1ee5")) {
      givesUp(POLICY, "{\"a\":" + n + "}");
    }
    JsonValue.Obj o = (JsonValue.Obj) answers(POLICY, "{\"a\":[-0,1e5,1E+5,-2.5e-3,10.50,123456789012345678901234,"
        + "1e999999999,-0.0E-0,0.00000000000000000000001]}");
    assertThat(((JsonValue.Arr) o.get("a")).elements()).extracting(v -> ((JsonValue.Num) v).text())
        .containsExactly("-0", "1e5", "1E+5", "-2.5e-3", "10.50", "123456789012345678901234", "1e999999999", "-0.0E-0",
            "0.00000000000000000000001");
  }

  @Test
  void escapes_decode_as_jackson_does_and_bad_ones_are_left_to_it() {
    JsonValue.Obj o = (JsonValue.Obj) answers(POLICY,
        "{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\\ud83d\\ude00\\ud800x\"}");
    assertThat(((JsonValue.Str) o.get("a")).value()).isEqualTo("\"\\/\b\f\n\r\t\u00e9\u20ac\ud83d\ude00\ud800x");
    for (String bad : List.of("\\x", "\\u12", "\\u12G4", "\\U0041", "\\", "\\'")) {
      givesUp(POLICY, "{\"a\":\"" + bad + "\"}");
    }
  }

  @Test
  void an_escape_in_a_member_name_is_left_to_jackson() {
    givesUp(POLICY, "{\"\\u0041\":1}");
    givesUp(POLICY, "{\"x\\udc00y\":1}");
  }

  @Test
  void raw_control_characters_and_chars_outside_latin_1_are_left_to_jackson() {
    for (String odd : List.of("\u0000", "\u0001", "\u001f", "\n", "\t", "\u20ac", "\ud800", "\udc00", "\ud83d\ude00")) {
      givesUp(POLICY, "{\"a\":\"x" + odd + "y\"}");
      givesUp(POLICY, "{\"x" + odd + "\":1}");
    }
    // Latin-1 is read, and the plain verdict follows CharacterCheck: U+007F to U+009F are not plain
    assertThat(POLICY.scanner("{\"a\":\"caf\u00e9\u00ff?\"}").read(1_000)).isNotNull();
    answers(POLICY, "{\"a\":\"\u007f\u0085\u00a0\"}");
    WellFormedJson scan = POLICY.scanner("{\"a\":\"x\u0085\"}");
    assertThat(scan.read(1_000)).isNotNull();
    assertThat(scan.plain()).isFalse();
  }

  @Test
  void a_duplicate_member_name_is_left_to_jackson() {
    givesUp(POLICY, "{\"a\":1,\"a\":2}");
    givesUp(POLICY, "{\"1\":1,\"2\":2,\"3\":3,\"4\":4,\"5\":5,\"6\":6,\"7\":7,\"8\":8,\"9\":9,\"10\":10,\"3\":11}");
    answers(POLICY, "{\"1\":1,\"2\":2,\"3\":3,\"4\":4,\"5\":5,\"6\":6,\"7\":7,\"8\":8,\"9\":9,\"10\":10,\"11\":11}");
  }

  @Test
  void trailing_content_and_roots_other_than_containers_are_left_to_jackson() {
    for (String text : List.of("{} x", "{}{}", "[] ]", "{}\u0000", "{}\u00a0", "\ufeff{}", "", "  ", "\"s\"", "1", "null",
        "true")) {
      givesUp(POLICY, text);
    }
    answers(POLICY, " \t\r\n{}\r\n \t");
  }

  @Test
  void a_text_longer_than_a_mebibyte_is_read_by_jackson_alone() {
    // A simulation, world or scenario file may be 16 MiB: the scan's byte copy would add that much to the read's peak.
    Config file = new Config("file", ReadLimits.standard().maxFileChars(), ReadLimits.standard());
    StringBuilder sb = new StringBuilder("{\"a\":[\"xxxxxxxxxx\"");
    while (sb.length() + 13 + 2 <= JsonTreeReader.FAST_PATH_MAX_CHARS) {
      sb.append(",\"xxxxxxxxxx\"");
    }
    while (sb.length() + 2 < JsonTreeReader.FAST_PATH_MAX_CHARS) {
      sb.append(' ');
    }
    String at = sb.append("]}").toString();
    assertThat(at).hasSize(JsonTreeReader.FAST_PATH_MAX_CHARS);
    JsonTreeReader.Result scanned = file.reader().read(at, "", Problems.of(LineIndex.of(at)));
    assertThat(scanned.plain()).as("read by the scan, which knows the strings are plain").isTrue();
    String over = at + " ";
    JsonTreeReader.Result read = file.reader().read(over, "", Problems.of(LineIndex.of(over)));
    assertThat(read.plain()).as("read by Jackson, which gives no verdict").isFalse();
    assertThat(read.longestArray()).isEqualTo(-1);
    assertThat(read.root()).isNotNull()
        .isEqualTo(file.reader().readWithJackson(over, "", Problems.of(LineIndex.of(over))).root())
        .isEqualTo(scanned.root());
  }

  @Test
  void a_text_at_the_char_limit_is_left_to_jackson() {
    String text = "{\"a\":\"" + "x".repeat(290) + "\"}";
    assertThat(text.length()).isLessThan(300);
    answers(new Config("chars", text.length() + 1, ReadLimits.standard()), text);
    givesUp(new Config("chars", text.length(), ReadLimits.standard()), text);
    givesUp(new Config("chars", text.length() - 1, ReadLimits.standard()), text);
  }

  @Test
  void nesting_at_the_depth_limit_is_left_to_jackson() {
    answers(SMALL, "[[[]]]");
    givesUp(SMALL, "[[[[]]]]");
    givesUp(SMALL, "{\"a\":{\"b\":{\"c\":{}}}}");
    givesUp(SMALL, "[[[[[[[[]]]]]]]]");
    // deeper than the fast path recurses, under a higher limit
    int deep = WellFormedJson.MAX_NESTING + 5;
    Config high = new Config("high", 10_000, ReadLimits.standard().toBuilder().maxDepth(deep + 10).build());
    givesUp(high, "[".repeat(deep) + "]".repeat(deep));
  }

  @Test
  void a_string_at_the_string_limit_is_left_to_jackson() {
    answers(SMALL, "{\"a\":\"" + "x".repeat(11) + "\"}");
    givesUp(SMALL, "{\"a\":\"" + "x".repeat(12) + "\"}");
    givesUp(SMALL, "{\"a\":\"" + "x".repeat(13) + "\"}");
    givesUp(SMALL, "{\"" + "n".repeat(12) + "\":1}");
    // Jackson holds the text of a number to the string limit too
    answers(SMALL, "{\"a\":" + "1".repeat(11) + "}");
    givesUp(SMALL, "{\"a\":" + "1".repeat(12) + "}");
    givesUp(SMALL, "{\"a\":-1.5e" + "1".repeat(7) + "}");
    // measured in the source: escapes count as written
    givesUp(SMALL, "{\"a\":\"" + "\\u0041".repeat(2) + "\"}");
  }

  @Test
  void an_object_or_array_at_the_count_limits_is_left_to_jackson() {
    answers(SMALL, "{\"a\":1,\"b\":2}");
    givesUp(SMALL, "{\"a\":1,\"b\":2,\"c\":3}");
    givesUp(SMALL, "{\"a\":1,\"b\":2,\"c\":3,\"d\":4}");
    answers(SMALL, "[1,2]");
    givesUp(SMALL, "[1,2,3]");
    givesUp(SMALL, "[1,2,3,4]");
  }

  @Test
  void offsets_match_the_source() {
    String text = "{\n  \"a\": [\"x\", 12, true, null, {}],\n  \"b\": \"\\u00e9\"\n}";
    JsonValue.Obj o = (JsonValue.Obj) answers(POLICY, text);
    assertThat(o.start()).isZero();
    assertThat(o.end()).isEqualTo(text.length());
    JsonValue.Member b = o.member("b");
    assertThat(b).isNotNull();
    assertThat(text.substring(b.nameStart(), b.value().end())).isEqualTo("\"b\": \"\\u00e9\"");
    JsonValue.Arr a = (JsonValue.Arr) o.get("a");
    assertThat(a.elements()).extracting(v -> text.substring(v.start(), v.end()))
        .containsExactly("\"x\"", "12", "true", "null", "{}");
  }
}
