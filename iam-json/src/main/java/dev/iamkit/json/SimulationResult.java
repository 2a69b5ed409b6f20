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

  /** Whether the request had no expectation, or the decision equals it. */
  public boolean passed() {
    return request.expected().map(d -> d == evaluation.decision()).orElse(true);
  }
}
