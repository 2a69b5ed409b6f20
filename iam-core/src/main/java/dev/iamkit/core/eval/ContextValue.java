package dev.iamkit.core.eval;

import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.internal.condition.RequestValues;
import dev.iamkit.core.internal.value.Booleans;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
  /** The values read once as the operator family of {@link #type} (see {@link RequestValues}), for the evaluator. */
  private final @Nullable Object[] read;

  static {
    RequestValues.install(v -> v.read);
  }

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
    this.read = RequestValues.read(type, this.values);
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

  /**
   * The value of {@code key} given as text, typed by the key's type in the service reference (S3.14): an
   * {@code IPAddress} key such as {@code aws:SourceIp} gets an {@link ContextType#IP} value, a {@code Bool}
   * key a boolean, a {@code Date} key a date, a {@code Numeric} key a number, an {@code ArrayOf...} key such
   * as {@code aws:TagKeys} a list (of any length); other and unknown keys get strings, a list when several
   * values are given. Key names are matched ignoring case (S3.3).
   *
   * <pre>{@code
   * ContextValue.forKey("aws:SourceIp", "203.0.113.5");   // ip 203.0.113.5
   * ContextValue.forKey("aws:TagKeys", "team");          // stringList[team]
   * }</pre>
   *
   * @throws IllegalArgumentException if a value is malformed for the key's type, or several values are given
   *     for a single-valued key of the reference
   */
  public static ContextValue forKey(String key, String... values) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(values, "values");
    List<String> texts = List.of(values);
    java.util.Optional<ServiceCatalog.KeyInfo> info = ServiceCatalog.instance().conditionKey(key);
    if (info.isEmpty()) {
      return texts.size() == 1 ? string(texts.get(0)) : strings(texts);
    }
    ContextType type = ContextType.STRING;
    for (String t : info.get().types()) {
      String base = t.startsWith("ArrayOf") ? t.substring("ArrayOf".length()) : t;
      switch (base) {
        case "IPAddress" -> type = ContextType.IP;
        case "Date" -> type = ContextType.DATE;
        case "Bool" -> type = ContextType.BOOLEAN;
        case "Numeric" -> type = ContextType.NUMERIC;
        default -> { }
      }
    }
    if (info.get().isSingleValued()) {
      if (texts.size() != 1) {
        throw new IllegalArgumentException(key + " is single-valued: expected one value, found " + texts.size());
      }
      String text = texts.get(0);
      return of(type, type == ContextType.BOOLEAN ? Booleans.parse(text).map(String::valueOf).orElse(text) : text);
    }
    return info.get().isMultivalued() || texts.size() != 1 ? listOf(type, texts) : of(type, texts.get(0));
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
