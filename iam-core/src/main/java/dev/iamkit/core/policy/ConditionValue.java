package dev.iamkit.core.policy;

import dev.iamkit.core.IamException;
import java.util.Objects;

/**
 * One condition value as written: a JSON string, number or boolean (S1.10, S3.14). Numbers keep their
 * JSON text ({@code 10.0} stays {@code 10.0}); booleans are {@code true} or {@code false}. The writer
 * keeps the JSON type, so {@code "Bool": {"k": true}} round-trips as a boolean. Operators compare
 * {@link #text()}. Immutable and thread-safe.
 *
 * @param text the value as text: the string itself, or the JSON number or boolean literal
 * @param type the JSON type it was written as
 */
public record ConditionValue(String text, Type type) {

  /** The JSON type of a condition value. */
  public enum Type {
    STRING, NUMBER, BOOLEAN
  }

  /** Checks that number and boolean literals are well-formed JSON. */
  public ConditionValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (type == Type.BOOLEAN && !text.equals("true") && !text.equals("false")) {
      throw new IllegalArgumentException("A boolean condition value is true or false, found "
          + IamException.quote(text));
    }
    if (type == Type.NUMBER && !isJsonNumber(text)) {
      throw new IllegalArgumentException("Not a JSON number: " + IamException.quote(text));
    }
  }

  /** A JSON string value. */
  public static ConditionValue string(String text) {
    return new ConditionValue(text, Type.STRING);
  }

  /** A JSON number value, given as its JSON text. */
  public static ConditionValue number(String jsonNumber) {
    return new ConditionValue(jsonNumber, Type.NUMBER);
  }

  /** A JSON boolean value. */
  public static ConditionValue bool(boolean value) {
    return new ConditionValue(Boolean.toString(value), Type.BOOLEAN);
  }

  private static boolean isJsonNumber(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (i >= n) {
      return false;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else if (isDigit(s.charAt(i))) {
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    } else {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public String toString() {
    return type == Type.STRING ? "\"" + text + "\"" : text;
  }
}
