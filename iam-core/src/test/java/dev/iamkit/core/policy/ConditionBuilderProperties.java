package dev.iamkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Condition.Builder hands its maps over without copying, and a built block never changes (S1.10)")
class ConditionBuilderProperties {
  private static final long SEED = 0x7C_0D_1F_10L;

  private static final List<String> OPERATORS = List.of("StringEquals", "stringequals", "STRINGEQUALS",
      "ForAnyValue:StringLike", "ForAllValues:StringEqualsIfExists", "Bool", "Null", "NumericLessThanIfExists",
      "NotAnOperator", "StringEquals\u0130", "\u212Aey", "", "ForAnyValue:");
  private static final List<String> KEYS = List.of("aws:SourceIp", "aws:sourceip", "AWS:SOURCEIP",
      "aws:PrincipalTag/team", "s3:\u212Aey", "aws:\u0130d", "aws:id", "", "x");
  private static final List<ConditionValue> VALUES = List.of(ConditionValue.string("a"), ConditionValue.string(""),
      ConditionValue.string("\u0130"), ConditionValue.number("1.5e3"), ConditionValue.bool(true));

  /** One step of a recipe: operator index, key index, value indexes (a bare value when the key index is even). */
  private static ConditionOperator operator(List<Integer> r) {
    return ConditionOperator.parse(OPERATORS.get(r.get(1) % OPERATORS.size()));
  }

  private static ConditionKey key(List<Integer> r) {
    return ConditionKey.of(KEYS.get(r.get(2) % KEYS.size()));
  }

  private static OneOrMany<ConditionValue> values(List<Integer> r) {
    List<ConditionValue> values = new ArrayList<>();
    for (int i = 3; i < r.size(); i++) {
      values.add(VALUES.get(r.get(i) % VALUES.size()));
    }
    return r.get(2) % 2 == 0 && values.size() == 1 ? OneOrMany.one(values.get(0)) : OneOrMany.list(values);
  }

  /** The maps the recipe describes; a step whose first index is 0 mod 4 adds its operator without keys. */
  private static Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> maps(List<List<Integer>> recipe) {
    Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> ops = new LinkedHashMap<>();
    for (List<Integer> r : recipe) {
      Map<ConditionKey, OneOrMany<ConditionValue>> keys = ops.computeIfAbsent(operator(r), o -> new LinkedHashMap<>());
      if (r.get(0) % 4 != 0) {
        keys.put(key(r), values(r));
      }
    }
    return ops;
  }

  private static void add(Condition.Builder b, List<Integer> r) {
    if (r.get(0) % 4 == 0) {
      b.addEmpty(operator(r));
    } else {
      b.add(operator(r), key(r), values(r));
    }
  }

  private static void assertSame(Condition actual, Condition expected) {
    assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
    assertThat(List.copyOf(actual.operators().keySet())).isEqualTo(List.copyOf(expected.operators().keySet()));
    expected.operators().forEach((op, keys) ->
        assertThat(List.copyOf(actual.operators().get(op).entrySet())).isEqualTo(List.copyOf(keys.entrySet())));
    assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
    assertThatThrownBy(() -> actual.operators().clear()).isInstanceOf(UnsupportedOperationException.class);
    actual.operators().values().forEach(keys ->
        assertThatThrownBy(keys::clear).isInstanceOf(UnsupportedOperationException.class));
  }

  @Test
  @DisplayName("S1.10: a built block equals Condition.of of the same maps, in the same order, unmodifiable, and keeps"
      + " its content while the builder goes on")
  void builder_equals_of_and_built_blocks_do_not_change() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(lists().of(lists().of(integers().between(0, 50)).ofSizeBetween(3, 6)).ofSizeBetween(0, 8),
            lists().of(lists().of(integers().between(0, 50)).ofSizeBetween(3, 6)).ofSizeBetween(0, 4))
        .checkAssert((first, more) -> {
          Condition.Builder b = Condition.builder();
          first.forEach(r -> add(b, r));
          Condition built = b.build();
          assertSame(built, Condition.of(maps(first)));
          assertSame(b.build(), built);
          more.forEach(r -> add(b, r));
          List<List<Integer>> all = new ArrayList<>(first);
          all.addAll(more);
          assertSame(b.build(), Condition.of(maps(all)));
          assertSame(built, Condition.of(maps(first)));
        });
  }
}
