package dev.iamkit.testkit;

import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.Severity;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the problems a policy reader or {@link dev.iamkit.core.policy.PolicyValidator} reported.
 * Every failure message lists all problems, one per line, with code, JSON pointer and position. Obtain
 * through {@link IamAssertions#assertThatProblems(List)} or {@link PolicyAssert#validatedAs}; extend it for
 * project-specific checks. Not thread-safe.
 *
 * <pre>{@code
 * assertThatProblems(PolicyValidator.standard().validate(policy, PolicyKind.IDENTITY))
 *     .hasError(ProblemCode.DUPLICATE_SID, "/Statement/1/Sid")
 *     .hasWarning(ProblemCode.ID_DISCOURAGED);
 * }</pre>
 *
 * @param <SELF> the concrete assert class, returned by every check so that chains keep its type
 * @param <ACTUAL> the type of the value under test (a list of policy problems)
 */
public abstract class AbstractPolicyProblemsAssert<SELF extends AbstractPolicyProblemsAssert<SELF, ACTUAL>, ACTUAL extends List<PolicyProblem>>
    extends AbstractAssert<SELF, ACTUAL> {

  /** An assert on {@code actual}; {@code selfType} is the concrete subclass. */
  protected AbstractPolicyProblemsAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** No problem at all, neither error nor warning. */
  public SELF hasNoProblems() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected no problems but found:%s", describe(actual));
    }
    return myself;
  }

  /** No error (warnings are fine): AWS would accept the policy. */
  public SELF hasNoErrors() {
    isNotNull();
    if (actual.stream().anyMatch(PolicyProblem::isError)) {
      failWithMessage("Expected no errors but found:%s", describe(actual));
    }
    return myself;
  }

  /** Some error has {@code code}. */
  public SELF hasError(ProblemCode code) {
    return has(Severity.ERROR, code, null);
  }

  /** Some error has {@code code} and points at {@code pointer} (a JSON pointer such as {@code /Statement/0/Action}). */
  public SELF hasError(ProblemCode code, String pointer) {
    return has(Severity.ERROR, code, Objects.requireNonNull(pointer, "pointer"));
  }

  /** Some warning has {@code code}. */
  public SELF hasWarning(ProblemCode code) {
    return has(Severity.WARNING, code, null);
  }

  /** Some warning has {@code code} and points at {@code pointer}. */
  public SELF hasWarning(ProblemCode code, String pointer) {
    return has(Severity.WARNING, code, Objects.requireNonNull(pointer, "pointer"));
  }

  /** The problems, errors and warnings together, have exactly the given codes (each at least once, no other). */
  public SELF containsOnlyCodes(ProblemCode... codes) {
    Objects.requireNonNull(codes, "codes");
    isNotNull();
    Set<ProblemCode> expected = codes.length == 0 ? EnumSet.noneOf(ProblemCode.class) : EnumSet.copyOf(Arrays.asList(codes));
    Set<ProblemCode> found = EnumSet.noneOf(ProblemCode.class);
    actual.forEach(p -> found.add(p.code()));
    if (!found.equals(expected)) {
      failWithMessage("Expected only the codes %s but found:%s", expected, describe(actual));
    }
    return myself;
  }

  /** Exactly {@code count} problems. */
  public SELF hasProblemCount(int count) {
    isNotNull();
    if (actual.size() != count) {
      failWithMessage("Expected %d problems but found %d:%s", count, actual.size(), describe(actual));
    }
    return myself;
  }

  private SELF has(Severity severity, ProblemCode code, @Nullable String pointer) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    for (PolicyProblem p : actual) {
      if (p.severity() == severity && p.code() == code && (pointer == null || p.pointer().equals(pointer))) {
        return myself;
      }
    }
    failWithMessage("Expected %s [%s]%s but found:%s", severity == Severity.ERROR ? "an error" : "a warning",
        code.id(), pointer == null ? "" : " at " + (pointer.isEmpty() ? "/" : pointer), describe(actual));
    return myself;
  }

  /** The problems, one per line, or {@code (none)}. */
  static String describe(List<PolicyProblem> problems) {
    if (problems.isEmpty()) {
      return " (none)";
    }
    StringBuilder sb = new StringBuilder();
    for (PolicyProblem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.toString();
  }
}
