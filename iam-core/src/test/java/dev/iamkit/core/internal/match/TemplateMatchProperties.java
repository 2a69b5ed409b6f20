package dev.iamkit.core.internal.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.iamkit.core.eval.ContextType;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.TestRequests;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Template#matches} and {@link Template#resolvable}, which resolve policy variables (S4) into a per-thread
 * scratch glob instead of building one, agree with {@link Template#resolve} followed by {@link Glob#matches}, for
 * generated templates of text, wildcards, escapes, variables with and without defaults, and keys that are absent,
 * empty, multivalued or hold wildcard characters (A10, S4.5, S4.7).
 */
class TemplateMatchProperties {
  private static final long SEED = 0x7e3a_9001L;

  private static final List<String> PIECES = List.of("a", "B", "home/", "*", "?", "${aws:username}",
      "${aws:PrincipalTag/team}", "${star}", "${empty}", "${absent}", "${absent, 'dflt'}", "${list}", "${*}",
      "${?}", "${$}", "${unclosed", ":", "é");
  private static final List<String> TEXTS = List.of("", "a", "ab", "home/alice", "home/alice/x", "BLUE", "blue",
      "a*b", "aa*b", "dflt", "*", "?", "$", "é", "Alice", "home/", "a:b", "${unclosed");

  private static final RequestContext REQUEST = TestRequests.builder()
      .context("aws:username", ContextValue.string("alice"))
      .context("aws:PrincipalTag/team", ContextValue.string("blue"))
      .context("star", ContextValue.string("a*b"))
      .context("empty", ContextValue.string(""))
      .context("list", ContextValue.listOf(ContextType.STRING, List.of("x", "y")))
      .build();

  private static Gen<String> templates() {
    return lists().of(integers().between(0, PIECES.size() - 1).map(PIECES::get)).ofSizeBetween(0, 5)
        .map(pieces -> String.join("", pieces));
  }

  @Test
  void matching_in_place_agrees_with_resolving_then_matching() {
    qt().withFixedSeed(SEED).withExamples(5_000)
        .forAll(templates(), booleans().all(), booleans().all(),
            integers().between(0, TEXTS.size() - 1).map(TEXTS::get))
        .checkAssert((text, wildcards, ignoreCase, candidate) -> {
          Template t = wildcards ? Template.pattern(text, true, ignoreCase) : Template.exact(text, true, ignoreCase);
          boolean expected = t.resolve(REQUEST).map(g -> g.matches(candidate)).orElse(false);
          assertThat(t.resolvable(REQUEST)).as(text).isEqualTo(t.resolve(REQUEST).isPresent());
          assertThat(t.matches(REQUEST, candidate, 0, candidate.length())).as("%s against %s", text, candidate)
              .isEqualTo(expected);
          String framed = "<" + candidate + ">";
          assertThat(t.matches(REQUEST, framed, 1, framed.length() - 1)).as("%s inside %s", text, framed)
              .isEqualTo(expected);
        });
  }
}
