package dev.iamkit.core.policy;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The 27 base condition operators of AWS (S1.10): the operator name without set qualifier and without
 * the {@code IfExists} suffix.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition operators</a>
 */
public enum BaseOperator {
  STRING_EQUALS("StringEquals", OperatorFamily.STRING, false),
  STRING_NOT_EQUALS("StringNotEquals", OperatorFamily.STRING, true),
  STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", OperatorFamily.STRING, false),
  STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", OperatorFamily.STRING, true),
  STRING_LIKE("StringLike", OperatorFamily.STRING, false),
  STRING_NOT_LIKE("StringNotLike", OperatorFamily.STRING, true),
  NUMERIC_EQUALS("NumericEquals", OperatorFamily.NUMERIC, false),
  NUMERIC_NOT_EQUALS("NumericNotEquals", OperatorFamily.NUMERIC, true),
  NUMERIC_LESS_THAN("NumericLessThan", OperatorFamily.NUMERIC, false),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", OperatorFamily.NUMERIC, false),
  NUMERIC_GREATER_THAN("NumericGreaterThan", OperatorFamily.NUMERIC, false),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", OperatorFamily.NUMERIC, false),
  DATE_EQUALS("DateEquals", OperatorFamily.DATE, false),
  DATE_NOT_EQUALS("DateNotEquals", OperatorFamily.DATE, true),
  DATE_LESS_THAN("DateLessThan", OperatorFamily.DATE, false),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", OperatorFamily.DATE, false),
  DATE_GREATER_THAN("DateGreaterThan", OperatorFamily.DATE, false),
  DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", OperatorFamily.DATE, false),
  BOOL("Bool", OperatorFamily.BOOLEAN, false),
  BINARY_EQUALS("BinaryEquals", OperatorFamily.BINARY, false),
  IP_ADDRESS("IpAddress", OperatorFamily.IP_ADDRESS, false),
  NOT_IP_ADDRESS("NotIpAddress", OperatorFamily.IP_ADDRESS, true),
  ARN_EQUALS("ArnEquals", OperatorFamily.ARN, false),
  ARN_LIKE("ArnLike", OperatorFamily.ARN, false),
  ARN_NOT_EQUALS("ArnNotEquals", OperatorFamily.ARN, true),
  ARN_NOT_LIKE("ArnNotLike", OperatorFamily.ARN, true),
  NULL("Null", OperatorFamily.NULL, false);

  /** {@link #values()} once: values() clones its array on every call. */
  private static final BaseOperator[] VALUES = values();

  private final String text;
  private final OperatorFamily family;
  private final boolean negated;

  BaseOperator(String text, OperatorFamily family, boolean negated) {
    this.text = text;
    this.family = family;
    this.negated = negated;
  }

  /** The name as written in policies, for example {@code StringNotEquals}. */
  public String text() {
    return text;
  }

  /** The value type compared. */
  public OperatorFamily family() {
    return family;
  }

  /** Whether this is a negated operator, evaluated as "matches none of the values" (S3.1). */
  public boolean isNegated() {
    return negated;
  }

  /** Whether the {@code IfExists} suffix may be added (every operator but {@code Null}, S3.12). */
  public boolean allowsIfExists() {
    return this != NULL;
  }

  /** Whether policy variables are substituted in values of this operator (S4.2; Bool per A6). */
  public boolean allowsVariables() {
    return family == OperatorFamily.STRING || family == OperatorFamily.ARN || family == OperatorFamily.BOOLEAN;
  }

  /**
   * The positive operator this one negates ({@code StringNotEquals} gives {@code StringEquals}); the
   * operator itself when it is not negated.
   */
  public BaseOperator positive() {
    return switch (this) {
      case STRING_NOT_EQUALS -> STRING_EQUALS;
      case STRING_NOT_EQUALS_IGNORE_CASE -> STRING_EQUALS_IGNORE_CASE;
      case STRING_NOT_LIKE -> STRING_LIKE;
      case NUMERIC_NOT_EQUALS -> NUMERIC_EQUALS;
      case DATE_NOT_EQUALS -> DATE_EQUALS;
      case NOT_IP_ADDRESS -> IP_ADDRESS;
      case ARN_NOT_EQUALS -> ARN_EQUALS;
      case ARN_NOT_LIKE -> ARN_LIKE;
      default -> this;
    };
  }

  /** The operator named exactly {@code text} (case-sensitive, S1.12), if any. */
  public static Optional<BaseOperator> fromText(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(find(text, 0, text.length()));
  }

  /** The operator named exactly {@code text.substring(from, to)}, or null; for parsing without a substring. */
  static @Nullable BaseOperator find(String text, int from, int to) {
    int length = to - from;
    for (BaseOperator op : VALUES) {
      if (op.text.length() == length && text.startsWith(op.text, from)) {
        return op;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return text;
  }
}
