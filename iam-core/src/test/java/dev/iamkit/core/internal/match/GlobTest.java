package dev.iamkit.core.internal.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Glob (S2 glob notation)")
class GlobTest {

  @Nested
  @DisplayName("compile")
  class Compile {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @DisplayName("S2: * is any sequence (also empty, /, : and line breaks), ? exactly one character, anchored")
    @CsvSource(delimiter = '|', value = {
        "*|''|true",
        "*|anything/at:all|true",
        "''|''|true",
        "''|a|false",
        "abc|abc|true",
        "abc|abcd|false",
        "abc|xabc|false",
        "a*|a|true",
        "a*|abc|true",
        "a*|ba|false",
        "*a|ba|true",
        "*a|ab|false",
        "a?c|abc|true",
        "a?c|ac|false",
        "a?c|abbc|false",
        "?|''|false",
        "??|a|false",
        "a*b*c|a-b-c|true",
        "a*b*c|abc|true",
        "a*b*c|acb|false",
        "a*b*c|aXbYbZc|true",
        "*.jpg|x.jpg.png|false",
        "*.jpg|x.png.jpg|true",
        "a**b|ab|true",
        "a*?b|ab|false",
        "a*?b|axb|true",
        "*?*|''|false",
        "*?*|x|true",
        "Abc|abc|false",
    })
    void matches(String pattern, String text, boolean expected) {
      assertThat(Glob.compile(pattern).matches(text)).isEqualTo(expected);
    }

    @Test
    @DisplayName("S2: * matches line breaks")
    void star_matches_line_breaks() {
      assertThat(Glob.compile("a*b").matches("a\n\r\nb")).isTrue();
      assertThat(Glob.compile("a?b").matches("a\nb")).isTrue();
    }

    @Test
    @DisplayName("S2: ? matches one code point, a surrogate pair included")
    void question_mark_matches_a_surrogate_pair() {
      String emoji = "\uD83D\uDE00";
      assertThat(Glob.compile("a?b").matches("a" + emoji + "b")).isTrue();
      assertThat(Glob.compile("a??b").matches("a" + emoji + "b")).isFalse();
      assertThat(Glob.compile("*?").matches(emoji)).isTrue();
      assertThat(Glob.compile("*??").matches(emoji)).isFalse();
      assertThat(Glob.compile("?*?").matches(emoji)).isFalse();
    }

    @Test
    @DisplayName("pathological patterns run without blow-up (no exponential backtracking, no recursion)")
    void pathological_patterns_are_fast() {
      String text = "a".repeat(20_000);
      assertThat(Glob.compile("*a*a*a*a*a*a*a*a*a*a*b").matches(text)).isFalse();
      assertThat(Glob.compile("*".repeat(5_000) + "b").matches(text)).isFalse();
      assertThat(Glob.compile("a*".repeat(2_000)).matches(text)).isTrue();
    }
  }

  @Nested
  @DisplayName("compileIgnoreCase")
  class IgnoreCase {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @DisplayName("S3.4: simple per-character lower-casing with Locale.ROOT on both sides")
    @CsvSource(delimiter = '|', value = {
        "GetObject|getobject|true",
        "get*|GETOBJECT|true",
        "List?ucket|LISTBUCKET|true",
        "I|i|true",
        "i|I|true",
        "\u00c9T\u00c9|\u00e9t\u00e9|true",
        "stra\u00dfe|STRASSE|false",
        "\u00e9|e\u0301|false",
    })
    void matches(String pattern, String text, boolean expected) {
      assertThat(Glob.compileIgnoreCase(pattern).matches(text)).isEqualTo(expected);
    }

    @Test
    @DisplayName("S3.4: the dotted capital I lower-cases the Locale.ROOT way whatever the default locale (tests run in tr)")
    void dotted_capital_i_uses_locale_root() {
      assertThat(Glob.compileIgnoreCase("\u0130").matches("i\u0307")).isTrue();
      assertThat(Glob.compileIgnoreCase("LIST").matches("list")).isTrue();
      assertThat(Glob.compileIgnoreCase("list").matches("L\u0130ST")).isFalse();
    }
  }

  @Nested
  @DisplayName("builder")
  class BuilderTest {

    @Test
    @DisplayName("S4.4, S4.6: literal text matches only itself, wildcards included")
    void literal_wildcards() {
      Glob g = Glob.builder(false).literal("a*").wildcards("*").build();
      assertThat(g.matches("a*")).isTrue();
      assertThat(g.matches("a*xyz")).isTrue();
      assertThat(g.matches("ab")).isFalse();
      Glob q = Glob.literal("a?c", false);
      assertThat(q.matches("a?c")).isTrue();
      assertThat(q.matches("abc")).isFalse();
      assertThat(q.isLiteral()).isTrue();
    }

    @Test
    @DisplayName("append joins fragments and refuses a fragment of the other case mode")
    void append() {
      Glob g = Glob.builder(false).append(Glob.compile("a*")).append(Glob.compile("*b")).build();
      assertThat(g).hasToString("a*b");
      assertThat(g.matches("axxb")).isTrue();
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Glob.builder(false).append(Glob.compileIgnoreCase("a")));
    }

    @Test
    @DisplayName("a lone star is the shared match-all glob")
    void lone_star() {
      assertThat(Glob.compile("**").matchesAll()).isTrue();
      assertThat(Glob.builder(true).star().star().build().matchesAll()).isTrue();
      assertThat(Glob.compile("*a").matchesAll()).isFalse();
    }
  }

  @Test
  @DisplayName("matches a region of a longer text")
  void region() {
    String s = "arn:aws:s3:::bucket";
    assertThat(Glob.compile("s?").matches(s, 8, 10)).isTrue();
    assertThat(Glob.compile("s").matches(s, 8, 10)).isFalse();
    assertThat(Glob.compile("").matches(s, 11, 11)).isTrue();
    assertThat(Glob.compileIgnoreCase("AWS").matches(s, 4, 7)).isTrue();
    assertThat(Glob.compile("aws").matches(new StringBuilder(s), 4, 7)).isTrue();
  }

  @Test
  @DisplayName("toString escapes literal wildcards; equality follows tokens and case mode")
  void to_string_and_equality() {
    assertThat(Glob.builder(false).literal("*?\\").wildcards("*?").build()).hasToString("\\*\\?\\\\*?");
    new EqualsTester()
        .addEqualityGroup(Glob.compile("a*"), Glob.compile("a**"), Glob.builder(false).literal("a").star().build())
        .addEqualityGroup(Glob.compileIgnoreCase("A*"), Glob.compileIgnoreCase("a*"))
        .addEqualityGroup(Glob.literal("a*", false))
        .testEquals();
  }

  @Test
  @DisplayName("null arguments are rejected")
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(Glob.class);
    new NullPointerTester().testAllPublicInstanceMethods(Glob.compile("a*"));
  }
}
