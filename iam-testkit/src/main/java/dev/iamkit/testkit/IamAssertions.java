package dev.iamkit.testkit;

import dev.iamkit.core.eval.Evaluation;

/**
 * The single entry point of iamkit's AssertJ assertions.
 *
 * <pre>{@code
 * import static dev.iamkit.testkit.IamAssertions.assertThat;
 * assertThat(evaluation).isAllowed();
 * }</pre>
 */
public class IamAssertions {
  protected IamAssertions() {}

  /** Assertions on an {@link Evaluation}. */
  public static EvaluationAssert assertThat(Evaluation actual) {
    return new EvaluationAssert(actual);
  }
}
