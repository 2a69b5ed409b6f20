package dev.iamkit.core.internal.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.FuzzBytes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fuzz targets for wildcard matching (S2) and policy-variable templates (S4). Run in regression mode over
 * {@code MatchingFuzzTestInputs/} with every build; fuzz with {@code JAZZER_FUZZ=1} (README, Contributing).
 * Input: a flags byte (bit 0 ignore case, bit 1 variables enabled, bit 2 wildcards, bit 7 UTF-16), then
 * NUL-separated text fields.
 */
class MatchingFuzzTest {
  private static final int IGNORE_CASE = 1;
  private static final int VARIABLES = 2;
  private static final int WILDCARDS = 4;
  private static final RequestContext REQUEST = RequestContext.builder()
      .principal(Principal.anonymous()).action("s3:GetObject").resource("*")
      .context("aws:username", ContextValue.string("bob"))
      .context("aws:PrincipalTag/team", ContextValue.string("a*b?c"))
      .context("aws:TagKeys", ContextValue.strings(List.of("x", "y")))
      .build();

  /**
   * Law: on short inputs {@link Glob} agrees with a straightforward recursive matcher over code points
   * ({@code *} any sequence, {@code ?} one code point, S2), with both sides lower-cased with
   * {@link Locale#ROOT} when ignoring case (S3.4); and it never throws.
   */
  @FuzzTest(maxDuration = "5m")
  void glob_agrees_with_a_recursive_matcher(byte[] data) {
    List<String> f = FuzzBytes.fields(data, 2);
    String pattern = f.get(0);
    String text = f.get(1);
    if (pattern.length() > 14 || text.length() > 20) {
      return;
    }
    boolean ignoreCase = (FuzzBytes.flags(data) & IGNORE_CASE) != 0;
    Glob glob = ignoreCase ? Glob.compileIgnoreCase(pattern) : Glob.compile(pattern);
    boolean expected = ignoreCase
        ? SimpleGlob.matches(pattern.toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT))
        : SimpleGlob.matches(pattern, text);
    assertThat(glob.matches(text)).as("%s against %s (ignore case %s)", pattern, text, ignoreCase)
        .isEqualTo(expected);
    // A literal glob matches exactly its own text.
    assertThat(Glob.literal(pattern, ignoreCase).matches(pattern)).isTrue();
  }

  /**
   * Law: compiling any text as a template never throws; a template's resolved glob and resolved text agree on
   * whether the variables resolve, and without wildcards the resolved glob matches the resolved text (S4.4,
   * S4.6: substituted values and escapes are literal); text without {@code ${} matches like the plain glob.
   */
  @FuzzTest(maxDuration = "5m")
  void templates_resolve_consistently(byte[] data) {
    List<String> f = FuzzBytes.fields(data, 2);
    String text = f.get(0);
    if (text.length() > 200) {
      return;
    }
    int flags = FuzzBytes.flags(data);
    boolean ignoreCase = (flags & IGNORE_CASE) != 0;
    boolean variables = (flags & VARIABLES) != 0;
    boolean wildcards = (flags & WILDCARDS) != 0;
    Template t = wildcards ? Template.pattern(text, variables, ignoreCase) : Template.exact(text, variables, ignoreCase);
    RequestContext request = REQUEST;
    Optional<Glob> glob = t.resolve(request);
    Optional<String> resolved = t.resolveText(request);
    assertThat(glob.isPresent()).as("resolve and resolveText agree for %s", text).isEqualTo(resolved.isPresent());
    if (!wildcards && glob.isPresent()) {
      assertThat(glob.get().matches(resolved.get())).as("%s resolves to %s", text, resolved.get()).isTrue();
    }
    if (!text.contains("${") || !variables) {
      Glob plain = wildcards
          ? (ignoreCase ? Glob.compileIgnoreCase(text) : Glob.compile(text))
          : Glob.literal(text, ignoreCase);
      for (String probe : List.of(text, f.get(1), "", "a*b?c")) {
        assertThat(glob.orElseThrow().matches(probe)).isEqualTo(plain.matches(probe));
      }
    }
    for (int i = 0; i < 4; i++) {
      Template.compileArnFields(text, variables, ignoreCase).forEach(field -> field.resolve(request));
    }
  }
}
