package dev.iamkit.core.internal.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Glob properties (S2)")
class GlobProperties {
  private static final long SEED = 0x61_0B_5EEDL;

  /** Reference semantics through a regular expression (fine in a test, never in the product). */
  private static boolean reference(String pattern, String text) {
    StringBuilder re = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL).matcher(text).matches();
  }

  @Test
  @DisplayName("S2: agrees with a regular-expression reference on a small alphabet")
  void agrees_with_reference() {
    qt().withFixedSeed(SEED).withExamples(5_000)
        .forAll(strings().betweenCodePoints(0x3F, 0x42).ofLengthBetween(0, 8),
            strings().betweenCodePoints(0x40, 0x42).ofLengthBetween(0, 10))
        .checkAssert((raw, text) -> {
          // Map '@' to '*' so the pattern alphabet is { '*', '?', 'A', 'B' } with the text alphabet { '@', 'A', 'B' }.
          String pattern = raw.replace('@', '*');
          assertThat(Glob.compile(pattern).matches(text)).as("%s vs %s", pattern, text)
              .isEqualTo(reference(pattern, text));
        });
  }

  @Test
  @DisplayName("S3.4: the ignore-case glob equals the case-sensitive glob on Locale.ROOT lower-cased text")
  void ignore_case_is_lower_casing() {
    qt().withFixedSeed(SEED).withExamples(2_000)
        .forAll(strings().betweenCodePoints(0x3F, 0x62).ofLengthBetween(0, 6),
            strings().betweenCodePoints(0x41, 0x62).ofLengthBetween(0, 8))
        .checkAssert((pattern, text) -> assertThat(Glob.compileIgnoreCase(pattern).matches(text))
            .isEqualTo(Glob.compile(pattern.toLowerCase(Locale.ROOT)).matches(text.toLowerCase(Locale.ROOT))));
  }

  @Test
  @DisplayName("S4.4: a literal glob matches exactly its own text")
  void literal_matches_only_itself() {
    qt().withFixedSeed(SEED).forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 12),
            strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 12))
        .checkAssert((a, b) -> {
          assertThat(Glob.literal(a, false).matches(a)).isTrue();
          assertThat(Glob.literal(a, false).matches(b)).isEqualTo(a.equals(b));
        });
  }
}
