package dev.iamkit.core.internal.condition;

/**
 * Receives what the evaluator notices while testing conditions: context keys that were absent and diagnostics
 * about values that made a comparison fail closed (S3.14, S6.17, S11.3). Implementations decide whether to
 * collect or ignore; they must not throw. The evaluator may call them several times for the same key.
 *
 * <pre>{@code
 * List<String> missing = new ArrayList<>();
 * condition.test(request, new EvalListener() {
 *   public void missingKey(String key) { missing.add(key); }
 *   public void diagnostic(String message) { }
 * });
 * }</pre>
 */
public interface EvalListener {

  /** A listener that ignores everything. */
  EvalListener NONE = new EvalListener() {
    @Override
    public void missingKey(String keyAsWrittenInPolicy) {}

    @Override
    public void diagnostic(String message) {}

    @Override
    public String toString() {
      return "EvalListener.NONE";
    }
  };

  /** A condition key (or policy-variable key) the policy refers to was absent from the request. */
  void missingKey(String keyAsWrittenInPolicy);

  /** Something made a comparison fail closed; the message says what, where, and quotes the value. */
  void diagnostic(String message);
}
