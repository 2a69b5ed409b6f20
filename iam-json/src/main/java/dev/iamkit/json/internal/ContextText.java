package dev.iamkit.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of request context values given as text in simulation files: IP addresses (S3.9), dates (S3.6) and
 * decimal numbers (S3.5). Used when a file is read, never on the evaluation hot path.
 */
public final class ContextText {
  /**
   * The date forms AWS accepts (S3.6): the W3C profile of ISO 8601, with the leniencies of IAM's save-time
   * parser (lower-case {@code t}, one-digit hours, an offset of hours only, up to nine fraction digits).
   */
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[Tt](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
          + "(?:[Zz]|[+-](\\d{2})(?::?(\\d{2}))?)?)?)?)?");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{1,19}");

  private ContextText() {}

  /** Whether {@code s} is a decimal number {@code -?digits(.digits)?} (S3.5). */
  public static boolean isDecimal(String s) {
    return DECIMAL.matcher(s).matches();
  }

  /** Whether {@code s} is epoch seconds from 0 to 2^63-1 (S3.6). */
  public static boolean isEpochSeconds(String s) {
    if (!EPOCH.matcher(s).matches()) {
      return false;
    }
    try {
      Long.parseLong(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether {@code s} is an ISO 8601 date or date-time in a form AWS accepts (S3.6), or epoch seconds. */
  public static boolean isDate(String s) {
    if (isEpochSeconds(s)) {
      return true;
    }
    Matcher m = DATE.matcher(s);
    if (!m.matches()) {
      return false;
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return false;
    }
    return within(m.group(4), 23) && within(m.group(5), 59) && within(m.group(6), 59)
        && within(m.group(7), 23) && within(m.group(8), 59);
  }

  private static boolean within(String digits, int max) {
    return digits == null || Integer.parseInt(digits) <= max;
  }

  /** Whether {@code s} is an IPv4 address (dotted quad) or an IPv6 address (RFC 4291 text, no zone, no prefix). */
  public static boolean isIpAddress(String s) {
    return s.indexOf(':') >= 0 ? isIpv6(s) : isIpv4(s);
  }

  private static boolean isIpv4(String s) {
    int parts = 0;
    int i = 0;
    int n = s.length();
    while (true) {
      int start = i;
      int value = 0;
      while (i < n && i - start < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int len = i - start;
      if (len == 0 || value > 255 || (len > 1 && s.charAt(start) == '0')) {
        return false;
      }
      parts++;
      if (i == n) {
        return parts == 4;
      }
      if (s.charAt(i) != '.' || parts == 4) {
        return false;
      }
      i++;
    }
  }

  @SuppressWarnings("ReferenceEquality") // part == tail: which of the two halves, not their text
  private static boolean isIpv6(String s) {
    int doubleColon = s.indexOf("::");
    if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
    String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
    int groups = 0;
    for (String part : new String[] {head, tail}) {
      if (part.isEmpty()) {
        continue;
      }
      String[] fields = part.split(":", -1);
      for (int f = 0; f < fields.length; f++) {
        String field = fields[f];
        boolean last = part == tail || doubleColon < 0 ? f == fields.length - 1 : false;
        if (last && field.indexOf('.') >= 0) {
          if (!isIpv4(field)) {
            return false;
          }
          groups += 2;
        } else if (field.length() >= 1 && field.length() <= 4 && isHex(field)) {
          groups++;
        } else {
          return false;
        }
      }
    }
    return doubleColon >= 0 ? groups <= 7 : groups == 8;
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 'f') {
        return false;
      }
    }
    return true;
  }
}
