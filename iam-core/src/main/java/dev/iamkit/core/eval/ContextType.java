package dev.iamkit.core.eval;

import java.util.Locale;

/**
 * The value types of request context keys, as in the AWS policy simulator's {@code ContextKeyType}
 * (S11.1), without the {@code List} suffix: a {@link ContextValue} says separately whether it is
 * multivalued.
 */
public enum ContextType {
  STRING, NUMERIC, BOOLEAN, DATE, IP, BINARY;

  /**
   * Whether {@code value} is a well-formed value of this type, as {@link ContextValue#of} accepts it: any text for
   * {@code STRING}; for the others the one grammar of the type that the evaluator also uses (S3.5 decimals,
   * S3.6 dates, S3.7 booleans, S3.8 base64, S3.9 addresses).
   *
   * <pre>{@code
   * ContextType.DATE.isValid("2026-01-01T09:30+05:30");   // true
   * ContextType.DATE.isValid("2026-01-01T09:30+0530");    // false: the offset needs a colon
   * }</pre>
   */
  public boolean isValid(String value) {
    return ContextValues.problem(this, value) == null;
  }

  /** The simulator's name: {@code string}, {@code numeric}, ... ; with {@code List} appended when multivalued. */
  public String awsName(boolean list) {
    return name().toLowerCase(Locale.ROOT) + (list ? "List" : "");
  }
}
