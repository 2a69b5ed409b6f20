package dev.iamkit.testkit;

import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.SetQualifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Condition block of a {@link Policies} statement under construction: one method per condition
 * operator (S3), each adding one key with its values and returning the plain block for the next one.
 * {@link #forAllValues()}, {@link #forAnyValue()} and {@link #ifExists()} return a view whose next operator
 * carries that qualifier or the {@code IfExists} suffix; they combine. Several values of one key are ORed (S3.1); keys and operators are ANDed.
 *
 * <pre>{@code
 * Policies.allow("s3:PutObject").on("arn:aws:s3:::reports/*").when(c -> c
 *     .stringEquals("aws:PrincipalTag/team", "blue", "red")
 *     .forAllValues().stringLike("aws:TagKeys", "team", "cost-*")
 *     .ifExists().numericLessThan("aws:MultiFactorAuthAge", 3600)
 *     .bool("aws:SecureTransport", true)
 *     .isNull("aws:TokenIssueTime", false));
 * }</pre>
 *
 * <p>Mutable (views share the block), not thread-safe; obtained only inside {@link Policies.StatementDraft#when}.
 */
public final class Conditions {
  private final Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> block;
  private final Optional<SetQualifier> qualifier;
  private final boolean ifExists;
  private final @Nullable Conditions root;

  Conditions() {
    this(new LinkedHashMap<>(), Optional.empty(), false, null);
  }

  private Conditions(Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> block,
      Optional<SetQualifier> qualifier, boolean ifExists, @Nullable Conditions root) {
    this.block = block;
    this.qualifier = qualifier;
    this.ifExists = ifExists;
    this.root = root;
  }

  /** A view whose operators say {@code ForAllValues:} (every value of a multivalued key must match, S3.13). */
  public Conditions forAllValues() {
    return new Conditions(block, Optional.of(SetQualifier.FOR_ALL_VALUES), ifExists, plain());
  }

  /** A view whose operators say {@code ForAnyValue:} (some value of a multivalued key must match, S3.13). */
  public Conditions forAnyValue() {
    return new Conditions(block, Optional.of(SetQualifier.FOR_ANY_VALUE), ifExists, plain());
  }

  /** A view whose operators end in {@code IfExists} (true when the key is absent, S3.12). */
  public Conditions ifExists() {
    return new Conditions(block, qualifier, true, plain());
  }

  /** {@code Bool} on {@code key} with a JSON boolean value (S3.7). */
  public Conditions bool(String key, boolean value) {
    return put(BaseOperator.BOOL, key, List.of(ConditionValue.bool(value)));
  }

  /**
   * {@code Null} on {@code key} (S3.11): {@code true} holds when the key is absent from the request,
   * {@code false} when it is present. Never qualified, never {@code IfExists}.
   */
  public Conditions isNull(String key, boolean absent) {
    return put(BaseOperator.NULL, key, List.of(ConditionValue.string(Boolean.toString(absent))));
  }

  /** {@code StringEquals} on {@code key} with string values (S3). */
  public Conditions stringEquals(String key, String... values) {
    return put(BaseOperator.STRING_EQUALS, key, strings(values));
  }

  /** {@code StringNotEquals} on {@code key} with string values (S3). */
  public Conditions stringNotEquals(String key, String... values) {
    return put(BaseOperator.STRING_NOT_EQUALS, key, strings(values));
  }

  /** {@code StringEqualsIgnoreCase} on {@code key} with string values (S3). */
  public Conditions stringEqualsIgnoreCase(String key, String... values) {
    return put(BaseOperator.STRING_EQUALS_IGNORE_CASE, key, strings(values));
  }

  /** {@code StringNotEqualsIgnoreCase} on {@code key} with string values (S3). */
  public Conditions stringNotEqualsIgnoreCase(String key, String... values) {
    return put(BaseOperator.STRING_NOT_EQUALS_IGNORE_CASE, key, strings(values));
  }

  /** {@code StringLike} on {@code key} with string values (S3). */
  public Conditions stringLike(String key, String... values) {
    return put(BaseOperator.STRING_LIKE, key, strings(values));
  }

  /** {@code StringNotLike} on {@code key} with string values (S3). */
  public Conditions stringNotLike(String key, String... values) {
    return put(BaseOperator.STRING_NOT_LIKE, key, strings(values));
  }

  /** {@code NumericEquals} on {@code key} with string values (S3). */
  public Conditions numericEquals(String key, String... values) {
    return put(BaseOperator.NUMERIC_EQUALS, key, strings(values));
  }

  /** {@code NumericEquals} on {@code key} with a JSON number value. */
  public Conditions numericEquals(String key, long value) {
    return put(BaseOperator.NUMERIC_EQUALS, key, List.of(ConditionValue.number(Long.toString(value))));
  }

  /** {@code NumericNotEquals} on {@code key} with string values (S3). */
  public Conditions numericNotEquals(String key, String... values) {
    return put(BaseOperator.NUMERIC_NOT_EQUALS, key, strings(values));
  }

  /** {@code NumericNotEquals} on {@code key} with a JSON number value. */
  public Conditions numericNotEquals(String key, long value) {
    return put(BaseOperator.NUMERIC_NOT_EQUALS, key, List.of(ConditionValue.number(Long.toString(value))));
  }

  /** {@code NumericLessThan} on {@code key} with string values (S3). */
  public Conditions numericLessThan(String key, String... values) {
    return put(BaseOperator.NUMERIC_LESS_THAN, key, strings(values));
  }

  /** {@code NumericLessThan} on {@code key} with a JSON number value. */
  public Conditions numericLessThan(String key, long value) {
    return put(BaseOperator.NUMERIC_LESS_THAN, key, List.of(ConditionValue.number(Long.toString(value))));
  }

  /** {@code NumericLessThanEquals} on {@code key} with string values (S3). */
  public Conditions numericLessThanEquals(String key, String... values) {
    return put(BaseOperator.NUMERIC_LESS_THAN_EQUALS, key, strings(values));
  }

  /** {@code NumericLessThanEquals} on {@code key} with a JSON number value. */
  public Conditions numericLessThanEquals(String key, long value) {
    return put(BaseOperator.NUMERIC_LESS_THAN_EQUALS, key, List.of(ConditionValue.number(Long.toString(value))));
  }

  /** {@code NumericGreaterThan} on {@code key} with string values (S3). */
  public Conditions numericGreaterThan(String key, String... values) {
    return put(BaseOperator.NUMERIC_GREATER_THAN, key, strings(values));
  }

  /** {@code NumericGreaterThan} on {@code key} with a JSON number value. */
  public Conditions numericGreaterThan(String key, long value) {
    return put(BaseOperator.NUMERIC_GREATER_THAN, key, List.of(ConditionValue.number(Long.toString(value))));
  }

  /** {@code NumericGreaterThanEquals} on {@code key} with string values (S3). */
  public Conditions numericGreaterThanEquals(String key, String... values) {
    return put(BaseOperator.NUMERIC_GREATER_THAN_EQUALS, key, strings(values));
  }

  /** {@code NumericGreaterThanEquals} on {@code key} with a JSON number value. */
  public Conditions numericGreaterThanEquals(String key, long value) {
    return put(BaseOperator.NUMERIC_GREATER_THAN_EQUALS, key, List.of(ConditionValue.number(Long.toString(value))));
  }

  /** {@code DateEquals} on {@code key} with string values (S3). */
  public Conditions dateEquals(String key, String... values) {
    return put(BaseOperator.DATE_EQUALS, key, strings(values));
  }

  /** {@code DateNotEquals} on {@code key} with string values (S3). */
  public Conditions dateNotEquals(String key, String... values) {
    return put(BaseOperator.DATE_NOT_EQUALS, key, strings(values));
  }

  /** {@code DateLessThan} on {@code key} with string values (S3). */
  public Conditions dateLessThan(String key, String... values) {
    return put(BaseOperator.DATE_LESS_THAN, key, strings(values));
  }

  /** {@code DateLessThanEquals} on {@code key} with string values (S3). */
  public Conditions dateLessThanEquals(String key, String... values) {
    return put(BaseOperator.DATE_LESS_THAN_EQUALS, key, strings(values));
  }

  /** {@code DateGreaterThan} on {@code key} with string values (S3). */
  public Conditions dateGreaterThan(String key, String... values) {
    return put(BaseOperator.DATE_GREATER_THAN, key, strings(values));
  }

  /** {@code DateGreaterThanEquals} on {@code key} with string values (S3). */
  public Conditions dateGreaterThanEquals(String key, String... values) {
    return put(BaseOperator.DATE_GREATER_THAN_EQUALS, key, strings(values));
  }

  /** {@code BinaryEquals} on {@code key} with string values (S3). */
  public Conditions binaryEquals(String key, String... values) {
    return put(BaseOperator.BINARY_EQUALS, key, strings(values));
  }

  /** {@code IpAddress} on {@code key} with string values (S3). */
  public Conditions ipAddress(String key, String... values) {
    return put(BaseOperator.IP_ADDRESS, key, strings(values));
  }

  /** {@code NotIpAddress} on {@code key} with string values (S3). */
  public Conditions notIpAddress(String key, String... values) {
    return put(BaseOperator.NOT_IP_ADDRESS, key, strings(values));
  }

  /** {@code ArnEquals} on {@code key} with string values (S3). */
  public Conditions arnEquals(String key, String... values) {
    return put(BaseOperator.ARN_EQUALS, key, strings(values));
  }

  /** {@code ArnLike} on {@code key} with string values (S3). */
  public Conditions arnLike(String key, String... values) {
    return put(BaseOperator.ARN_LIKE, key, strings(values));
  }

  /** {@code ArnNotEquals} on {@code key} with string values (S3). */
  public Conditions arnNotEquals(String key, String... values) {
    return put(BaseOperator.ARN_NOT_EQUALS, key, strings(values));
  }

  /** {@code ArnNotLike} on {@code key} with string values (S3). */
  public Conditions arnNotLike(String key, String... values) {
    return put(BaseOperator.ARN_NOT_LIKE, key, strings(values));
  }

  /**
   * Any operator by its policy text (for example {@code "ForAnyValue:StringLikeIfExists"}, or one AWS added
   * after this release), with string values; the view's qualifier and {@code IfExists} are not applied.
   */
  public Conditions operator(String operator, String key, String... values) {
    return put(ConditionOperator.parse(Objects.requireNonNull(operator, "operator")), key, strings(values));
  }

  /** Any operator with values of any JSON type. */
  public Conditions operator(ConditionOperator operator, String key, ConditionValue... values) {
    Objects.requireNonNull(values, "values");
    return put(Objects.requireNonNull(operator, "operator"), key, List.of(values));
  }

  boolean isEmpty() {
    return block.isEmpty();
  }

  Condition toCondition() {
    return Condition.of(block);
  }

  private Conditions put(BaseOperator base, String key, List<ConditionValue> values) {
    boolean suffix = ifExists && base != BaseOperator.NULL;
    if (base == BaseOperator.NULL || qualifier.isEmpty()) {
      return put(ConditionOperator.of(base, suffix), key, values);
    }
    return put(ConditionOperator.of(qualifier.get(), base, suffix), key, values);
  }

  private Conditions put(ConditionOperator operator, String key, List<ConditionValue> values) {
    Objects.requireNonNull(key, "key");
    OneOrMany<ConditionValue> v = values.size() == 1 ? OneOrMany.one(values.get(0)) : OneOrMany.list(values);
    block.computeIfAbsent(operator, o -> new LinkedHashMap<>()).put(ConditionKey.of(key), v);
    return plain();
  }

  private Conditions plain() {
    return root == null ? this : root;
  }

  private static List<ConditionValue> strings(String[] values) {
    Objects.requireNonNull(values, "values");
    List<ConditionValue> out = new ArrayList<>(values.length);
    for (String v : values) {
      out.add(ConditionValue.string(Objects.requireNonNull(v, "value")));
    }
    return out;
  }
}
