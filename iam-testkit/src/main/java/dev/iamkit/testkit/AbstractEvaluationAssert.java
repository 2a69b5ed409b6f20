package dev.iamkit.testkit;

import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.KindResult;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.policy.PolicyKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Evaluation}. Every failure message shows the whole evaluation (decision,
 * deciding statements, blocking gate, per-kind results, missing context keys, diagnostics), so a failing
 * test explains itself. Obtain through {@link IamAssertions#assertThat(Evaluation)}; extend it to add
 * project-specific checks. Not thread-safe (like every AssertJ assert object).
 *
 * <pre>{@code
 * assertThat(evaluation)
 *     .isImplicitlyDenied()
 *     .isBlockedBy(PolicyKind.PERMISSIONS_BOUNDARY)
 *     .hasKindResult(PolicyKind.IDENTITY, KindResult.ALLOWED);
 * }</pre>
 *
 * @param <SELF> the concrete assert class, returned by every check so that chains keep its type
 * @param <ACTUAL> the type of the value under test (an Evaluation)
 */
public abstract class AbstractEvaluationAssert<SELF extends AbstractEvaluationAssert<SELF, ACTUAL>, ACTUAL extends Evaluation>
    extends AbstractAssert<SELF, ACTUAL> {

  /** An assert on {@code actual}; {@code selfType} is the concrete subclass. */
  protected AbstractEvaluationAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The decision is {@code expected}. */
  public SELF hasDecision(Decision expected) {
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    if (actual.decision() != expected) {
      failWithMessage("Expected decision %s but was:%n%s", expected.id(), actual);
    }
    return myself;
  }

  /** The decision is ALLOW. */
  public SELF isAllowed() {
    return hasDecision(Decision.ALLOW);
  }

  /** The decision is EXPLICIT_DENY. */
  public SELF isExplicitlyDenied() {
    return hasDecision(Decision.EXPLICIT_DENY);
  }

  /** The decision is IMPLICIT_DENY. */
  public SELF isImplicitlyDenied() {
    return hasDecision(Decision.IMPLICIT_DENY);
  }

  /** The decision is EXPLICIT_DENY or IMPLICIT_DENY. */
  public SELF isDenied() {
    isNotNull();
    if (actual.decision() == Decision.ALLOW) {
      failWithMessage("Expected a deny but was:%n%s", actual);
    }
    return myself;
  }

  /**
   * Among the deciding statements is statement {@code statementIndex} (0-based) of the policy of
   * {@code kind} named {@code policyName}.
   */
  public SELF wasDecidedBy(PolicyKind kind, String policyName, int statementIndex) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(policyName, "policyName");
    isNotNull();
    for (MatchedStatement m : actual.matchedStatements()) {
      if (m.kind() == kind && m.policyName().equals(policyName) && m.statementIndex() == statementIndex) {
        return myself;
      }
    }
    failWithMessage("Expected a deciding statement %s %s statement %d but the evaluation was:%n%s",
        kind.id(), policyName, statementIndex, actual);
    return myself;
  }

  /** Among the deciding statements is one with Sid {@code sid} (compared exactly). */
  public SELF hasMatchedSid(String sid) {
    Objects.requireNonNull(sid, "sid");
    isNotNull();
    for (MatchedStatement m : actual.matchedStatements()) {
      if (m.sid().filter(sid::equals).isPresent()) {
        return myself;
      }
    }
    failWithMessage("Expected a deciding statement with Sid \"%s\" but the evaluation was:%n%s", sid, actual);
    return myself;
  }

  /** No statement decided (IMPLICIT_DENY without any listed statement). */
  public SELF hasNoMatchedStatements() {
    isNotNull();
    if (!actual.matchedStatements().isEmpty()) {
      failWithMessage("Expected no deciding statements but the evaluation was:%n%s", actual);
    }
    return myself;
  }

  /** The per-kind result of {@code kind} is {@code expected} (S6.17). */
  public SELF hasKindResult(PolicyKind kind, KindResult expected) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(expected, "expected");
    isNotNull();
    KindResult result = actual.result(kind);
    if (result != expected) {
      failWithMessage("Expected the %s result %s but was %s in:%n%s", kind.id(), expected, result, actual);
    }
    return myself;
  }

  /** The decision is IMPLICIT_DENY because the gate {@code kind} had no applicable Allow (S6.2). */
  public SELF isBlockedBy(PolicyKind kind) {
    Objects.requireNonNull(kind, "kind");
    isImplicitlyDenied();
    if (actual.blockingKind().filter(kind::equals).isEmpty()) {
      failWithMessage("Expected the request to be blocked by %s but the evaluation was:%n%s", kind.id(), actual);
    }
    return myself;
  }

  /** The decision is IMPLICIT_DENY because level {@code level} (0 = organization root) of the SCPs or RCPs had no Allow. */
  public SELF isBlockedBy(PolicyKind kind, int level) {
    isBlockedBy(kind);
    if (!actual.blockingLevel().equals(java.util.OptionalInt.of(level))) {
      failWithMessage("Expected the request to be blocked by %s level %d but the evaluation was:%n%s",
          kind.id(), level, actual);
    }
    return myself;
  }

  /**
   * The missing context keys are exactly {@code keys}, in any order, compared ignoring case (key names are
   * case-insensitive, S3.3).
   */
  public SELF hasMissingContextKeys(String... keys) {
    Objects.requireNonNull(keys, "keys");
    isNotNull();
    Set<String> expected = lowerCased(Arrays.asList(keys));
    Set<String> found = lowerCased(actual.missingContextKeys());
    if (!expected.equals(found)) {
      failWithMessage("Expected missing context keys %s but the evaluation was:%n%s", expected, actual);
    }
    return myself;
  }

  /** No context key was missing. */
  public SELF hasNoMissingContextKeys() {
    isNotNull();
    if (!actual.missingContextKeys().isEmpty()) {
      failWithMessage("Expected no missing context keys but the evaluation was:%n%s", actual);
    }
    return myself;
  }

  /** The evaluation met no problem that failed closed. */
  public SELF hasNoDiagnostics() {
    isNotNull();
    if (!actual.diagnostics().isEmpty()) {
      failWithMessage("Expected no diagnostics but the evaluation was:%n%s", actual);
    }
    return myself;
  }

  private static Set<String> lowerCased(Iterable<String> keys) {
    Set<String> out = new TreeSet<>();
    for (String k : keys) {
      out.add(Objects.requireNonNull(k, "key").toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
