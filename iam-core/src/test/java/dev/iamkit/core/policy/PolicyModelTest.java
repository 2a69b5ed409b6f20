package dev.iamkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyModelTest {

  @Nested
  class ActionValue {
    @Test
    @DisplayName("S2.1: service and name are lower-cased with Locale.ROOT (tests run in Turkish)")
    void service_and_name_are_lower_cased_in_root_locale() {
      Action a = Action.of("IAM:ListInstanceProfiles");
      assertThat(a.service()).isEqualTo("iam");
      assertThat(a.name()).isEqualTo("listinstanceprofiles");
      assertThat(a.text()).isEqualTo("IAM:ListInstanceProfiles");
    }

    @Test
    void star_is_the_shared_all_instance_and_has_no_service() {
      assertThat(Action.of("*")).isSameAs(Action.ALL);
      assertThat(Action.ALL.service()).isEmpty();
    }
  }

  @Nested
  class OneOrManyValue {
    @Test
    @DisplayName("S1.1: a bare value and a one-element array are distinct forms of the same values")
    void keeps_the_form() {
      assertThat(OneOrMany.one("a")).isNotEqualTo(OneOrMany.list("a"));
      assertThat(OneOrMany.one("a").values()).isEqualTo(OneOrMany.list("a").values());
    }

    @Test
    void bare_form_holds_exactly_one_value() {
      assertThatThrownBy(() -> new OneOrMany<>(List.of("a", "b"), false))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one");
      assertThat(OneOrMany.list().isEmpty()).isTrue();
    }
  }

  @Nested
  class ConditionValues {
    @Test
    @DisplayName("S3.14: numbers keep their JSON text and booleans their type")
    void keeps_json_text_and_type() {
      assertThat(ConditionValue.number("10.0").text()).isEqualTo("10.0");
      assertThat(ConditionValue.bool(true)).isEqualTo(new ConditionValue("true", ConditionValue.Type.BOOLEAN));
      assertThat(ConditionValue.bool(true)).isNotEqualTo(ConditionValue.string("true"));
    }

    @Test
    void rejects_malformed_literals() {
      assertThatThrownBy(() -> ConditionValue.number("1.")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ConditionValue.number("01")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new ConditionValue("True", ConditionValue.Type.BOOLEAN))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(ConditionValue.number("-1.5e+3").text()).isEqualTo("-1.5e+3");
    }
  }

  @Nested
  class Equality {
    @Test
    @DisplayName("S1.1: condition member order does not change the value; statement order does")
    void condition_order_is_ignored_statement_order_is_not() {
      Condition c1 = Condition.builder()
          .add(ConditionOperator.STRING_EQUALS, "aws:PrincipalTag/team", "blue")
          .add(ConditionOperator.BOOL, "aws:SecureTransport", "true").build();
      Condition c2 = Condition.builder()
          .add(ConditionOperator.BOOL, "aws:SecureTransport", "true")
          .add(ConditionOperator.STRING_EQUALS, "aws:PrincipalTag/team", "blue").build();
      assertThat(c1).isEqualTo(c2).hasSameHashCodeAs(c2);

      Statement a = Statement.builder().effect(Effect.ALLOW).action("s3:GetObject").resource("*").condition(c1).build();
      Statement b = Statement.builder().effect(Effect.DENY).action("s3:*").resource("*").build();
      Policy p1 = Policy.builder().statement(a).statement(b).build();
      Policy p2 = Policy.builder().statement(b).statement(a).build();
      assertThat(p1).isNotEqualTo(p2);
      assertThat(p1).isEqualTo(Policy.builder().statement(a).statement(b).build());
    }

    @Test
    void to_builder_round_trips() {
      Statement s = Statement.builder().sid("S1").effect(Effect.ALLOW)
          .principal(PrincipalElement.of(Map.of(PrincipalType.AWS, OneOrMany.one("111122223333"))))
          .action("sts:AssumeRole").build();
      assertThat(s.toBuilder().build()).isEqualTo(s);
      Policy p = Policy.builder().version(PolicyVersion.V2012_10_17).id("x").statement(s).build();
      assertThat(p.toBuilder().build()).isEqualTo(p);
      assertThat(p.statementArray()).isFalse();
    }
  }

  @Test
  void statement_needs_an_effect() {
    assertThatThrownBy(() -> Statement.builder().action("s3:*").build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("effect");
  }

  @Test
  void single_object_statement_form_needs_exactly_one_statement() {
    assertThatThrownBy(() -> Policy.builder().statementArray(false).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one statement");
  }

  @Test
  @DisplayName("S1.2: only exact version texts are recognised; variables need 2012-10-17")
  void version_texts_are_exact() {
    assertThat(PolicyVersion.fromText("2012-10-17")).contains(PolicyVersion.V2012_10_17);
    assertThat(PolicyVersion.fromText("2013-10-17")).isEmpty();
    assertThat(Policy.builder().version(null).statement(Statement.builder().effect(Effect.ALLOW).build()).build()
        .supportsVariables()).isFalse();
  }

  @Test
  @DisplayName("S1.2: a new policy says Version 2012-10-17 unless told otherwise")
  void builder_defaults_to_version_2012_10_17() {
    Statement s = Statement.builder().effect(Effect.ALLOW).action("s3:GetObject").resource("*").build();
    assertThat(Policy.builder().statement(s).build().version()).contains(PolicyVersion.V2012_10_17);
    assertThat(Policy.builder().statement(s).build().supportsVariables()).isTrue();
    assertThat(Policy.builder().version(null).statement(s).build().version()).isEmpty();
    Policy old = Policy.builder().version(PolicyVersion.V2008_10_17).statement(s).build();
    assertThat(old.toBuilder().build().version()).contains(PolicyVersion.V2008_10_17);
  }

  @Test
  @DisplayName("S1.6: Effect is case-sensitive")
  void effect_is_case_sensitive() {
    assertThat(Effect.fromText("Allow")).contains(Effect.ALLOW);
    assertThat(Effect.fromText("allow")).isEmpty();
  }

  @Test
  void problem_codes_have_kebab_case_ids() {
    assertThat(ProblemCode.DUPLICATE_SID.id()).isEqualTo("duplicate-sid");
    assertThat(ProblemCode.DUPLICATE_SID.awsMessage()).isEqualTo("Statement IDs (SID) in a single policy must be unique.");
    PolicyProblem p = PolicyProblem.error(ProblemCode.DUPLICATE_SID, "Duplicate Sid \"a\"", "/Statement/1/Sid")
        .withPosition(new SourcePosition(3, 7));
    assertThat(p).hasToString("error: Duplicate Sid \"a\" [duplicate-sid] at /Statement/1/Sid (line 3, column 7)");
  }
}
