package dev.iamkit.core.policy;

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
  public static final ConditionOperator STRING_EQUALS = parse("StringEquals");
  public static final ConditionOperator STRING_NOT_EQUALS = parse("StringNotEquals");
  public static final ConditionOperator STRING_LIKE = parse("StringLike");
  public static final ConditionOperator STRING_NOT_LIKE = parse("StringNotLike");
  public static final ConditionOperator BOOL = parse("Bool");
  public static final ConditionOperator NULL = parse("Null");
  public static final ConditionOperator IP_ADDRESS = parse("IpAddress");
  public static final ConditionOperator ARN_LIKE = parse("ArnLike");

  private static final String IF_EXISTS = "IfExists";

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
    String rest = text;
    SetQualifier qualifier = null;
    int colon = rest.indexOf(':');
    if (colon >= 0) {
      String q = rest.substring(0, colon);
      if (q.equals(SetQualifier.FOR_ALL_VALUES.text())) {
        qualifier = SetQualifier.FOR_ALL_VALUES;
      } else if (q.equals(SetQualifier.FOR_ANY_VALUE.text())) {
        qualifier = SetQualifier.FOR_ANY_VALUE;
      } else {
        return new ConditionOperator(text, null, null, false);
      }
      rest = rest.substring(colon + 1);
    }
    Optional<BaseOperator> exact = BaseOperator.fromText(rest);
    if (exact.isPresent()) {
      return new ConditionOperator(text, qualifier, exact.get(), false);
    }
    if (rest.endsWith(IF_EXISTS)) {
      Optional<BaseOperator> base = BaseOperator.fromText(rest.substring(0, rest.length() - IF_EXISTS.length()));
      if (base.isPresent() && base.get().allowsIfExists()) {
        return new ConditionOperator(text, qualifier, base.get(), true);
      }
    }
    return new ConditionOperator(text, null, null, false);
  }

  /** Builds an operator from its parts. */
  public static ConditionOperator of(Optional<SetQualifier> qualifier, BaseOperator base, boolean ifExists) {
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(base, "base");
    if (ifExists && !base.allowsIfExists()) {
      throw new IllegalArgumentException(base + " has no IfExists form");
    }
    String text = qualifier.map(q -> q.text() + ":").orElse("") + base.text() + (ifExists ? IF_EXISTS : "");
    return new ConditionOperator(text, qualifier.orElse(null), base, ifExists);
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
