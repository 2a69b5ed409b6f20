package dev.iamkit.core.analysis;

import dev.iamkit.core.policy.PolicyKind;
import java.util.List;
import java.util.Objects;

/**
 * The answer of a {@link PolicyComparison}: whether the newer policy allows nothing the older does not, with
 * counterexamples when it does, and whether the answer is proven. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #isNoMorePermissive()} false: {@link #counterexamples()} holds at least one request the newer
 *       policy allows and the older denies. Every counterexample is real (decided by the {@code Evaluator}).</li>
 *   <li>{@link #isNoMorePermissive()} true and {@link #complete()} true: proven; no request at all is allowed by the
 *       newer policy and denied by the older.</li>
 *   <li>{@link #isNoMorePermissive()} true and {@link #complete()} false: no counterexample among the requests
 *       tried, but they may not cover every class; {@link #incompleteReasons()} says why.</li>
 * </ul>
 *
 * @param kind the kind both policies were compared as
 * @param counterexamples requests the newer policy allows and the older does not: one per setting, caller and
 *     reason (the newer policy's granting statements and the older one's decision and denying statements), at most
 *     the comparison's limit
 * @param incompleteReasons why the representative requests may miss a class of requests, when no counterexample
 *     was found; empty when the answer is proven
 * @param requestsEvaluated how many representative requests were decided (each against both policies)
 */
public record ComparisonResult(PolicyKind kind, List<Counterexample> counterexamples, List<String> incompleteReasons,
    long requestsEvaluated) {
  /** Copies the lists. */
  public ComparisonResult {
    Objects.requireNonNull(kind, "kind");
    counterexamples = List.copyOf(counterexamples);
    incompleteReasons = List.copyOf(incompleteReasons);
    if (requestsEvaluated < 0) {
      throw new IllegalArgumentException("requestsEvaluated must be >= 0, found " + requestsEvaluated);
    }
  }

  /** Whether no request found is allowed by the newer policy and denied by the older. */
  public boolean isNoMorePermissive() {
    return counterexamples.isEmpty();
  }

  /**
   * Whether the answer is proven: always when a counterexample was found; otherwise when the representative
   * requests provably covered every class of requests (see the class documentation).
   */
  public boolean complete() {
    return incompleteReasons.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(isNoMorePermissive() ? "no more permissive" : "more permissive");
    sb.append(" (").append(kind.id()).append(", ").append(requestsEvaluated).append(" requests, ")
        .append(complete() ? "complete" : "incomplete").append(')');
    for (Counterexample c : counterexamples) {
      sb.append("\n  ").append(c);
    }
    for (String r : incompleteReasons) {
      sb.append("\n  incomplete: ").append(r);
    }
    return sb.toString();
  }
}
