package dev.iamkit.core.eval;

import dev.iamkit.core.internal.value.Base64Values;
import dev.iamkit.core.internal.value.Booleans;
import dev.iamkit.core.internal.value.Dates;
import dev.iamkit.core.internal.value.Decimals;
import dev.iamkit.core.internal.value.IpRange;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Validation of request context values for their type (S3.14); the evaluator relies on it. */
final class ContextValues {
  private ContextValues() {}

  /** Throws {@link IllegalArgumentException} naming the type and quoting the value when it is malformed. */
  static void check(ContextType type, String value) {
    String expected = problem(type, value);
    if (expected != null) {
      throw new IllegalArgumentException("Invalid " + type.awsName(false) + " context value \"" + value
          + "\": expected " + expected);
    }
  }

  /** What a value of the type must look like when {@code value} is malformed; null when it is well-formed. */
  static @Nullable String problem(ContextType type, String value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    return switch (type) {
      case STRING -> null;
      case NUMERIC -> Decimals.isValid(value) ? null : "a decimal number such as 42 or -1.5 (S3.5)";
      case BOOLEAN -> Booleans.parse(value).isPresent() ? null : "true or false (S3.7)";
      case DATE -> Dates.isValid(value) ? null
          : "an ISO 8601 date such as 2026-01-01T00:00:00Z or epoch seconds (S3.6)";
      case IP -> IpRange.isAddress(value) ? null : "an IPv4 or IPv6 address, without a prefix length (S3.9)";
      case BINARY -> Base64Values.isValid(value) ? null : "base64 text (S3.8)";
    };
  }
}
