package dev.iamkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionOperatorTest {

  @Test
  @DisplayName("S1.10: qualifier, base operator and IfExists are recognised")
  void parses_all_three_parts() {
    ConditionOperator op = ConditionOperator.parse("ForAnyValue:StringLikeIfExists");
    assertThat(op.isKnown()).isTrue();
    assertThat(op.qualifier()).contains(SetQualifier.FOR_ANY_VALUE);
    assertThat(op.base()).contains(BaseOperator.STRING_LIKE);
    assertThat(op.ifExists()).isTrue();
  }

  @Test
  @DisplayName("S1.10: all 27 base operators parse, each with IfExists except Null")
  void every_base_operator_parses() {
    for (BaseOperator base : BaseOperator.values()) {
      assertThat(ConditionOperator.parse(base.text()).base()).contains(base);
      assertThat(ConditionOperator.parse(base.text() + "IfExists").isKnown()).isEqualTo(base != BaseOperator.NULL);
    }
    assertThat(BaseOperator.values()).hasSize(27);
  }

  @ParameterizedTest
  @DisplayName("S1.10, S1.12: unknown names, bad qualifiers and wrong case are not known operators")
  @ValueSource(strings = {"x", "stringequals", "ForAnyValue::StringEqualsIfExists", "ForSomeValues:StringEquals",
      "NullIfExists", "StringEqualsIfExistsIfExists", "IfExists", ""})
  void unknown_operators_round_trip_but_are_not_known(String text) {
    ConditionOperator op = ConditionOperator.parse(text);
    assertThat(op.isKnown()).isFalse();
    assertThat(op.base()).isEmpty();
    assertThat(op.text()).isEqualTo(text);
  }

  @Test
  void offers_a_constant_for_every_base_operator() throws ReflectiveOperationException {
    for (BaseOperator base : BaseOperator.values()) {
      Object constant = ConditionOperator.class.getField(base.name()).get(null);
      assertThat(constant).as(base.name()).isEqualTo(ConditionOperator.of(base))
          .isEqualTo(ConditionOperator.parse(base.text()));
    }
    assertThat(ConditionOperator.STRING_LIKE.text()).isEqualTo("StringLike");
    assertThat(ConditionOperator.NOT_IP_ADDRESS.base()).contains(BaseOperator.NOT_IP_ADDRESS);
  }

  @Test
  void builds_from_parts() {
    assertThat(ConditionOperator.of(SetQualifier.FOR_ALL_VALUES, BaseOperator.STRING_NOT_EQUALS, true))
        .isEqualTo(ConditionOperator.parse("ForAllValues:StringNotEqualsIfExists"));
    assertThatThrownBy(() -> ConditionOperator.of(BaseOperator.NULL, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("S3.1: each negated operator knows its positive form")
  void negated_operators_map_to_their_positive_form() {
    for (BaseOperator base : BaseOperator.values()) {
      assertThat(base.positive().isNegated()).isFalse();
      assertThat(base.positive().family()).isEqualTo(base.family());
    }
    assertThat(BaseOperator.ARN_NOT_LIKE.positive()).isEqualTo(BaseOperator.ARN_LIKE);
    assertThat(BaseOperator.NOT_IP_ADDRESS.positive()).isEqualTo(BaseOperator.IP_ADDRESS);
  }
}
