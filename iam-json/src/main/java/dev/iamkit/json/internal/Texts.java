package dev.iamkit.json.internal;

import java.util.Locale;

/** Quoting and describing values for messages. */
public final class Texts {
  /** Longest quoted text before it is cut with an ellipsis. */
  static final int MAX_QUOTE = 60;

  private Texts() {}

  /** {@code text} cut to {@value #MAX_QUOTE} chars with "..." when longer. */
  public static String truncate(String text) {
    return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE) + "...";
  }

  /** {@code text} in double quotes, cut when long, with control and non-Latin-1 characters escaped. */
  public static String quote(String text) {
    String t = truncate(text);
    StringBuilder sb = new StringBuilder(t.length() + 2).append('"');
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c > 0xff) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** What a value is, for "found ..." in messages: {@code the string "x"}, {@code the number 3}, {@code an array}. */
  public static String describe(JsonValue v) {
    if (v instanceof JsonValue.Str s) {
      return "the string " + quote(s.value());
    } else if (v instanceof JsonValue.Num n) {
      return "the number " + truncate(n.text());
    } else if (v instanceof JsonValue.Bool b) {
      return "the boolean " + b.value();
    } else if (v instanceof JsonValue.Null) {
      return "null";
    } else if (v instanceof JsonValue.Arr a) {
      return a.elements().isEmpty() ? "an empty array" : "an array";
    } else {
      return ((JsonValue.Obj) v).members().isEmpty() ? "an empty object" : "an object";
    }
  }

  /** "U+20AC" style name of a code point. */
  public static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }
}
