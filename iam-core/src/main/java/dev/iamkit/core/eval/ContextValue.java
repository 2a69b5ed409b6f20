package dev.iamkit.core.eval;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The typed value of one request context key (S11.1, S3.14): a type, whether the key is multivalued
 * (a list, S3.13), and the values as text. Values are validated for their type when the value is made
 * (an {@code IP} value that is not an address is rejected), so the evaluator never meets a malformed
 * request value. Immutable and thread-safe.
 *
 * <pre>{@code
 * ContextValue.string("203.0.113.5");
 * ContextValue.ip("203.0.113.5");
 * ContextValue.bool(true);
 * ContextValue.strings(List.of("team", "cost-center"));   // multivalued, e.g. aws:TagKeys
 * }</pre>
 */
public final class ContextValue {
  private final ContextType type;
  private final boolean list;
  private final List<String> values;

  private ContextValue(ContextType type, boolean list, List<String> values) {
    this.type = Objects.requireNonNull(type, "type");
    this.list = list;
    this.values = List.copyOf(values);
    if (!list && this.values.size() != 1) {
      throw new IllegalArgumentException("A single-valued context value holds exactly one value, found " + this.values.size());
    }
    for (String v : this.values) {
      ContextValues.check(type, v);
    }
  }

  /** A single value of the given type, given as text; throws {@link IllegalArgumentException} when malformed. */
  public static ContextValue of(ContextType type, String value) {
    return new ContextValue(type, false, List.of(Objects.requireNonNull(value, "value")));
  }

  /** A multivalued (list) value of the given type; may be empty. */
  public static ContextValue listOf(ContextType type, List<String> values) {
    return new ContextValue(type, true, values);
  }

  public static ContextValue string(String value) {
    return of(ContextType.STRING, value);
  }

  public static ContextValue strings(List<String> values) {
    return listOf(ContextType.STRING, values);
  }

  public static ContextValue bool(boolean value) {
    return of(ContextType.BOOLEAN, Boolean.toString(value));
  }

  /** A numeric value, such as {@code 3600} or {@code 2.5}. */
  public static ContextValue numeric(String value) {
    return of(ContextType.NUMERIC, value);
  }

  public static ContextValue numeric(long value) {
    return of(ContextType.NUMERIC, Long.toString(value));
  }

  /** An IPv4 or IPv6 address. */
  public static ContextValue ip(String address) {
    return of(ContextType.IP, address);
  }

  /** A date, written in ISO 8601 ({@code 2026-01-01T00:00:00Z}) or as epoch seconds. */
  public static ContextValue date(String value) {
    return of(ContextType.DATE, value);
  }

  public static ContextValue date(Instant instant) {
    return of(ContextType.DATE, instant.toString());
  }

  /** Binary data given as base64 text. */
  public static ContextValue binary(String base64) {
    return of(ContextType.BINARY, base64);
  }

  public ContextType type() {
    return type;
  }

  /** Whether the key is multivalued (a list, possibly empty or of one element). */
  public boolean isList() {
    return list;
  }

  /** The values as text. */
  public List<String> values() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContextValue c && type == c.type && list == c.list && values.equals(c.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, list, values);
  }

  @Override
  public String toString() {
    // string "x", stringList ["a", "b"]: the simulator's type name, then the value(s) in quotes.
    StringBuilder sb = new StringBuilder(type.awsName(list)).append(' ');
    if (!list) {
      return sb.append('"').append(values.get(0)).append('"').toString();
    }
    sb.append('[');
    for (int i = 0; i < values.size(); i++) {
      sb.append(i == 0 ? "\"" : ", \"").append(values.get(i)).append('"');
    }
    return sb.append(']').toString();
  }
}
