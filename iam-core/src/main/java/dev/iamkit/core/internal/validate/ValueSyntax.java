package dev.iamkit.core.internal.validate;

import dev.iamkit.core.internal.value.Base64Values;
import dev.iamkit.core.internal.value.Booleans;
import dev.iamkit.core.internal.value.Dates;
import dev.iamkit.core.internal.value.Decimals;
import dev.iamkit.core.internal.value.IpRange;

/**
 * The validator's view of the shared value parsers ({@code dev.iamkit.core.internal.value}), so that
 * validation and evaluation accept exactly the same values.
 */
final class ValueSyntax {
  private ValueSyntax() {}

  /** S3.6: the dates AWS's save-time parser accepts. */
  static boolean isDate(String text) {
    return Dates.isValid(text);
  }

  /** S3.6: exactly four ASCII digits, the W3C {@code YYYY} shape that AWS reads as epoch seconds. */
  static boolean isYearShaped(String text) {
    return text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** S3.5: {@code -?DIGITS(.DIGITS)?}. */
  static boolean isNumber(String text) {
    return Decimals.isValid(text);
  }

  /** S3.9: an IPv4 or IPv6 address or CIDR range. */
  static boolean isIpRange(String text) {
    return IpRange.parse(text).isPresent();
  }

  /** S3.8: standard base64. */
  static boolean isBase64(String text) {
    return Base64Values.isValid(text);
  }

  /** S3.7, S3.11: {@code true} or {@code false} in any ASCII case. */
  static boolean isBoolean(String text) {
    return Booleans.parse(text).isPresent();
  }

  /** Whether the text is {@code false} in any ASCII case. */
  static boolean isFalse(String text) {
    return Booleans.parse(text).filter(b -> !b).isPresent();
  }
}
