package dev.iamkit.json;

import dev.iamkit.core.eval.Evaluation;
import java.util.Objects;

/**
 * The outcome of one {@link SimulationRequest}: its evaluation, and whether it met the expectation.
 * Immutable and thread-safe.
 *
 * @param request the request
 * @param evaluation what the evaluator decided, and why
 */
public record SimulationResult(SimulationRequest request, Evaluation evaluation) {
  public SimulationResult {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(evaluation, "evaluation");
  }

  /** How a result stands against its request's expectation. */
  public enum Check {
    /** The decision equals the expectation. */
    PASSED,
    /** The decision differs from the expectation. */
    FAILED,
    /** The request has no expectation. */
    NO_EXPECTATION
  }

  /** Whether the decision met the expectation, missed it, or there was none to meet. */
  public Check check() {
    return request.expected()
        .map(d -> d == evaluation.decision() ? Check.PASSED : Check.FAILED)
        .orElse(Check.NO_EXPECTATION);
  }

  /** Whether the request had no expectation, or the decision equals it: {@code check() != FAILED}. */
  public boolean passed() {
    return check() != Check.FAILED;
  }
}
