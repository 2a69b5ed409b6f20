package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.SetQualifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** One operator applied to one key with its policy values (S3.1). Immutable; package-private. */
final class KeyTest {
  /** How a diagnostic about a value that cannot be read ends (S3.14). */
  static final String FAILS_CLOSED = "; the condition fails closed: it never makes an Allow apply and never keeps"
      + " a Deny from applying (S3.14)";

  /** The result of one operator-key pair. */
  enum Truth {
    TRUE,
    FALSE,
    /** A policy value could not be read as the operator's type: the condition fails closed (S3.14). */
    UNREADABLE
  }

  private final String operator;
  private final String key;
  private final String normalizedKey;
  /** Null for an unknown operator. */
  private final @Nullable BaseOperator base;
  private final @Nullable SetQualifier qualifier;
  private final boolean ifExists;
  private final boolean negated;
  /** The typed policy values; null for Null and unknown operators. */
  private final @Nullable Operands<?> operands;
  /** For Null; null for other operators. */
  private final @Nullable NullOperand nullOperand;
  /** Why policy values can never be read (S3.14), known at compile time; empty when all can. */
  private final List<String> unreadable;
  private final List<ConditionValue> rawValues;

  private KeyTest(ConditionOperator op, ConditionKey key, OneOrMany<ConditionValue> values, boolean variablesEnabled) {
    this.operator = op.text();
    this.key = key.text();
    this.normalizedKey = key.normalized();
    this.base = op.base().orElse(null);
    this.qualifier = op.qualifier().orElse(null);
    this.ifExists = op.ifExists();
    this.negated = base != null && base.isNegated();
    this.rawValues = values.values();
    if (base == null) {
      operands = null;
      nullOperand = null;
      unreadable = List.of();
    } else if (base == BaseOperator.NULL) {
      operands = null;
      nullOperand = NullOperand.compile(rawValues);
      unreadable = nullOperand.unreadable();
    } else {
      operands = Operands.compile(base, rawValues, variablesEnabled && base.allowsVariables());
      nullOperand = null;
      unreadable = operands.unreadable();
    }
  }

  static KeyTest of(ConditionOperator op, ConditionKey key, OneOrMany<ConditionValue> values, boolean variablesEnabled) {
    return new KeyTest(op, key, values, variablesEnabled);
  }

  /** {@code StringLike on "s3:prefix"}: for messages. */
  String describe() {
    return operator + " on \"" + key + "\"";
  }

  /** Whether a policy value can never be read as the operator's type (S3.14): the condition always fails closed. */
  boolean isUnreadable() {
    return !unreadable.isEmpty();
  }

  /** Whether a policy value may turn out unreadable for some request (a variable in a Bool value, A6). */
  boolean mayBecomeUnreadable() {
    return operands != null && operands.mayBecomeUnreadable();
  }

  /** Reports every policy value that can never be read, naming it (S3.14, S6.17). */
  void reportUnreadable(EvalListener listener) {
    for (String why : unreadable) {
      listener.diagnostic(describe() + ": " + why + FAILS_CLOSED);
    }
  }

  Truth test(RequestContext request, EvalListener listener) {
    if (base == null) {
      // S1.10: AWS rejects such a policy; evaluated anyway, it fails closed like an unreadable value (S3.14).
      listener.diagnostic("Unknown condition operator \"" + operator + "\" with key \"" + key + "\"" + FAILS_CLOSED);
      return Truth.UNREADABLE;
    }
    if (isUnreadable()) {
      reportUnreadable(listener);
      return Truth.UNREADABLE;
    }
    if (operands != null && operands.mayBecomeUnreadable() && operands.unreadableFor(request, listener, this)) {
      return Truth.UNREADABLE;   // S3.14, whether the key is present or not
    }
    ContextValue cv = request.values().get(normalizedKey);
    if (cv == null) {
      listener.missingKey(key);
    }
    if (nullOperand != null) {
      return truth(nullOperand.matches(cv));
    }
    if (cv == null) {
      // S3.2, S3.12, S3.13, A5, A8: IfExists first, then the qualifier, then positive false / negated true.
      if (ifExists || qualifier == SetQualifier.FOR_ALL_VALUES) {
        return Truth.TRUE;
      }
      if (qualifier == SetQualifier.FOR_ANY_VALUE) {
        return Truth.FALSE;
      }
      return truth(negated);
    }
    if (qualifier == null) {
      if (cv.isList()) {
        listener.diagnostic(describe() + ": the key is multivalued and the operator has no ForAllValues or"
            + " ForAnyValue qualifier; the condition is false (A13)");
        return Truth.FALSE;
      }
      return single(cv, 0, request, listener);
    }
    // ForAllValues: every request value must satisfy; ForAnyValue: some must (S3.13, A9).
    Truth stop = qualifier == SetQualifier.FOR_ALL_VALUES ? Truth.FALSE : Truth.TRUE;
    for (int i = 0, n = cv.values().size(); i < n; i++) {
      Truth t = single(cv, i, request, listener);
      if (t == stop || t == Truth.UNREADABLE) {
        return t;
      }
    }
    return stop == Truth.FALSE ? Truth.TRUE : Truth.FALSE;
  }

  /** The operator on request value {@code index} against all policy values: OR, or NOR when negated (S3.1, A9). */
  private Truth single(ContextValue cv, int index, RequestContext request, EvalListener listener) {
    return switch (java.util.Objects.requireNonNull(operands).compare(cv, index, request, listener, this)) {
      case MATCH -> truth(!negated);
      case NO_MATCH -> truth(negated);
      case REQUEST_VALUE_UNREADABLE -> Truth.FALSE;
      case POLICY_VALUE_UNREADABLE -> Truth.UNREADABLE;
    };
  }

  private static Truth truth(boolean b) {
    return b ? Truth.TRUE : Truth.FALSE;
  }

  void collectMissingKeys(RequestContext request, Consumer<String> sink) {
    if (!request.values().containsKey(normalizedKey)) {
      sink.accept(key);
    }
    if (operands != null) {
      operands.collectMissingKeys(request, sink);
    }
  }

  Optional<BaseOperator> base() {
    return Optional.ofNullable(base);
  }

  @Override
  public String toString() {
    return operator + " " + key + " " + rawValues;
  }
}
