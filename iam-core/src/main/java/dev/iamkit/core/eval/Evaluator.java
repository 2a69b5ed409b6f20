package dev.iamkit.core.eval;

import dev.iamkit.core.internal.engine.CompiledPolicySet;
import dev.iamkit.core.internal.engine.Engine;
import java.util.Objects;

/**
 * Decides requests exactly as AWS does (S6): {@code evaluate(PolicySet, RequestContext) -> Evaluation}.
 * Pure and thread-safe: the same inputs always give the same evaluation, and one instance serves any
 * number of threads.
 *
 * <pre>{@code
 * Evaluation e = Evaluator.standard().evaluate(policySet, request);
 * switch (e.decision()) {
 *   case ALLOW -> ...;
 *   case EXPLICIT_DENY, IMPLICIT_DENY -> ...;
 * }
 * }</pre>
 */
public final class Evaluator {
  private static final Evaluator STANDARD = new Evaluator();

  private Evaluator() {}

  /** The evaluator. */
  public static Evaluator standard() {
    return STANDARD;
  }

  /**
   * Decides {@code request} against {@code policies}. Never throws for what policies or request contain.
   *
   * <p>The decision is taken at once, on the allocation-free path (see the package documentation, Performance);
   * the explanation ({@link Evaluation#matchedStatements()}, kind results, missing keys, diagnostics, warnings) is
   * built from the same inputs on the first call that needs it, so a caller that only reads
   * {@link Evaluation#decision()} pays for no explanation.
   */
  public Evaluation evaluate(PolicySet policies, RequestContext request) {
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(request, "request");
    CompiledPolicySet compiled = policies.compiled();
    return Evaluation.lazy(Engine.decide(compiled, request, request.facts()), compiled, request);
  }

  /**
   * Decides {@code request} against {@code policies} and explains the decision at once: the same evaluation as
   * {@link #evaluate} with its explanation read, but holding no reference to the policies or the request. For
   * callers that keep many evaluations, such as a report of a whole simulation file, where a lazy evaluation would
   * keep every request alive until the report is written. Never throws for what policies or request contain.
   */
  public Evaluation explain(PolicySet policies, RequestContext request) {
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(request, "request");
    return Engine.evaluate(policies.compiled(), request, request.facts());
  }
}
