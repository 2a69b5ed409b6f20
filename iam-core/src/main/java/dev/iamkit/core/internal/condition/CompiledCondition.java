package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
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
 *   <li>A policy value that cannot be read as its operator's type (a number that is not one, a bad CIDR, an
 *       ARN pattern without six fields, a Null value that is not a boolean, a Bool variable that resolves to
 *       other text) makes the block fail closed, whatever the operator's polarity and the other keys: false
 *       in an Allow, true in a Deny, so it never makes an Allow apply and never keeps a Deny from applying;
 *       each test names the value in a diagnostic (S3.14). JSON numbers and booleans are compared through
 *       their text.
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
  /** Whether some test holds a policy value that can never be read (S3.14). */
  private final boolean unreadable;
  /** Index of the last test whose values may turn out unreadable for a request; -1 if none. */
  private final int lastMayBecomeUnreadable;

  private CompiledCondition(KeyTest[] tests) {
    this.tests = tests;
    boolean bad = false;
    int last = -1;
    for (int i = 0; i < tests.length; i++) {
      bad |= tests[i].isUnreadable();
      if (tests[i].mayBecomeUnreadable()) {
        last = i;
      }
    }
    this.unreadable = bad;
    this.lastMayBecomeUnreadable = last;
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
   * Whether the block holds for the request, in an Allow statement: {@code test(request, listener, Effect.ALLOW)}.
   */
  public boolean test(RequestContext request, EvalListener listener) {
    return test(request, listener, Effect.ALLOW);
  }

  /**
   * Whether the block holds for the request in a statement of {@code effect}. A block holding a policy value that
   * cannot be read fails closed (S3.14): false for {@link Effect#ALLOW}, true for {@link Effect#DENY}. Otherwise
   * stops at the first operator-key pair that is false, so only the keys examined up to there are reported to
   * {@code listener}; use {@link #collectMissingKeys} for all.
   */
  public boolean test(RequestContext request, EvalListener listener, Effect effect) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(effect, "effect");
    boolean failClosed = effect == Effect.DENY;
    if (unreadable) {
      for (KeyTest t : tests) {
        t.reportUnreadable(listener);
      }
      return failClosed;
    }
    boolean holds = true;
    for (int i = 0; i < tests.length; i++) {
      KeyTest.Truth t = tests[i].test(request, listener);
      if (t == KeyTest.Truth.UNREADABLE) {
        return failClosed;
      }
      if (t == KeyTest.Truth.FALSE) {
        // In a Deny, a later value that turns out unreadable still makes the Deny apply.
        if (!failClosed || i >= lastMayBecomeUnreadable) {
          return false;
        }
        holds = false;
      }
    }
    return holds;
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
