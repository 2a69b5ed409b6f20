package dev.iamkit.core.internal.condition;

import dev.iamkit.core.internal.value.Dates;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Date operators (S3.6): ISO 8601 or epoch seconds, compared as instants. */
final class DateOperand extends ValueType<Instant> {
  static final DateOperand TYPE = new DateOperand();

  private DateOperand() {}

  @Override
  Class<Instant> javaType() {
    return Instant.class;
  }

  @Override
  String expected() {
    return "a date (ISO 8601 or epoch seconds)";
  }

  @Override
  @Nullable Instant read(String requestValue) {
    return Dates.parse(requestValue).orElse(null);
  }

  @Override
  PolicyValue<Instant> compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    Optional<Instant> parsed = Dates.parse(value.text());
    if (parsed.isEmpty()) {
      return PolicyValue.unreadable(notA(value));
    }
    Instant p = parsed.get();
    return (requestValue, request, listener, where) -> of(compare(positive, requestValue.compareTo(p)));
  }
}
