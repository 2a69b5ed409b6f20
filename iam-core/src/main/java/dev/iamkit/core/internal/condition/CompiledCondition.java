package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A statement's condition block, compiled once (S3, S4): every policy value is parsed (dates, numbers, CIDRs,
 * base64, globs, variable templates) and every key lower-cased at compile time, so {@link #test} does no
 * parsing of policy text. Immutable and thread-safe.
 *
 * <p>Semantics:
 * <ul>
 *   <li>Operators and keys are ANDed; the values of one key are ORed, and a negated operator is
 *       {@code not (positive operator over all values)}: NOR (S3.1). An empty value array makes a positive
 *       operator false and a negated one true.
 *   <li>Absent key: positive false, negated true, {@code ...IfExists} true, {@code ForAllValues} true,
 *       {@code ForAnyValue} false, IfExists winning over the qualifier (S3.2, S3.12, S3.13, A5, A8).
 *   <li>{@code ForAllValues:op} / {@code ForAnyValue:op} apply {@code op} (negated ones included, A9) to each
 *       request value; a single value is a one-element set. A multivalued key without a qualifier makes the
 *       condition false, positive or negated (A13).
 *   <li>{@code Null} tests presence; an empty list counts as absent, an empty string as present; a set
 *       qualifier on it is ignored (S3.11, A18).
 *   <li>Request values are read by the operator's family whatever their declared type, so a string
 *       {@code "203.0.113.5"} works with {@code IpAddress} and {@code aws:EpochTime} with both Date and Numeric
 *       operators. A request value that is not of the family makes that comparison false, for negated
 *       operators too (S3.10, S3.14).
 *   <li>Policy values that do not parse for their operator never match (the negation is computed over the
 *       others) and produce a diagnostic each time they are compared (S3.14). JSON numbers and booleans are
 *       compared through their text.
 *   <li>Policy variables are substituted in String, Arn and Bool values when enabled (S4.2, A6); a variable
 *       without value makes that value not match, so a negated operator can be true (S4.5).
 *   <li>An unknown operator with keys is false with a diagnostic; one without keys is true (S1.10).
 * </ul>
 *
 * <pre>{@code
 * CompiledCondition c = CompiledCondition.compile(statement.condition(), policy.supportsVariables());
 * boolean applies = c.test(request, EvalListener.NONE);
 * }</pre>
 */
public final class CompiledCondition {
  private static final CompiledCondition ALWAYS_TRUE = new CompiledCondition(new KeyTest[0]);

  private final KeyTest[] tests;

  private CompiledCondition(KeyTest[] tests) {
    this.tests = tests;
  }

  /**
   * Compiles a condition block. Never fails for what the block contains.
   *
   * @param variablesEnabled whether the policy's Version recognises variables (S4.3)
   */
  public static CompiledCondition compile(Condition c, boolean variablesEnabled) {
    Objects.requireNonNull(c, "c");
    List<KeyTest> tests = new ArrayList<>();
    for (Map.Entry<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> op : c.operators().entrySet()) {
      for (Map.Entry<ConditionKey, OneOrMany<ConditionValue>> key : op.getValue().entrySet()) {
        tests.add(KeyTest.of(op.getKey(), key.getKey(), key.getValue(), variablesEnabled));
      }
    }
    return tests.isEmpty() ? ALWAYS_TRUE : new CompiledCondition(tests.toArray(new KeyTest[0]));
  }

  /**
   * Whether the block holds for the request. Stops at the first operator-key pair that is false, so only the
   * keys examined up to there are reported to {@code listener}; use {@link #collectMissingKeys} for all.
   */
  public boolean test(RequestContext request, EvalListener listener) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(listener, "listener");
    for (KeyTest t : tests) {
      if (!t.test(request, listener)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Passes, as written in the policy, every condition key the block refers to and every policy-variable key in
   * its values that is absent from the request (S6.17). A key may be passed more than once.
   */
  public void collectMissingKeys(RequestContext request, Consumer<String> sink) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(sink, "sink");
    for (KeyTest t : tests) {
      t.collectMissingKeys(request, sink);
    }
  }

  /** Whether the block tests nothing ({@code {}}, or operators without keys), so it is always true. */
  public boolean isAlwaysTrue() {
    return tests.length == 0;
  }

  @Override
  public String toString() {
    return java.util.Arrays.toString(tests);
  }
}
