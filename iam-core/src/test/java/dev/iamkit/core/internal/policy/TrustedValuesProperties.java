package dev.iamkit.core.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TrustedValues gives the values the public factories give (S1.10)")
class TrustedValuesProperties {
  private static final long SEED = 0x7C_0D_1F_10L;

  private static final List<String> OPERATORS = List.of("StringEquals", "stringequals", "STRINGEQUALS",
      "ForAnyValue:StringLike", "ForAllValues:StringEqualsIfExists", "Bool", "Null", "NumericLessThanIfExists",
      "NotAnOperator", "StringEquals\u0130", "\u212Aey", "", "ForAnyValue:");
  private static final List<String> KEYS = List.of("aws:SourceIp", "aws:sourceip", "AWS:SOURCEIP",
      "aws:PrincipalTag/team", "s3:\u212Aey", "aws:\u0130d", "aws:id", "", "x");
  private static final List<ConditionValue> VALUES = List.of(ConditionValue.string("a"), ConditionValue.string(""),
      ConditionValue.string("\u0130"), ConditionValue.number("1.5e3"), ConditionValue.bool(true));

  /** Builds the same maps twice from one recipe: operator index, key index, value indexes (-1: a bare value). */
  private static Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> build(List<List<Integer>> recipe) {
    Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> ops = new LinkedHashMap<>();
    Map<ConditionKey, OneOrMany<ConditionValue>> keys = null;
    for (List<Integer> r : recipe) {
      if (keys == null || r.get(0) % 3 == 0) {
        keys = new LinkedHashMap<>();
        ops.put(ConditionOperator.parse(OPERATORS.get(r.get(1) % OPERATORS.size())), keys);
      }
      List<ConditionValue> values = new ArrayList<>();
      for (int i = 3; i < r.size(); i++) {
        values.add(VALUES.get(r.get(i) % VALUES.size()));
      }
      boolean bare = r.get(2) % 2 == 0 && values.size() == 1;
      keys.put(ConditionKey.of(KEYS.get(r.get(2) % KEYS.size())), bare ? OneOrMany.one(values.get(0))
          : OneOrMany.list(values));
    }
    return ops;
  }

  @Test
  @DisplayName("S1.10: a trusted Condition equals Condition.of of the same maps, in the same order and as unmodifiable")
  void trusted_condition_equals_public_condition() {
    qt().withFixedSeed(SEED).withExamples(2000)
        .forAll(lists().of(lists().of(integers().between(0, 50)).ofSizeBetween(3, 6)).ofSizeBetween(0, 8))
        .checkAssert(recipe -> {
          Condition expected = Condition.of(build(recipe));
          Condition trusted = TrustedValues.condition(build(recipe));
          assertThat(trusted).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
          assertThat(List.copyOf(trusted.operators().keySet())).isEqualTo(List.copyOf(expected.operators().keySet()));
          expected.operators().forEach((op, keys) ->
              assertThat(List.copyOf(trusted.operators().get(op).entrySet())).isEqualTo(List.copyOf(keys.entrySet())));
          assertThat(trusted.isEmpty()).isEqualTo(expected.isEmpty());
          assertThatThrownBy(() -> trusted.operators().clear()).isInstanceOf(UnsupportedOperationException.class);
          trusted.operators().values().forEach(keys ->
              assertThatThrownBy(keys::clear).isInstanceOf(UnsupportedOperationException.class));
        });
  }

  @Test
  @DisplayName("The trusted factory is installed once, by Condition")
  void installed_once() {
    assertThat(TrustedValues.condition(new LinkedHashMap<>())).isEqualTo(Condition.empty());
    assertThatThrownBy(() -> TrustedValues.install(ops -> Condition.empty())).isInstanceOf(IllegalStateException.class);
  }
}
