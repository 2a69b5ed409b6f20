package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.value.Booleans;
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
  private final String operator;
  private final String key;
  private final String normalizedKey;
  /** Null for an unknown operator. */
  private final @Nullable BaseOperator base;
  private final @Nullable SetQualifier qualifier;
  private final boolean ifExists;
  private final boolean negated;
  /** Family of the operator; null for Null and unknown operators. */
  private final Operands.@Nullable Family family;
  /** Positive comparisons, one per policy value; null for Null and unknown operators. */
  private final Operands.PolicyValue @Nullable [] values;
  /** For Null: the expected absence per policy value (TRUE = absent), null entries for bad values. */
  private final @Nullable Boolean @Nullable [] nullValues;
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
      family = null;
      this.values = null;
      nullValues = null;
    } else if (base == BaseOperator.NULL) {
      family = null;
      this.values = null;
      nullValues = new Boolean[rawValues.size()];
      for (int k = 0; k < nullValues.length; k++) {
        nullValues[k] = Booleans.parse(rawValues.get(k).text()).orElse(null);
      }
    } else {
      family = Operands.of(base);
      BaseOperator positive = base.positive();
      boolean variables = variablesEnabled && base.allowsVariables();
      this.values = new Operands.PolicyValue[rawValues.size()];
      for (int k = 0; k < this.values.length; k++) {
        this.values[k] = family.compile(rawValues.get(k), positive, variables);
      }
      nullValues = null;
    }
  }

  static KeyTest of(ConditionOperator op, ConditionKey key, OneOrMany<ConditionValue> values, boolean variablesEnabled) {
    return new KeyTest(op, key, values, variablesEnabled);
  }

  /** {@code StringLike on "s3:prefix"}: for messages. */
  String describe() {
    return operator + " on \"" + key + "\"";
  }

  boolean test(RequestContext request, EvalListener listener) {
    if (base == null) {
      listener.diagnostic("Unknown condition operator \"" + operator + "\" with key \"" + key
          + "\": the condition is false (fails closed, S1.10)");
      return false;
    }
    ContextValue cv = request.values().get(normalizedKey);
    if (cv == null) {
      listener.missingKey(key);
    }
    @Nullable Boolean[] nulls = nullValues;
    if (nulls != null) {
      return testNull(nulls, cv, listener);
    }
    if (cv == null) {
      // S3.2, S3.12, S3.13, A5, A8: IfExists first, then the qualifier, then positive false / negated true.
      if (ifExists || qualifier == SetQualifier.FOR_ALL_VALUES) {
        return true;
      }
      if (qualifier == SetQualifier.FOR_ANY_VALUE) {
        return false;
      }
      return negated;
    }
    List<String> requestValues = cv.values();
    if (qualifier == null) {
      if (cv.isList()) {
        listener.diagnostic(describe() + ": the key is multivalued and the operator has no ForAllValues or"
            + " ForAnyValue qualifier; the condition is false (A13)");
        return false;
      }
      return single(requestValues.get(0), request, listener);
    }
    if (qualifier == SetQualifier.FOR_ALL_VALUES) {
      for (String v : requestValues) {
        if (!single(v, request, listener)) {
          return false;
        }
      }
      return true;
    }
    for (String v : requestValues) {
      if (single(v, request, listener)) {
        return true;
      }
    }
    return false;
  }

  /** The operator on one request value against all policy values: OR, or NOR when negated (S3.1, A9). */
  private boolean single(String requestValue, RequestContext request, EvalListener listener) {
    // Set together in the constructor for every operator but Null and unknown ones, which never get here.
    Operands.Family family = Objects.requireNonNull(this.family, "family");
    Operands.PolicyValue[] values = Objects.requireNonNull(this.values, "values");
    Object read = family.read(requestValue);
    if (read == null) {
      listener.diagnostic(describe() + ": request value \"" + requestValue + "\" is not " + family.expected()
          + "; the comparison is false (S3.14)");
      return false;
    }
    boolean any = false;
    for (Operands.PolicyValue v : values) {
      if (v.matches(read, request, listener, this)) {
        any = true;
        break;
      }
    }
    return negated != any;
  }

  /** Null (S3.11, A18): true for a value "true" when the key is absent or an empty list, "false" when present. */
  private boolean testNull(@Nullable Boolean[] nullValues, @Nullable ContextValue cv, EvalListener listener) {
    boolean absent = cv == null || cv.values().isEmpty();
    for (int k = 0; k < nullValues.length; k++) {
      Boolean expectAbsent = nullValues[k];
      if (expectAbsent == null) {
        listener.diagnostic(describe() + ": policy value \"" + rawValues.get(k).text()
            + "\" is not true or false; that value never matches (S3.14)");
      } else if (expectAbsent == absent) {
        return true;
      }
    }
    return false;
  }

  void collectMissingKeys(RequestContext request, Consumer<String> sink) {
    if (!request.values().containsKey(normalizedKey)) {
      sink.accept(key);
    }
    if (values != null) {
      for (Operands.PolicyValue v : values) {
        v.collectMissingKeys(request, sink);
      }
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
