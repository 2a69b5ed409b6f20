package dev.iamkit.core.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A condition operator as written in a policy: optional {@link SetQualifier}, a {@link BaseOperator},
 * optional {@code IfExists} (S1.10). Immutable and thread-safe.
 *
 * <p>An open vocabulary: any name is representable, so a policy using an operator unknown to iamkit
 * still round-trips; {@link #isKnown()} is then false, the validator reports it and the evaluator fails
 * closed. Names are case-sensitive.
 *
 * <pre>{@code
 * ConditionOperator op = ConditionOperator.parse("ForAnyValue:StringLikeIfExists");
 * op.qualifier();   // Optional[ForAnyValue]
 * op.base();        // Optional[StringLike]
 * op.ifExists();    // true
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html">Condition operators</a>
 */
public final class ConditionOperator {
  /** {@code StringEquals}. */
  public static final ConditionOperator STRING_EQUALS = of(BaseOperator.STRING_EQUALS);
  /** {@code StringNotEquals}. */
  public static final ConditionOperator STRING_NOT_EQUALS = of(BaseOperator.STRING_NOT_EQUALS);
  /** {@code StringEqualsIgnoreCase}. */
  public static final ConditionOperator STRING_EQUALS_IGNORE_CASE = of(BaseOperator.STRING_EQUALS_IGNORE_CASE);
  /** {@code StringNotEqualsIgnoreCase}. */
  public static final ConditionOperator STRING_NOT_EQUALS_IGNORE_CASE = of(BaseOperator.STRING_NOT_EQUALS_IGNORE_CASE);
  /** {@code StringLike}. */
  public static final ConditionOperator STRING_LIKE = of(BaseOperator.STRING_LIKE);
  /** {@code StringNotLike}. */
  public static final ConditionOperator STRING_NOT_LIKE = of(BaseOperator.STRING_NOT_LIKE);
  /** {@code NumericEquals}. */
  public static final ConditionOperator NUMERIC_EQUALS = of(BaseOperator.NUMERIC_EQUALS);
  /** {@code NumericNotEquals}. */
  public static final ConditionOperator NUMERIC_NOT_EQUALS = of(BaseOperator.NUMERIC_NOT_EQUALS);
  /** {@code NumericLessThan}. */
  public static final ConditionOperator NUMERIC_LESS_THAN = of(BaseOperator.NUMERIC_LESS_THAN);
  /** {@code NumericLessThanEquals}. */
  public static final ConditionOperator NUMERIC_LESS_THAN_EQUALS = of(BaseOperator.NUMERIC_LESS_THAN_EQUALS);
  /** {@code NumericGreaterThan}. */
  public static final ConditionOperator NUMERIC_GREATER_THAN = of(BaseOperator.NUMERIC_GREATER_THAN);
  /** {@code NumericGreaterThanEquals}. */
  public static final ConditionOperator NUMERIC_GREATER_THAN_EQUALS = of(BaseOperator.NUMERIC_GREATER_THAN_EQUALS);
  /** {@code DateEquals}. */
  public static final ConditionOperator DATE_EQUALS = of(BaseOperator.DATE_EQUALS);
  /** {@code DateNotEquals}. */
  public static final ConditionOperator DATE_NOT_EQUALS = of(BaseOperator.DATE_NOT_EQUALS);
  /** {@code DateLessThan}. */
  public static final ConditionOperator DATE_LESS_THAN = of(BaseOperator.DATE_LESS_THAN);
  /** {@code DateLessThanEquals}. */
  public static final ConditionOperator DATE_LESS_THAN_EQUALS = of(BaseOperator.DATE_LESS_THAN_EQUALS);
  /** {@code DateGreaterThan}. */
  public static final ConditionOperator DATE_GREATER_THAN = of(BaseOperator.DATE_GREATER_THAN);
  /** {@code DateGreaterThanEquals}. */
  public static final ConditionOperator DATE_GREATER_THAN_EQUALS = of(BaseOperator.DATE_GREATER_THAN_EQUALS);
  /** {@code Bool}. */
  public static final ConditionOperator BOOL = of(BaseOperator.BOOL);
  /** {@code BinaryEquals}. */
  public static final ConditionOperator BINARY_EQUALS = of(BaseOperator.BINARY_EQUALS);
  /** {@code IpAddress}. */
  public static final ConditionOperator IP_ADDRESS = of(BaseOperator.IP_ADDRESS);
  /** {@code NotIpAddress}. */
  public static final ConditionOperator NOT_IP_ADDRESS = of(BaseOperator.NOT_IP_ADDRESS);
  /** {@code ArnEquals}. */
  public static final ConditionOperator ARN_EQUALS = of(BaseOperator.ARN_EQUALS);
  /** {@code ArnLike}. */
  public static final ConditionOperator ARN_LIKE = of(BaseOperator.ARN_LIKE);
  /** {@code ArnNotEquals}. */
  public static final ConditionOperator ARN_NOT_EQUALS = of(BaseOperator.ARN_NOT_EQUALS);
  /** {@code ArnNotLike}. */
  public static final ConditionOperator ARN_NOT_LIKE = of(BaseOperator.ARN_NOT_LIKE);
  /** {@code Null}. */
  public static final ConditionOperator NULL = of(BaseOperator.NULL);

  private static final String IF_EXISTS = "IfExists";

  /**
   * Every operator {@link #parse} knows (each base, with and without a qualifier and IfExists), built once from its
   * parts: a policy names few operators many times, and a shared one costs a lookup instead of a parse and an object.
   */
  private static final Map<String, ConditionOperator> KNOWN = known();

  private final String text;
  private final @Nullable SetQualifier qualifier;
  private final @Nullable BaseOperator base;
  private final boolean ifExists;

  private ConditionOperator(String text, @Nullable SetQualifier qualifier, @Nullable BaseOperator base, boolean ifExists) {
    this.text = text;
    this.qualifier = qualifier;
    this.base = base;
    this.ifExists = ifExists;
  }

  /**
   * Reads an operator name. Never fails: an unrecognised name gives an operator whose
   * {@link #isKnown()} is false.
   */
  public static ConditionOperator parse(String text) {
    Objects.requireNonNull(text, "text");
    ConditionOperator known = KNOWN.get(text);
    return known != null ? known : parseText(text);
  }

  private static Map<String, ConditionOperator> known() {
    Map<String, ConditionOperator> known = new HashMap<>();
    @Nullable SetQualifier[] qualifiers = {null, SetQualifier.FOR_ALL_VALUES, SetQualifier.FOR_ANY_VALUE};
    for (BaseOperator base : BaseOperator.values()) {
      for (@Nullable SetQualifier q : qualifiers) {
        for (boolean ifExists : base.allowsIfExists() ? new boolean[] {false, true} : new boolean[] {false}) {
          ConditionOperator op = build(q, base, ifExists);
          known.put(op.text, op);
        }
      }
    }
    return Map.copyOf(known);
  }

  /** {@link #parse} without the table of known operators. */
  static ConditionOperator parseText(String text) {
    // The rest after the qualifier is compared in place, without substrings.
    SetQualifier qualifier = null;
    int from = 0;
    int colon = text.indexOf(':');
    if (colon >= 0) {
      if (isQualifier(text, colon, SetQualifier.FOR_ALL_VALUES)) {
        qualifier = SetQualifier.FOR_ALL_VALUES;
      } else if (isQualifier(text, colon, SetQualifier.FOR_ANY_VALUE)) {
        qualifier = SetQualifier.FOR_ANY_VALUE;
      } else {
        return new ConditionOperator(text, null, null, false);
      }
      from = colon + 1;
    }
    BaseOperator exact = BaseOperator.find(text, from, text.length());
    if (exact != null) {
      return new ConditionOperator(text, qualifier, exact, false);
    }
    if (text.length() - from >= IF_EXISTS.length() && text.endsWith(IF_EXISTS)) {
      BaseOperator base = BaseOperator.find(text, from, text.length() - IF_EXISTS.length());
      if (base != null && base.allowsIfExists()) {
        return new ConditionOperator(text, qualifier, base, true);
      }
    }
    return new ConditionOperator(text, null, null, false);
  }

  /** Whether {@code text} up to {@code colon} is exactly the qualifier {@code q}. */
  private static boolean isQualifier(String text, int colon, SetQualifier q) {
    return colon == q.text().length() && text.startsWith(q.text());
  }

  /**
   * The operator {@code base} without qualifier or {@code IfExists}: {@code of(BaseOperator.STRING_LIKE)} is
   * {@code StringLike}. Each has a constant as well, such as {@link #STRING_LIKE}.
   */
  public static ConditionOperator of(BaseOperator base) {
    return of(base, false);
  }

  /**
   * The operator {@code base}, with the {@code IfExists} suffix when {@code ifExists}.
   *
   * @throws IllegalArgumentException if {@code ifExists} and the base has no IfExists form ({@code Null})
   */
  public static ConditionOperator of(BaseOperator base, boolean ifExists) {
    Objects.requireNonNull(base, "base");
    return build(null, base, ifExists);
  }

  /**
   * The operator {@code qualifier:base}, with the {@code IfExists} suffix when {@code ifExists}:
   * {@code of(SetQualifier.FOR_ANY_VALUE, BaseOperator.STRING_LIKE, true)} is {@code ForAnyValue:StringLikeIfExists}.
   *
   * @throws IllegalArgumentException if {@code ifExists} and the base has no IfExists form ({@code Null})
   */
  public static ConditionOperator of(SetQualifier qualifier, BaseOperator base, boolean ifExists) {
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(base, "base");
    return build(qualifier, base, ifExists);
  }

  private static ConditionOperator build(@Nullable SetQualifier qualifier, BaseOperator base, boolean ifExists) {
    if (ifExists && !base.allowsIfExists()) {
      throw new IllegalArgumentException(base + " has no IfExists form");
    }
    String text = (qualifier == null ? "" : qualifier.text() + ":") + base.text() + (ifExists ? IF_EXISTS : "");
    return new ConditionOperator(text, qualifier, base, ifExists);
  }

  /** The name as written. */
  public String text() {
    return text;
  }

  /** Whether the name is a valid operator: a known base with a well-formed qualifier and suffix. */
  public boolean isKnown() {
    return base != null;
  }

  /** The set qualifier, when present and the operator is known. */
  public Optional<SetQualifier> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  /** The base operator; empty when the name is not a known operator. */
  public Optional<BaseOperator> base() {
    return Optional.ofNullable(base);
  }

  /** Whether the {@code IfExists} suffix is present. */
  public boolean ifExists() {
    return ifExists;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConditionOperator other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
