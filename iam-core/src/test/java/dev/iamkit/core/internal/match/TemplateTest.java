package dev.iamkit.core.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.TestRequests;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Template (S4)")
class TemplateTest {
  private static final RequestContext ALICE = TestRequests.strings("aws:username", "alice", "aws:PrincipalTag/team",
      "blue", "star", "a*b", "empty", "");

  private static Template like(String text) {
    return Template.pattern(text, true, false);
  }

  private static boolean likeMatches(String pattern, RequestContext request, String text) {
    return like(pattern).resolve(request).map(g -> g.matches(text)).orElse(false);
  }

  @Nested
  @DisplayName("variables")
  class Variables {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @DisplayName("S4.1, S4.4: ${key} is replaced by the key's value, looked up ignoring case")
    @CsvSource(delimiter = '|', value = {
        "home/${aws:username}/*|home/alice/x|true",
        "home/${aws:username}/*|home/bob/x|false",
        "home/${AWS:UserName}|home/alice|true",
        "${aws:principaltag/TEAM}-${aws:username}|blue-alice|true",
        "${ aws:username }|alice|true",
        "x${empty}y|xy|true",
    })
    void substitution(String pattern, String text, boolean expected) {
      assertThat(likeMatches(pattern, ALICE, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @DisplayName("S4.1, S4.5: ${key, 'default'} uses the default only when the key is absent; any white space after the comma")
    @CsvSource(delimiter = '|', value = {
        "${aws:username, 'nobody'}|alice|true",
        "${aws:username, 'nobody'}|nobody|false",
        "${missing, 'nobody'}|nobody|true",
        "${missing,'nobody'}|nobody|true",
        "${missing,\t  'nobody'}|nobody|true",
        "${missing, ''}x|x|true",
        "${missing, 'a*'}|a*|true",
        "${missing, 'a*'}|ab|false",
        "${missing, '$x'}|$x|true",
        "${missing, 'a}'}|a}'}|false",
        "${missing, 'it's'}|it's|true",
    })
    void defaults(String pattern, String text, boolean expected) {
      assertThat(likeMatches(pattern, ALICE, text)).isEqualTo(expected);
    }

    @Test
    @DisplayName("S4.5: an absent key without default makes the template unresolvable; an empty string is a value")
    void absent_without_default() {
      assertThat(like("home/${missing}/*").resolve(ALICE)).isEmpty();
      assertThat(like("home/${missing}/*").unresolvable(ALICE)).extracting(Template.Variable::key)
          .containsExactly("missing");
      assertThat(like("x${empty}").resolve(ALICE)).isPresent();
    }

    @Test
    @DisplayName("S4.7: a multivalued key is unresolvable, even with a default and even with one element")
    void multivalued_key() {
      RequestContext r = TestRequests.with("aws:TagKeys", ContextValue.strings(List.of("a")));
      assertThat(like("${aws:TagKeys}").resolve(r)).isEmpty();
      assertThat(like("${aws:TagKeys, 'a'}").resolve(r)).isEmpty();
      assertThat(like("${aws:TagKeys}").unresolvable(r)).hasSize(1);
    }

    @Test
    @DisplayName("A10: a * or ? in a substituted value matches only itself")
    void substituted_wildcards_are_literal() {
      RequestContext r = TestRequests.strings("v", "a*b", "q", "a?b");
      assertThat(likeMatches("${v}", r, "a*b")).isTrue();
      assertThat(likeMatches("${v}", r, "axyzb")).isFalse();
      assertThat(likeMatches("${q}", r, "a?b")).isTrue();
      assertThat(likeMatches("${q}", r, "axb")).isFalse();
      assertThat(likeMatches("${v}*", r, "a*bcd")).isTrue();
    }

    @Test
    @DisplayName("S4.1: malformed defaults make the whole inner text the key")
    void malformed_default() {
      Template t = like("${aws:username, nobody}");
      assertThat(t.variables()).extracting(Template.Variable::key).containsExactly("aws:username, nobody");
      assertThat(t.resolve(ALICE)).isEmpty();
      assertThat(like("${}").resolve(ALICE)).isEmpty();
    }

    @Test
    @DisplayName("S4.3: a template without variables is precompiled and resolve returns the same glob")
    void precompiled() {
      Template t = like("home/*");
      assertThat(t.hasVariables()).isFalse();
      assertThat(t.glob()).isPresent();
      assertThat(t.resolve(ALICE)).isSameAs(t.glob());
      assertThat(like("${aws:username}").glob()).isEmpty();
    }
  }

  @Nested
  @DisplayName("escapes and literal text")
  class Escapes {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @DisplayName("S4.1, S4.6: ${*} ${?} ${$} are literal characters; ${ without } is literal text")
    @CsvSource(delimiter = '|', value = {
        "a${*}b|a*b|true",
        "a${*}b|axb|false",
        "a${?}b|a?b|true",
        "a${?}b|axb|false",
        "a${$}b|a$b|true",
        "${$}{aws:username}|${aws:username}|true",
        "a${b|a${b|true",
        "a${b*|a${bcd|true",
        "a${b?|a${bx|true",
        "$x|$x|true",
        "${*}*|*abc|true",
        "${*}*|abc|false",
    })
    void escapes(String pattern, String text, boolean expected) {
      assertThat(likeMatches(pattern, ALICE, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\": {2}")
    @DisplayName("S4.3: without Version 2012-10-17 the text is literal, but * and ? stay wildcards")
    @CsvSource(delimiter = '|', value = {
        "home/${aws:username}|home/${aws:username}|true",
        "home/${aws:username}|home/alice|false",
        "${*}|${x}|true",
        "${*}|${}|true",
        "${*}|*|false",
        "${?}|${x}|true",
        "a${b|a${b|true",
    })
    void version_2008(String pattern, String text, boolean expected) {
      assertThat(Template.pattern(pattern, false, false).resolve(ALICE).orElseThrow().matches(text))
          .isEqualTo(expected);
    }

    @Test
    @DisplayName("S3.4: with wildcards off (StringEquals) * and ? are ordinary characters; escapes still work")
    void no_wildcards() {
      Template t = Template.exact("a*${?}${aws:username}", true, false);
      assertThat(t.resolve(ALICE).orElseThrow().matches("a*?alice")).isTrue();
      assertThat(t.resolve(ALICE).orElseThrow().matches("ab?alice")).isFalse();
    }

    @Test
    @DisplayName("S3.4: ignore-case templates lower-case substituted values too")
    void ignore_case() {
      RequestContext r = TestRequests.strings("k", "MiXeD");
      Template t = Template.exact("Pre-${k}", true, true);
      assertThat(t.resolve(r).orElseThrow().matches("pre-mixed")).isTrue();
      assertThat(t.resolve(r).orElseThrow().matches("PRE-MIXED")).isTrue();
    }
  }

  @Nested
  @DisplayName("resolveText")
  class ResolveText {

    @Test
    @DisplayName("A6: gives the substituted text (escapes as characters), or empty when unresolvable")
    void text() {
      RequestContext r = TestRequests.strings("flag", "TRUE");
      assertThat(Template.exact("${flag}", true, false).resolveText(r)).contains("TRUE");
      assertThat(Template.exact("${nope, 'false'}", true, false).resolveText(r)).contains("false");
      assertThat(Template.exact("${nope}", true, false).resolveText(r)).isEmpty();
      assertThat(Template.exact("a${*}", true, false).resolveText(r)).contains("a*");
      assertThat(Template.exact("a${*}", false, false).resolveText(r)).contains("a${*}");
      assertThat(Template.exact("true", true, false).resolveText(r)).contains("true");
    }

    @Test
    @DisplayName("S4.6: staticText resolves escapes of a variable-free template; empty with variables")
    void static_text() {
      assertThat(Template.exact("tru${?}", true, false).staticText()).contains("tru?");
      assertThat(Template.pattern("${$}${*}x", true, false).staticText()).contains("$*x");
      assertThat(Template.exact("${a}", false, false).staticText()).contains("${a}");
      assertThat(Template.exact("${a}", true, false).staticText()).isEmpty();
    }
  }

  @Nested
  @DisplayName("compileArnFields")
  class ArnFields {

    @Test
    @DisplayName("S3.10, S4.2: splits at the first five colons of the policy text, not at colons inside variables")
    void splits_outside_variables() {
      List<Template> f = Template.compileArnFields("arn:aws:sns:us-east-1:${aws:PrincipalAccount}:topic:x", true, false);
      assertThat(f).extracting(Template::text)
          .containsExactly("arn", "aws", "sns", "us-east-1", "${aws:PrincipalAccount}", "topic:x");
      RequestContext r = TestRequests.strings("aws:PrincipalAccount", "111122223333");
      assertThat(f.get(4).resolve(r).orElseThrow().matches("111122223333")).isTrue();
      assertThat(f.get(5).resolve(r).orElseThrow().matches("topic:x")).isTrue();
    }

    @Test
    @DisplayName("S3.10: fewer than five colons give fewer than six fields; empty fields are kept")
    void short_and_empty_fields() {
      assertThat(Template.compileArnFields("arn:aws:s3", true, false)).hasSize(3);
      assertThat(Template.compileArnFields("arn:aws:s3:::", true, false)).extracting(Template::text)
          .containsExactly("arn", "aws", "s3", "", "", "");
      assertThat(Template.compileArnFields("a${*}:b", true, false)).extracting(Template::text)
          .containsExactly("a${*}", "b");
    }
  }

  @Test
  @DisplayName("S6.17: collectMissingKeys reports absent variable keys as written, defaults or not")
  void missing_keys() {
    List<String> missing = new ArrayList<>();
    like("${aws:username}/${Missing:One}/${missing:two, 'x'}").collectMissingKeys(ALICE, missing::add);
    assertThat(missing).containsExactly("Missing:One", "missing:two");
    assertThat(like("x").variables()).isEmpty();
    assertThat(like("${a, 'd'}").variables()).containsExactly(new Template.Variable("a", "a", Optional.of("d")));
  }
}
