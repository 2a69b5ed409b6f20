package dev.iamkit.testkit;

import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import org.assertj.core.api.AbstractAssert;

/** Assertions on an {@link Evaluation}; failure messages show the whole explanation. */
public class EvaluationAssert extends AbstractAssert<EvaluationAssert, Evaluation> {

  public EvaluationAssert(Evaluation actual) {
    super(actual, EvaluationAssert.class);
  }

  /** The decision is {@code expected}. */
  public EvaluationAssert hasDecision(Decision expected) {
    isNotNull();
    if (actual.decision() != expected) {
      failWithMessage("Expected decision %s but was:%n%s", expected.id(), actual);
    }
    return this;
  }

  public EvaluationAssert isAllowed() {
    return hasDecision(Decision.ALLOW);
  }

  public EvaluationAssert isExplicitlyDenied() {
    return hasDecision(Decision.EXPLICIT_DENY);
  }

  public EvaluationAssert isImplicitlyDenied() {
    return hasDecision(Decision.IMPLICIT_DENY);
  }
}
