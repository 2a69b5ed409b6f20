package dev.iamkit.testkit;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyProblem;
import java.util.List;

/**
 * The single entry point of iamkit's AssertJ assertions. Stateless; extend it to add entry points for
 * your own assert classes.
 *
 * <pre>{@code
 * import static dev.iamkit.testkit.IamAssertions.assertThat;
 * import static dev.iamkit.testkit.IamAssertions.assertThatProblems;
 *
 * assertThat(evaluation).isAllowed().hasMatchedSid("ReadBucket");
 * assertThat(policy).hasNoErrors(PolicyKind.IDENTITY);
 * assertThatProblems(problems).hasError(ProblemCode.DUPLICATE_SID, "/Statement/1/Sid");
 * }</pre>
 *
 * <p>Lists of problems have their own entry point, {@code assertThatProblems}, so that a static import of
 * both this class and AssertJ's {@code Assertions.assertThat} never makes {@code assertThat(list)}
 * ambiguous.
 */
public class IamAssertions {
  /** For subclasses that add entry points. */
  protected IamAssertions() {}

  /** Assertions on an {@link Evaluation}. */
  public static EvaluationAssert assertThat(Evaluation actual) {
    return new EvaluationAssert(actual);
  }

  /** Assertions on a {@link Policy}. */
  public static PolicyAssert assertThat(Policy actual) {
    return new PolicyAssert(actual);
  }

  /** Assertions on the problems reported for a policy. */
  public static PolicyProblemsAssert assertThatProblems(List<PolicyProblem> actual) {
    return new PolicyProblemsAssert(actual);
  }
}
