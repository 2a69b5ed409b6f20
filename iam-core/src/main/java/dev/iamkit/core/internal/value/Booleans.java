package dev.iamkit.core.internal.value;

import java.util.Objects;
import java.util.Optional;

/**
 * Parses the values of the Bool and Null condition operators and of boolean request context keys (S3.7,
 * S3.11): {@code true} or {@code false} in any ASCII case. Stateless and thread-safe.
 *
 * <p>The comparison is ASCII-only on purpose: {@link String#equalsIgnoreCase} would accept
 * {@code "fal\u017Fe"} (LATIN SMALL LETTER LONG S upper-cases to {@code S}).
 *
 * <pre>{@code
 * Booleans.parse("TRUE");   // Optional[true]
 * Booleans.parse("yes");    // Optional.empty
 * }</pre>
 */
public final class Booleans {
  private static final Optional<Boolean> TRUE = Optional.of(Boolean.TRUE);
  private static final Optional<Boolean> FALSE = Optional.of(Boolean.FALSE);

  private Booleans() {}

  /** {@code true} or {@code false} in any ASCII case; empty for any other text. */
  public static Optional<Boolean> parse(String text) {
    Objects.requireNonNull(text, "text");
    if (equalsAsciiIgnoreCase(text, "true")) {
      return TRUE;
    }
    if (equalsAsciiIgnoreCase(text, "false")) {
      return FALSE;
    }
    return Optional.empty();
  }

  private static boolean equalsAsciiIgnoreCase(String text, String lower) {
    if (text.length() != lower.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
