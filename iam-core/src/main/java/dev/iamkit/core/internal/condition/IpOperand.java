package dev.iamkit.core.internal.condition;

import dev.iamkit.core.internal.value.IpRange;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** IpAddress and NotIpAddress (S3.9): request addresses (as bytes) against CIDR ranges. */
final class IpOperand extends ValueType<byte[]> {
  static final IpOperand TYPE = new IpOperand();

  private IpOperand() {}

  @Override
  Class<byte[]> javaType() {
    return byte[].class;
  }

  @Override
  String expected() {
    return "an IP address";
  }

  @Override
  byte @Nullable [] read(String requestValue) {
    return IpRange.parseAddress(requestValue).orElse(null);
  }

  @Override
  PolicyValue<byte[]> compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    Optional<IpRange> parsed = IpRange.parse(value.text());
    if (parsed.isEmpty()) {
      return PolicyValue.unreadable("policy value \"" + value.text()
          + "\" is not an IPv4 or IPv6 address or CIDR range");
    }
    IpRange p = parsed.get();
    return (requestValue, request, listener, where) -> of(p.contains(requestValue));
  }
}
