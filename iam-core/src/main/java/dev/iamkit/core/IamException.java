package dev.iamkit.core;

/**
 * The root of every exception iamkit throws on purpose.
 *
 * <p>Subtypes say what went wrong (for example {@link dev.iamkit.core.arn.ArnFormatException}); their
 * messages say where and quote the offending text, and never contain secrets.
 */
public class IamException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The longest text {@link #quote} shows before it cuts the text with {@code ...}, in chars. */
  public static final int MAX_QUOTED = 120;

  /** Creates an exception with the given message. */
  public IamException(String message) {
    super(message);
  }

  /** Creates an exception with the given message and cause. */
  public IamException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The offending {@code text} as every iamkit message quotes it (problem messages, exceptions, CLI output): in
   * double quotes, cut after {@value #MAX_QUOTED} chars with {@code ...} (never inside a surrogate pair), with
   * {@code "} and {@code \} escaped and every invisible or unprintable character written as a JSON escape:
   * {@code \n}, {@code \r}, {@code \t}, and a backslash, {@code u} and four hex digits for other control characters,
   * format characters such as the byte order mark U+FEFF, spaces other than U+0020 (the no-break space), line and
   * paragraph separators, unassigned and private-use characters, and lone surrogates. Other characters (letters of
   * any script, symbols, emoji) are kept, so a message shows exactly which text was meant.
   *
   * <pre>{@code
   * IamException.quote("café");          // "café"
   * IamException.quote("line\nbreak");   // "line\nbreak", the escape written out
   * }</pre>
   */
  public static String quote(String text) {
    java.util.Objects.requireNonNull(text, "text");
    int n = text.length();
    int end = Math.min(n, MAX_QUOTED);
    if (end < n && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    StringBuilder sb = new StringBuilder(end + 8).append('"');
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < n
              && Character.isLowSurrogate(text.charAt(i + 1));
          boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
          if (pairedHigh || pairedLow || isVisible(c)) {
            sb.append(c);
          } else {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          }
        }
      }
    }
    if (end < n) {
      sb.append("...");
    }
    return sb.append('"').toString();
  }

  private static boolean isVisible(char c) {
    int type = Character.getType(c);
    return !Character.isISOControl(c) && type != Character.FORMAT && (type != Character.SPACE_SEPARATOR || c == ' ')
        && type != Character.SURROGATE && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE;
  }
}
