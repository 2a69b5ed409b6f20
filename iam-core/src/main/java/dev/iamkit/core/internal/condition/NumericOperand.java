package dev.iamkit.core.internal.condition;

import dev.iamkit.core.internal.value.Decimals;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Numeric operators (S3.5): exact decimal comparison. */
final class NumericOperand extends ValueType<BigDecimal> {
  static final NumericOperand TYPE = new NumericOperand();

  private NumericOperand() {}

  @Override
  Class<BigDecimal> javaType() {
    return BigDecimal.class;
  }

  @Override
  String expected() {
    return "a number (-?digits(.digits)?)";
  }

  @Override
  @Nullable BigDecimal read(String requestValue) {
    return Decimals.parse(requestValue).orElse(null);
  }

  @Override
  PolicyValue<BigDecimal> compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    Optional<BigDecimal> parsed = Decimals.parse(value.text());
    if (parsed.isEmpty()) {
      return PolicyValue.unreadable(notA(value));
    }
    BigDecimal p = parsed.get();
    return (requestValue, request, listener, where) -> of(compare(positive, requestValue.compareTo(p)));
  }
}
