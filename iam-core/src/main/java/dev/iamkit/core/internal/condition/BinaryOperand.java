package dev.iamkit.core.internal.condition;

import dev.iamkit.core.internal.value.Base64Values;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** BinaryEquals (S3.8): base64 values compared as bytes. */
final class BinaryOperand extends ValueType<byte[]> {
  static final BinaryOperand TYPE = new BinaryOperand();

  private BinaryOperand() {}

  @Override
  Class<byte[]> javaType() {
    return byte[].class;
  }

  @Override
  String expected() {
    return "base64 data";
  }

  @Override
  byte @Nullable [] read(String requestValue) {
    return Base64Values.decode(requestValue).orElse(null);
  }

  @Override
  PolicyValue<byte[]> compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    Optional<byte[]> parsed = Base64Values.decode(value.text());
    if (parsed.isEmpty()) {
      return PolicyValue.unreadable(notA(value));
    }
    byte[] p = parsed.get();
    return (requestValue, request, listener, where) -> of(Arrays.equals(p, requestValue));
  }
}
