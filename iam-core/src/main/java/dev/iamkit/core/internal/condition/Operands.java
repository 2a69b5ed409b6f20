package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The policy values of one operator-key pair, compiled for the operator's value type {@code T}: request values
 * are read as {@code T} once and compared with typed policy values, with no casts. Immutable; package-private.
 *
 * @param <T> the value type (see {@link ValueType})
 */
final class Operands<T> {
  private final ValueType<T> type;
  private final List<PolicyValue<T>> values;

  /** Whether some value may turn out unreadable for some request, computed once. */
  private final boolean mayBecomeUnreadable;

  private Operands(ValueType<T> type, List<PolicyValue<T>> values) {
    this.type = type;
    this.values = values;
    boolean may = false;
    for (PolicyValue<T> v : values) {
      may |= v.mayBecomeUnreadable();
    }
    this.mayBecomeUnreadable = may;
  }

  /** Compiles {@code values} for the positive form of {@code base} (not {@code Null}). */
  static Operands<?> compile(BaseOperator base, List<ConditionValue> values, boolean variablesEnabled) {
    return compile(ValueType.of(base), base.positive(), values, variablesEnabled);
  }

  private static <T> Operands<T> compile(ValueType<T> type, BaseOperator positive, List<ConditionValue> values,
      boolean variablesEnabled) {
    List<PolicyValue<T>> compiled = new ArrayList<>(values.size());
    for (ConditionValue v : values) {
      compiled.add(type.compile(v, positive, variablesEnabled));
    }
    return new Operands<>(type, List.copyOf(compiled));
  }

  /**
   * The positive operator on one request value against every policy value (OR, S3.1). A policy value that cannot
   * be read makes the whole comparison {@link Comparison#POLICY_VALUE_UNREADABLE}, whatever the others say.
   */
  Comparison compare(ContextValue cv, int index, RequestContext request, EvalListener listener, KeyTest where) {
    T read = RequestValues.read(type, cv, index);
    if (read == null) {
      listener.diagnostic(where.describe() + ": request value \"" + cv.values().get(index) + "\" is not "
          + type.expected() + "; the comparison is false (S3.14)");
      return Comparison.REQUEST_VALUE_UNREADABLE;
    }
    Comparison result = Comparison.NO_MATCH;
    for (int i = 0, n = values.size(); i < n; i++) {
      PolicyValue<T> v = values.get(i);
      Comparison c = v.compare(read, request, listener, where);
      if (c == Comparison.POLICY_VALUE_UNREADABLE) {
        return c;
      }
      if (c == Comparison.MATCH) {
        result = c;
      }
    }
    return result;
  }

  /** Why each policy value that can never be read cannot be (S3.14); empty when all can. */
  List<String> unreadable() {
    List<String> out = new ArrayList<>(0);
    for (PolicyValue<T> v : values) {
      String why = v.unreadable();
      if (why != null) {
        out.add(why);
      }
    }
    return out;
  }

  /** Whether some value may turn out unreadable for some request (a variable in a Bool value). */
  boolean mayBecomeUnreadable() {
    return mayBecomeUnreadable;
  }

  /** Whether some value cannot be read for {@code request}, reporting each such value (S3.14). */
  boolean unreadableFor(RequestContext request, EvalListener listener, KeyTest where) {
    boolean any = false;
    for (PolicyValue<T> v : values) {
      any |= v.unreadableFor(request, listener, where);
    }
    return any;
  }

  /** Passes the keys of variables in the values that are absent from the request. */
  void collectMissingKeys(RequestContext request, Consumer<String> sink) {
    for (PolicyValue<T> v : values) {
      v.collectMissingKeys(request, sink);
    }
  }
}
