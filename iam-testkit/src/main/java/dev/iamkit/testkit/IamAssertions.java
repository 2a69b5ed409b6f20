package dev.iamkit.testkit;

import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.directory.Iam;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyProblem;
import java.util.List;
import org.assertj.core.api.Assertions;

/**
 * The single entry point of iamkit's AssertJ assertions. It extends AssertJ's {@link Assertions}, so one
 * static import serves both: {@code assertThat(policy)} gets iamkit's {@link PolicyAssert},
 * {@code assertThat(list)} and {@code assertThatThrownBy(...)} AssertJ's own. Stateless; extend it to add
 * entry points for your own assert classes.
 *
 * <pre>{@code
 * import static dev.iamkit.testkit.IamAssertions.*;
 *
 * assertThat(policy)
 *     .allows("s3:GetObject").on("arn:aws:s3:::reports/q1.csv")
 *     .doesNotAllow("s3:DeleteObject").on("arn:aws:s3:::reports/q1.csv")
 *     .isValidAs(PolicyKind.IDENTITY);
 * assertThat(directory).principal("arn:aws:iam::111122223333:user/alice")
 *     .can("s3:GetObject").on("arn:aws:s3:::reports/q1.csv")
 *     .canAssume("arn:aws:iam::111122223333:role/Deployer");
 * assertThat(evaluation).isAllowed().hasMatchedSid("ReadBucket");
 * assertThatProblems(problems).hasError(ProblemCode.DUPLICATE_SID, "/Statement/1/Sid");
 * assertThat(List.of(1, 2)).hasSize(2);   // AssertJ
 * }</pre>
 *
 * <p>Lists of problems have their own entry point, {@code assertThatProblems}, so that a static import of
 * both this class and AssertJ's {@code Assertions.assertThat} never makes {@code assertThat(list)}
 * ambiguous.
 */
public class IamAssertions extends Assertions {
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

  /** Assertions on what the principals of an {@link Iam} service's directory may do: {@code assertThat(iam).principal(arn).can(action).on(resource)}. */
  public static IamAssert assertThat(Iam actual) {
    return new IamAssert(actual);
  }

  /** Assertions on what the principals of a {@link Directory} may do: {@code assertThat(directory).principal(arn).canAssume(roleArn)}. */
  public static DirectoryAssert assertThat(Directory actual) {
    return new DirectoryAssert(actual);
  }

  /** Assertions on the problems reported for a policy. */
  public static PolicyProblemsAssert assertThatProblems(List<PolicyProblem> actual) {
    return new PolicyProblemsAssert(actual);
  }
}
