package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.match.Template;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import org.jspecify.annotations.Nullable;

/**
 * The value type of an operator family (S3.4 to S3.10): how a request value is read as {@code T} and how a
 * policy value is compiled for comparison with it. One implementation per type: {@link StringOperand},
 * {@link NumericOperand}, {@link DateOperand}, {@link BoolOperand}, {@link BinaryOperand}, {@link IpOperand},
 * {@link ArnOperand}; {@code Null} tests presence and has {@link NullOperand}. Stateless singletons.
 *
 * @param <T> the type request and policy values are read as
 */
abstract class ValueType<T> {

  /** The Java type request values are read as. */
  abstract Class<T> javaType();

  /** The type's name in messages: "a number", "a date", ... */
  abstract String expected();

  /** The request value read as {@code T}, or null when it is not one (a type error, S3.14). */
  abstract @Nullable T read(String requestValue);

  /** Compiles one policy value for the positive operator {@code positive}. */
  abstract PolicyValue<T> compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled);

  /**
   * Why {@code value} compiled for {@code positive} can never be read (S3.14), or null when it can:
   * {@code compile(value, positive, variablesEnabled).unreadable()}. A type whose every value is readable answers
   * without compiling.
   */
  @Nullable String unreadable(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    return compile(value, positive, variablesEnabled).unreadable();
  }

  /** The value type of {@code base}'s family; not for {@code Null}, which tests presence. */
  static ValueType<?> of(BaseOperator base) {
    return switch (base.family()) {
      case STRING -> StringOperand.TYPE;
      case NUMERIC -> NumericOperand.TYPE;
      case DATE -> DateOperand.TYPE;
      case BOOLEAN -> BoolOperand.TYPE;
      case BINARY -> BinaryOperand.TYPE;
      case IP_ADDRESS -> IpOperand.TYPE;
      case ARN -> ArnOperand.TYPE;
      case NULL -> throw new IllegalArgumentException("Null has no value type: it tests presence");
    };
  }

  /** The message of a policy value that is not of this type. */
  final String notA(ConditionValue value) {
    return "policy value \"" + value.text() + "\" is not " + expected();
  }

  /** Applies a comparison operator to {@code request.compareTo(policy)} (S3.5, S3.6). */
  static boolean compare(BaseOperator op, int cmp) {
    return switch (op) {
      case NUMERIC_EQUALS, DATE_EQUALS -> cmp == 0;
      case NUMERIC_LESS_THAN, DATE_LESS_THAN -> cmp < 0;
      case NUMERIC_LESS_THAN_EQUALS, DATE_LESS_THAN_EQUALS -> cmp <= 0;
      case NUMERIC_GREATER_THAN, DATE_GREATER_THAN -> cmp > 0;
      case NUMERIC_GREATER_THAN_EQUALS, DATE_GREATER_THAN_EQUALS -> cmp >= 0;
      default -> throw new IllegalArgumentException("Not a comparison operator: " + op);
    };
  }

  static Comparison of(boolean matches) {
    return matches ? Comparison.MATCH : Comparison.NO_MATCH;
  }

  /**
   * Reports the variables of {@code t} that cannot be resolved (S4.5, S4.7): such a value does not match, so a
   * negated operator can be true (that is S4.5's rule, not a value that cannot be read).
   */
  static void reportUnresolvable(Template t, RequestContext request, EvalListener listener, KeyTest where) {
    for (Template.Variable v : t.unresolvable(request)) {
      boolean absent = !request.values().containsKey(v.normalizedKey());
      if (absent) {
        listener.missingKey(v.key());
      }
      listener.diagnostic(where.describe() + ": policy variable ${" + v.key() + "} in \"" + t.text() + "\" "
          + (absent ? "has no value and no default (S4.5)" : "is multivalued (S4.7)") + "; that value never matches");
    }
  }
}
