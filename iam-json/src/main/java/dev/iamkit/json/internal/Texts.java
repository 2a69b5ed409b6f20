package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import java.util.Locale;

/** Describing values for messages; text is quoted by {@link IamException#quote}. */
public final class Texts {
  /** Longest quoted text before it is cut with an ellipsis. */
  static final int MAX_QUOTE = 60;

  private Texts() {}

  /** {@code text} cut to {@value #MAX_QUOTE} chars with "..." when longer. */
  public static String truncate(String text) {
    return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE) + "...";
  }

  /** What a value is, for "found ..." in messages: {@code the string "x"}, {@code the number 3}, {@code an array}. */
  public static String describe(JsonValue v) {
    if (v instanceof JsonValue.Str s) {
      return "the string " + IamException.quote(s.value());
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

  /** The message of {@code e} for a problem report, or {@code e}'s own description when it has no message. */
  public static String message(Throwable e) {
    String m = e.getMessage();
    return m != null ? m : e.toString();
  }

  /** "U+20AC" style name of a code point. */
  public static String codePoint(int cp) {
    return String.format(Locale.ROOT, "U+%04X", cp);
  }
}
