package dev.iamkit.testkit;




import dev.iamkit.core.eval.Evaluation;

/**
 * The concrete assertions on {@code Evaluation}: see {@link AbstractEvaluationAssert} for the
 * checks. Obtain through {@link IamAssertions}; to add project-specific checks, extend
 * {@code AbstractEvaluationAssert<MyAssert, ...>} (self-typed, so inherited checks return your type). Not
 * thread-safe.
 */
public class EvaluationAssert extends AbstractEvaluationAssert<EvaluationAssert, Evaluation> {

  /** An assert on {@code actual}. */
  public EvaluationAssert(Evaluation actual) {
    super(actual, EvaluationAssert.class);
  }
}
