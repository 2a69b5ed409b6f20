package dev.iamkit.core.internal.condition;

import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the evaluator can read a policy value as its operator's type (S3.14): the one answer the validator uses
 * to warn about every value a condition would fail closed on. It compiles the value exactly as the evaluator does.
 *
 * <pre>{@code
 * ValueReadability.whyUnreadable(BaseOperator.ARN_NOT_LIKE, ConditionValue.string("arn:::bucket-name"), true);
 * // Optional[policy value "arn:::bucket-name" is not an ARN (six ':'-separated fields)]
 * }</pre>
 */
public final class ValueReadability {
  private ValueReadability() {}

  /**
   * Why the evaluator cannot read {@code value} under {@code base}, or empty when it can (values whose reading
   * depends on the request, such as a variable in a Bool value, count as readable).
   *
   * @param variablesEnabled whether the policy's Version recognises variables (S4.3)
   */
  public static Optional<String> whyUnreadable(BaseOperator base, ConditionValue value, boolean variablesEnabled) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(value, "value");
    if (base == BaseOperator.NULL) {
      // As NullOperand.compile(List.of(value)).unreadable() would say, without compiling.
      return Optional.ofNullable(NullOperand.unreadable(value.text()));
    }
    // As Operands.compile(base, List.of(value), ...).unreadable() would say, without building the list of operands.
    return Optional.ofNullable(ValueType.of(base).unreadable(value, base.positive(),
        variablesEnabled && base.allowsVariables()));
  }
}
