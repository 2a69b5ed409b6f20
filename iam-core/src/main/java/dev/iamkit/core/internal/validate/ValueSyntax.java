package dev.iamkit.core.internal.validate;

/** Adapter to the shared value parsers of {@code dev.iamkit.core.internal.value}. */
final class ValueSyntax {
  private ValueSyntax() {}

  // PENDING: the shared value parsers (dev.iamkit.core.internal.value) are not on this branch yet.
  static boolean isDate(String text) {
    return true;
  }

  static boolean isNumber(String text) {
    return true;
  }

  static boolean isIpRange(String text) {
    return true;
  }

  static boolean isBase64(String text) {
    return true;
  }
}
