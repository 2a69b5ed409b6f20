package dev.iamkit.core.internal.value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses the date values of the Date condition operators and of date-typed request context keys (S3.6).
 * Stateless and thread-safe.
 *
 * <p>The accepted grammar is the W3C profile of ISO 8601 plus the leniencies of AWS's save-time parser
 * (as recorded by moto's validator), written without regular expressions:
 *
 * <pre>
 * value    = epoch / date
 * epoch    = 1*DIGIT                       ; seconds since 1970-01-01T00:00:00Z, 0 to 2^63-1
 * date     = YYYY [ "-" MM [ "-" DD [ ("T" / "t") time ] ] ]
 * time     = 1*2DIGIT ":" MM [ ":" SS [ "." 1*9DIGIT ] ] [ tzd ]   ; hours 0-23, one digit allowed
 * tzd      = "Z" / "z" / ("+" / "-") 2DIGIT [ ":" 2DIGIT ]        ; offset hours 0-23, minutes 0-59
 * </pre>
 *
 * <ul>
 *   <li>Missing parts default to the start of the period ({@code 2026-03} is {@code 2026-03-01T00:00:00Z});
 *       a missing offset means UTC.
 *   <li>An all-digit text is always epoch seconds, as in AWS's parser (and iam-simulate), so the bare
 *       {@code YYYY} form of the W3C profile reads as seconds: {@code "2026"} is {@code 1970-01-01T00:33:46Z}.
 *       The validator warns about four-digit dates ({@code date-read-as-epoch}).
 *   <li>Rejected: months above 12, days beyond the month (moto accepts any day up to 31; an instant needs a
 *       real date), hours above 23, minutes or seconds above 59, one-digit offsets such as {@code +1},
 *       ten or more fraction digits, offsets without a colon such as {@code +0530}, white space anywhere,
 *       signs and exponents in epoch values, and epoch values above 2^63-1.
 *   <li>Epoch values beyond {@link Instant#MAX} (about year 10^9) are clamped to {@link Instant#MAX}; they are
 *       accepted because AWS accepts them.
 * </ul>
 *
 * <pre>{@code
 * Dates.parse("2026-01-01T12:00:00Z");      // Optional[2026-01-01T12:00:00Z]
 * Dates.parse("2026-01-01t9:30+02");        // Optional[2026-01-01T07:30:00Z]
 * Dates.parse("1767225600");                // Optional[2026-01-01T00:00:00Z]
 * Dates.parse("2026-13-01");                // Optional.empty
 * }</pre>
 */
public final class Dates {
  private static final long MAX_INSTANT_SECOND = Instant.MAX.getEpochSecond();

  private Dates() {}

  /** The instant the text denotes, or empty when it does not follow the grammar above. */
  public static Optional<Instant> parse(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(new Parser(text).parse());
  }

  /** Whether {@link #parse} accepts the text. */
  public static boolean isValid(String text) {
    return parse(text).isPresent();
  }

  /** A single-use cursor over the text; returns {@code null} on the first deviation from the grammar. */
  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    @Nullable Instant parse() {
      if (s.isEmpty()) {
        return null;
      }
      if (allDigits()) {
        return epoch();
      }
      int year = digits(4, 4);
      if (year < 0) {
        return null;
      }
      int month = 1;
      int day = 1;
      int hour = 0;
      int minute = 0;
      int second = 0;
      int nanos = 0;
      int offsetSeconds = 0;
      if (accept('-')) {
        month = digits(2, 2);
        if (month < 1 || month > 12) {
          return null;
        }
        if (accept('-')) {
          day = digits(2, 2);
          if (day < 1 || day > 31) {
            return null;
          }
          if (accept('T') || accept('t')) {
            hour = digits(1, 2);
            if (hour < 0 || hour > 23 || !accept(':')) {
              return null;
            }
            minute = digits(2, 2);
            if (minute < 0 || minute > 59) {
              return null;
            }
            if (accept(':')) {
              second = digits(2, 2);
              if (second < 0 || second > 59) {
                return null;
              }
              if (accept('.')) {
                int start = i;
                int fraction = digits(1, 9);
                if (fraction < 0) {
                  return null;
                }
                int length = i - start;
                nanos = fraction;
                for (int k = length; k < 9; k++) {
                  nanos *= 10;
                }
              }
            }
            if (i < s.length()) {
              char c = s.charAt(i);
              if (c == 'Z' || c == 'z') {
                i++;
              } else if (c == '+' || c == '-') {
                i++;
                int offsetHours = digits(2, 2);
                if (offsetHours < 0 || offsetHours > 23) {
                  return null;
                }
                int offsetMinutes = 0;
                if (accept(':')) {
                  offsetMinutes = digits(2, 2);
                  if (offsetMinutes < 0 || offsetMinutes > 59) {
                    return null;
                  }
                }
                offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (c == '-' ? -1 : 1);
              } else {
                return null;
              }
            }
          }
        }
      }
      if (i != s.length()) {
        return null;
      }
      if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
        return null;
      }
      long epochDay = LocalDate.of(year, month, day).toEpochDay();
      long seconds = epochDay * 86_400L + hour * 3_600L + minute * 60L + second - offsetSeconds;
      return Instant.ofEpochSecond(seconds, nanos);
    }

    private boolean allDigits() {
      for (int k = 0; k < s.length(); k++) {
        if (!isDigit(s.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /** Epoch seconds from an all-digit text; null above Long.MAX_VALUE. */
    private @Nullable Instant epoch() {
      long value = 0;
      for (int k = 0; k < s.length(); k++) {
        int d = s.charAt(k) - '0';
        if (value > (Long.MAX_VALUE - d) / 10) {
          return null;
        }
        value = value * 10 + d;
      }
      return value > MAX_INSTANT_SECOND ? Instant.MAX : Instant.ofEpochSecond(value);
    }

    private boolean accept(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    /** Reads between min and max digits (as many as present, up to max); -1 when fewer than min. */
    private int digits(int min, int max) {
      int start = i;
      int value = 0;
      while (i < s.length() && i - start < max && isDigit(s.charAt(i))) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i - start < min) {
        return -1;
      }
      // More digits than allowed (a 10th fraction digit, a 3-digit hour) is a grammar error.
      if (i < s.length() && isDigit(s.charAt(i))) {
        return -1;
      }
      return value;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
