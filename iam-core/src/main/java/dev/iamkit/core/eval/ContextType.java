package dev.iamkit.core.eval;

import java.util.Locale;

/**
 * The value types of request context keys, as in the AWS policy simulator's {@code ContextKeyType}
 * (S11.1), without the {@code List} suffix: a {@link ContextValue} says separately whether it is
 * multivalued.
 */
public enum ContextType {
  STRING, NUMERIC, BOOLEAN, DATE, IP, BINARY;

  /** The simulator's name: {@code string}, {@code numeric}, ... ; with {@code List} appended when multivalued. */
  public String awsName(boolean list) {
    return name().toLowerCase(Locale.ROOT) + (list ? "List" : "");
  }
}
