package dev.iamkit.core.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A statement's {@code Condition} block: operator to key to one or many values (S1.10, S3). Different
 * operators and different keys are ANDed; several values for one key are ORed (NOR for negated
 * operators, S3.1). Iteration order is document order; equality ignores it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Condition c = Condition.builder()
 *     .add(ConditionOperator.STRING_EQUALS, "aws:PrincipalTag/team", "blue")
 *     .add(ConditionOperator.BOOL, ConditionKey.of("aws:SecureTransport"), OneOrMany.one(ConditionValue.bool(true)))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html">Condition</a>
 */
public final class Condition {
  private static final Condition EMPTY = new Condition(Map.of());

  private final Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> operators;

  private Condition(Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> operators) {
    this.operators = operators;
  }

  /** The empty block {@code {}}. */
  public static Condition empty() {
    return EMPTY;
  }

  /** A block with the given operators, keys and values; iteration order is kept for writing. */
  public static Condition of(Map<ConditionOperator, ? extends Map<ConditionKey, OneOrMany<ConditionValue>>> operators) {
    Objects.requireNonNull(operators, "operators");
    Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> copy = new LinkedHashMap<>();
    operators.forEach((op, keys) -> {
      Objects.requireNonNull(op, "operator");
      Objects.requireNonNull(keys, "keys");
      Map<ConditionKey, OneOrMany<ConditionValue>> k = new LinkedHashMap<>();
      keys.forEach((key, values) -> k.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(values, "values")));
      copy.put(op, Collections.unmodifiableMap(k));
    });
    return new Condition(Collections.unmodifiableMap(copy));
  }

  /** A builder that keeps insertion order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Operator to key to values, in document order. */
  public Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> operators() {
    return operators;
  }

  /** Whether the block is {@code {}}. */
  public boolean isEmpty() {
    return operators.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Condition other && operators.equals(other.operators);
  }

  @Override
  public int hashCode() {
    return operators.hashCode();
  }

  @Override
  public String toString() {
    return operators.toString();
  }

  /**
   * Builds a {@link Condition}; not thread-safe. {@link #build} hands its maps to the block without copying them;
   * a change after it first copies them, so a block never changes.
   */
  public static final class Builder {
    /**
     * The room of a new map of the builder: a block holds one or two operators, an operator one or two keys, nearly
     * always; a map of the default room would hash into a table of 16 slots.
     */
    private static final int ROOM = 4;

    private Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> operators = new LinkedHashMap<>(ROOM);
    /** Whether {@link #operators} belongs to a built block: it is copied before the next change. */
    private boolean handedOver;

    private Builder() {}

    /** The maps to change: the builder's own, copied first if a built block holds them. */
    private Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> changeable() {
      if (handedOver) {
        Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> copy = new LinkedHashMap<>();
        operators.forEach((op, keys) -> copy.put(op, new LinkedHashMap<>(keys)));
        operators = copy;
        handedOver = false;
      }
      return operators;
    }

    /** Adds (or replaces) the values of {@code key} under {@code operator}. */
    public Builder add(ConditionOperator operator, ConditionKey key, OneOrMany<ConditionValue> values) {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(values, "values");
      changeable().computeIfAbsent(operator, o -> new LinkedHashMap<>(ROOM)).put(key, values);
      return this;
    }

    /** Adds string values: one bare value, or an array when several are given. */
    public Builder add(ConditionOperator operator, String key, String... values) {
      OneOrMany<ConditionValue> v = values.length == 1
          ? OneOrMany.one(ConditionValue.string(values[0]))
          : OneOrMany.list(java.util.Arrays.stream(values).map(ConditionValue::string).toList());
      return add(operator, ConditionKey.of(key), v);
    }

    /** Adds an operator with no keys ({@code "Op": {}}); an operator already added keeps its keys. */
    public Builder addEmpty(ConditionOperator operator) {
      changeable().computeIfAbsent(Objects.requireNonNull(operator, "operator"), o -> new LinkedHashMap<>(ROOM));
      return this;
    }

    /** The block. */
    public Condition build() {
      if (operators.isEmpty()) {
        return EMPTY;
      }
      if (!handedOver) {
        // Wraps the maps in place (only the builder holds them); the next change copies them first.
        operators.replaceAll((op, keys) -> Collections.unmodifiableMap(keys));
        handedOver = true;
      }
      return new Condition(Collections.unmodifiableMap(operators));
    }
  }
}
