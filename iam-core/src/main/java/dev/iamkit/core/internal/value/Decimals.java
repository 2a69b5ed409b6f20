package dev.iamkit.core.internal.value;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses the values of the Numeric condition operators and of numeric request context keys (S3.5):
 * {@code -?DIGITS(.DIGITS)?}, compared as {@link BigDecimal} with {@link BigDecimal#compareTo} so that
 * {@code 10} equals {@code 10.0}. Stateless and thread-safe.
 *
 * <p>Rejected: an empty text, a leading {@code +}, a leading or trailing dot ({@code .5}, {@code 5.}),
 * exponents ({@code 1e3}, although valid JSON), white space, and digits other than ASCII {@code 0-9}.
 *
 * <pre>{@code
 * Decimals.parse("-12.50");   // Optional[-12.50]
 * Decimals.parse("1e3");      // Optional.empty
 * }</pre>
 */
public final class Decimals {
  private Decimals() {}

  /** The number the text denotes, or empty when it is not {@code -?DIGITS(.DIGITS)?}. */
  public static Optional<BigDecimal> parse(String text) {
    Objects.requireNonNull(text, "text");
    return isValid(text) ? Optional.of(new BigDecimal(text)) : Optional.empty();
  }

  /** Whether the text is {@code -?DIGITS(.DIGITS)?}. */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int i = 0;
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    int start = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      int fraction = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == fraction) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
