package dev.iamkit.core.internal.validate;

import java.util.Locale;

/** Quoting for problem messages: offending text in double quotes, control characters escaped, long text cut. */
final class Texts {
  /** Longest quoted text before it is cut with an ellipsis. */
  static final int MAX_QUOTED = 160;

  private Texts() {}

  /**
   * {@code "text"} with {@code "}, {@code \}, control characters and unpaired surrogates escaped as in JSON (an
   * unpaired surrogate cannot be printed: an encoder would show it as {@code ?}).
   */
  static String quote(String text) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 8).append('"');
    int n = Math.min(text.length(), MAX_QUOTED);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          boolean unpaired = Character.isHighSurrogate(c)
              ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
              : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
          if (Character.getType(c) == Character.CONTROL || unpaired) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    if (text.length() > MAX_QUOTED) {
      sb.append("...");
    }
    return sb.append('"').toString();
  }

  /** {@code " (AWS: message)"}, the text IAM answers for the same cause (S1.13). */
  static String aws(String awsMessage) {
    return " (AWS: " + awsMessage + ")";
  }

  /** A number with thousands separators, independent of the default locale. */
  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
