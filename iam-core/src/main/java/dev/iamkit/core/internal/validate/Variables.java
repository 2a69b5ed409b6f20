package dev.iamkit.core.internal.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds policy variables in a text (S4.1): {@code ${KEY}}, {@code ${KEY, 'DEFAULT'}} and the escapes
 * {@code ${*}}, {@code ${?}}, {@code ${$}}. A <code>${</code> without a closing <code>}</code> is literal text.
 */
final class Variables {
  private Variables() {}

  /** What a {@code ${...}} sequence is. */
  enum Form {
    /** {@code ${KEY}} or {@code ${KEY, 'DEFAULT'}} with a well-formed {@code prefix:name} key. */
    KEY,
    /** {@code ${*}}, {@code ${?}} or {@code ${$}}. */
    ESCAPE,
    /** <code>${</code> with no closing brace: literal text. */
    UNCLOSED,
    /** Closed, but not a key or an escape: empty, no {@code prefix:name}, or a malformed default. */
    MALFORMED
  }

  /**
   * One {@code ${...}} sequence.
   *
   * @param text the sequence as written, from <code>${</code> up to and including <code>}</code> (or the end)
   * @param form what it is
   * @param key the key name for {@link Form#KEY}, else empty
   */
  record Reference(String text, Form form, String key) {}

  /** Whether {@code text} contains <code>${</code> at all. */
  static boolean mentions(String text) {
    return text.contains("${");
  }

  /** Every {@code ${...}} sequence of {@code text}, left to right. */
  static List<Reference> scan(String text) {
    List<Reference> out = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = text.indexOf("${", at);
      if (open < 0) {
        return out;
      }
      int close = text.indexOf('}', open + 2);
      if (close < 0) {
        out.add(new Reference(text.substring(open), Form.UNCLOSED, ""));
        return out;
      }
      String body = text.substring(open + 2, close);
      out.add(classify(text.substring(open, close + 1), body));
      at = close + 1;
    }
  }

  private static Reference classify(String whole, String body) {
    if (body.equals("*") || body.equals("?") || body.equals("$")) {
      return new Reference(whole, Form.ESCAPE, "");
    }
    String key = body;
    int comma = body.indexOf(',');
    if (comma >= 0) {
      key = body.substring(0, comma);
      String rest = body.substring(comma + 1).strip();
      if (rest.length() < 2 || rest.charAt(0) != '\'' || rest.charAt(rest.length() - 1) != '\''
          || rest.indexOf('\'', 1) != rest.length() - 1) {
        return new Reference(whole, Form.MALFORMED, "");
      }
    }
    key = key.strip();
    int colon = key.indexOf(':');
    if (colon <= 0 || colon == key.length() - 1) {
      return new Reference(whole, Form.MALFORMED, "");
    }
    return new Reference(whole, Form.KEY, key);
  }
}
