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
 */
public class PolicyProblemsAssert extends AbstractAssert<PolicyProblemsAssert, List<PolicyProblem>> {

  /** An assert on {@code actual}. */
  public PolicyProblemsAssert(List<PolicyProblem> actual) {
    super(actual, PolicyProblemsAssert.class);
  }

  /** No problem at all, neither error nor warning. */
  public PolicyProblemsAssert hasNoProblems() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("Expected no problems but found:%s", describe(actual));
    }
    return this;
  }

  /** No error (warnings are fine): AWS would accept the policy. */
  public PolicyProblemsAssert hasNoErrors() {
    isNotNull();
    if (actual.stream().anyMatch(PolicyProblem::isError)) {
      failWithMessage("Expected no errors but found:%s", describe(actual));
    }
    return this;
  }

  /** Some error has {@code code}. */
  public PolicyProblemsAssert hasError(ProblemCode code) {
    return has(Severity.ERROR, code, null);
  }

  /** Some error has {@code code} and points at {@code pointer} (a JSON pointer such as {@code /Statement/0/Action}). */
  public PolicyProblemsAssert hasError(ProblemCode code, String pointer) {
    return has(Severity.ERROR, code, Objects.requireNonNull(pointer, "pointer"));
  }

  /** Some warning has {@code code}. */
  public PolicyProblemsAssert hasWarning(ProblemCode code) {
    return has(Severity.WARNING, code, null);
  }

  /** Some warning has {@code code} and points at {@code pointer}. */
  public PolicyProblemsAssert hasWarning(ProblemCode code, String pointer) {
    return has(Severity.WARNING, code, Objects.requireNonNull(pointer, "pointer"));
  }

  /** The problems, errors and warnings together, have exactly the given codes (each at least once, no other). */
  public PolicyProblemsAssert containsOnlyCodes(ProblemCode... codes) {
    Objects.requireNonNull(codes, "codes");
    isNotNull();
    Set<ProblemCode> expected = codes.length == 0 ? EnumSet.noneOf(ProblemCode.class) : EnumSet.copyOf(Arrays.asList(codes));
    Set<ProblemCode> found = EnumSet.noneOf(ProblemCode.class);
    actual.forEach(p -> found.add(p.code()));
    if (!found.equals(expected)) {
      failWithMessage("Expected only the codes %s but found:%s", expected, describe(actual));
    }
    return this;
  }

  /** Exactly {@code count} problems. */
  public PolicyProblemsAssert hasProblemCount(int count) {
    isNotNull();
    if (actual.size() != count) {
      failWithMessage("Expected %d problems but found %d:%s", count, actual.size(), describe(actual));
    }
    return this;
  }

  private PolicyProblemsAssert has(Severity severity, ProblemCode code, @Nullable String pointer) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    for (PolicyProblem p : actual) {
      if (p.severity() == severity && p.code() == code && (pointer == null || p.pointer().equals(pointer))) {
        return this;
      }
    }
    failWithMessage("Expected %s [%s]%s but found:%s", severity == Severity.ERROR ? "an error" : "a warning",
        code.id(), pointer == null ? "" : " at " + (pointer.isEmpty() ? "/" : pointer), describe(actual));
    return this;
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
