package dev.iamkit.core.policy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Cheap invariants of the core value types (STYLE "Tests"): equals/hashCode by value with guava-testlib's
 * {@link EqualsTester}, and {@link NullPointerTester} for every public constructor, static factory and
 * instance method (parameters annotated {@code @Nullable} are exempt).
 */
class ValueTypesTest {

  private static NullPointerTester tester() {
    Statement statement = Statement.builder().effect(Effect.ALLOW).action("s3:GetObject").resource("*").build();
    return new NullPointerTester()
        .setDefault(Arn.class, Arn.parse("arn:aws:s3:::bucket/key"))
        .setDefault(AccountId.class, AccountId.parse("111122223333"))
        .setDefault(Action.class, Action.of("s3:GetObject"))
        .setDefault(Resource.class, Resource.ALL)
        .setDefault(ConditionKey.class, ConditionKey.of("aws:SourceIp"))
        .setDefault(ConditionOperator.class, ConditionOperator.STRING_EQUALS)
        .setDefault(ConditionValue.class, ConditionValue.string("v"))
        .setDefault(ConditionValue.Type.class, ConditionValue.Type.STRING)
        .setDefault(OneOrMany.class, OneOrMany.one("x"))
        .setDefault(PrincipalElement.class, PrincipalElement.wildcard())
        .setDefault(PrincipalType.class, PrincipalType.AWS)
        .setDefault(Condition.class, Condition.empty())
        .setDefault(Statement.class, statement)
        .setDefault(Policy.class, Policy.builder().statement(statement).build())
        .setDefault(Effect.class, Effect.ALLOW)
        .setDefault(PolicyVersion.class, PolicyVersion.V2012_10_17)
        .setDefault(PolicyKind.class, PolicyKind.IDENTITY)
        .setDefault(BaseOperator.class, BaseOperator.STRING_EQUALS)
        .setDefault(SetQualifier.class, SetQualifier.FOR_ANY_VALUE)
        .setDefault(Severity.class, Severity.ERROR)
        .setDefault(ProblemCode.class, ProblemCode.DUPLICATE_SID)
        .setDefault(SourcePosition.class, new SourcePosition(1, 1))
        .setDefault(String.class, "s3:GetObject");
  }

  private static Statement.Builder allowGet() {
    return Statement.builder().effect(Effect.ALLOW).action("s3:GetObject").resource("*");
  }

  @Nested
  class Equality {
    @Test
    void arn_is_equal_by_text() {
      new EqualsTester()
          .addEqualityGroup(Arn.parse("arn:aws:s3:::bucket/key"), Arn.of("aws", "s3", "", "", "bucket/key"),
              Arn.parse("arn:aws:s3:::bucket/other").withResource("bucket/key"))
          .addEqualityGroup(Arn.parse("arn:aws:s3:::bucket/Key"))
          .addEqualityGroup(Arn.parse("arn:aws:s3:::bucket/key:x"))
          .addEqualityGroup(Arn.parse("arn:aws:iam::111122223333:user/alice"))
          .addEqualityGroup(Arn.parse("arn:aws:iam::111122223333:user/alice").withRegion("us-east-1"))
          .testEquals();
    }

    @Test
    void account_id_is_equal_by_digits() {
      new EqualsTester()
          .addEqualityGroup(AccountId.parse("111122223333"), AccountId.tryParse("111122223333").orElseThrow())
          .addEqualityGroup(AccountId.parse("444455556666"))
          .testEquals();
    }

    @Test
    @DisplayName("Action and Resource are equal by text as written, case included (S1.12, round trip)")
    void action_and_resource_are_equal_by_text() {
      new EqualsTester()
          .addEqualityGroup(Action.of("s3:GetObject"), Action.of("s3:GetObject"))
          .addEqualityGroup(Action.of("S3:getobject"))
          .addEqualityGroup(Action.of("*"), Action.ALL)
          .addEqualityGroup(Resource.of("*"), Resource.ALL)
          .addEqualityGroup(Resource.of("arn:aws:s3:::b/*"), Resource.of("arn:aws:s3:::b/*"))
          .addEqualityGroup(Resource.of("arn:aws:s3:::B/*"))
          .testEquals();
    }

    @Test
    void condition_key_operator_and_value_are_equal_by_text_and_type() {
      new EqualsTester()
          .addEqualityGroup(ConditionKey.of("aws:SourceIp"), ConditionKey.of("aws:SourceIp"))
          .addEqualityGroup(ConditionKey.of("aws:sourceip"))
          .addEqualityGroup(ConditionOperator.parse("StringEquals"), ConditionOperator.STRING_EQUALS,
              ConditionOperator.of(BaseOperator.STRING_EQUALS, false))
          .addEqualityGroup(ConditionOperator.parse("ForAnyValue:StringEqualsIfExists"),
              ConditionOperator.of(SetQualifier.FOR_ANY_VALUE, BaseOperator.STRING_EQUALS, true))
          .addEqualityGroup(ConditionOperator.parse("stringequals"))
          .addEqualityGroup(ConditionValue.string("10"), new ConditionValue("10", ConditionValue.Type.STRING))
          .addEqualityGroup(ConditionValue.number("10"))
          .addEqualityGroup(ConditionValue.number("10.0"))
          .addEqualityGroup(ConditionValue.bool(true), new ConditionValue("true", ConditionValue.Type.BOOLEAN))
          .addEqualityGroup(ConditionValue.string("true"))
          .testEquals();
    }

    @Test
    @DisplayName("OneOrMany takes the written form into account (S1.1)")
    void one_or_many_is_equal_by_values_and_form() {
      new EqualsTester()
          .addEqualityGroup(OneOrMany.one("a"), new OneOrMany<>(List.of("a"), false))
          .addEqualityGroup(OneOrMany.list("a"), OneOrMany.list(List.of("a")))
          .addEqualityGroup(OneOrMany.list("a", "b"))
          .addEqualityGroup(OneOrMany.list("b", "a"))
          .addEqualityGroup(OneOrMany.list())
          .testEquals();
    }

    @Test
    void principal_element_is_equal_by_form_and_entries() {
      new EqualsTester()
          .addEqualityGroup(PrincipalElement.wildcard(), PrincipalElement.wildcard())
          .addEqualityGroup(PrincipalElement.of(PrincipalType.AWS, OneOrMany.one("*")),
              PrincipalElement.of(Map.of(PrincipalType.AWS, OneOrMany.one("*"))))
          .addEqualityGroup(PrincipalElement.of(PrincipalType.AWS, OneOrMany.list("*")))
          .addEqualityGroup(PrincipalElement.of(PrincipalType.SERVICE, OneOrMany.one("lambda.amazonaws.com")))
          .addEqualityGroup(PrincipalElement.of(Map.of()))
          .testEquals();
    }

    @Test
    @DisplayName("Condition equality ignores the order of operators and keys (S1.1 member order is free)")
    void condition_is_equal_by_content_in_any_order() {
      Condition ab = Condition.builder()
          .add(ConditionOperator.STRING_EQUALS, "aws:PrincipalTag/team", "blue")
          .add(ConditionOperator.BOOL, "aws:SecureTransport", "true")
          .build();
      Condition ba = Condition.builder()
          .add(ConditionOperator.BOOL, "aws:SecureTransport", "true")
          .add(ConditionOperator.STRING_EQUALS, "aws:PrincipalTag/team", "blue")
          .build();
      new EqualsTester()
          .addEqualityGroup(ab, ba)
          .addEqualityGroup(Condition.builder().add(ConditionOperator.STRING_EQUALS, "aws:PrincipalTag/team", "red")
              .add(ConditionOperator.BOOL, "aws:SecureTransport", "true").build())
          .addEqualityGroup(Condition.empty(), Condition.of(Map.of()), Condition.builder().build())
          .addEqualityGroup(Condition.builder().addEmpty(ConditionOperator.NULL).build())
          .testEquals();
    }

    @Test
    void statement_is_equal_by_every_element() {
      new EqualsTester()
          .addEqualityGroup(allowGet().build(), allowGet().build(), allowGet().build().toBuilder().build())
          .addEqualityGroup(allowGet().sid("A").build())
          .addEqualityGroup(allowGet().effect(Effect.DENY).build())
          .addEqualityGroup(allowGet().action(OneOrMany.list(Action.of("s3:GetObject"))).build())
          .addEqualityGroup(allowGet().action((OneOrMany<Action>) null).notAction(OneOrMany.one(Action.of("s3:GetObject"))).build())
          .addEqualityGroup(allowGet().resource("arn:aws:s3:::b").build())
          .addEqualityGroup(allowGet().resource((OneOrMany<Resource>) null).notResource(OneOrMany.one(Resource.ALL)).build())
          .addEqualityGroup(allowGet().principal(PrincipalElement.wildcard()).build())
          .addEqualityGroup(allowGet().notPrincipal(PrincipalElement.wildcard()).build())
          .addEqualityGroup(allowGet().condition(Condition.empty()).build())
          .testEquals();
    }

    @Test
    void policy_is_equal_by_version_id_statements_and_form() {
      Statement s = allowGet().build();
      Statement t = allowGet().sid("T").build();
      new EqualsTester()
          .addEqualityGroup(Policy.builder().version(null).statement(s).build(), Policy.builder().version(null).statement(s).build(),
              Policy.builder().version(null).statement(s).statementArray(false).build().toBuilder().build())
          .addEqualityGroup(Policy.builder().version(null).statement(s).statementArray(true).build())
          .addEqualityGroup(Policy.builder().version(PolicyVersion.V2012_10_17).statement(s).build())
          .addEqualityGroup(Policy.builder().version(PolicyVersion.V2008_10_17).statement(s).build())
          .addEqualityGroup(Policy.builder().id("x").statement(s).build())
          .addEqualityGroup(Policy.builder().statement(s).statement(t).build())
          .addEqualityGroup(Policy.builder().statement(t).statement(s).build())
          .addEqualityGroup(Policy.builder().build())
          .testEquals();
    }

    @Test
    void policy_problem_is_equal_by_every_part() {
      PolicyProblem p = PolicyProblem.error(ProblemCode.DUPLICATE_SID, "Duplicate Sid \"A\"", "/Statement/1/Sid");
      new EqualsTester()
          .addEqualityGroup(p, PolicyProblem.of(Severity.ERROR, ProblemCode.DUPLICATE_SID, "Duplicate Sid \"A\"",
              "/Statement/1/Sid"))
          .addEqualityGroup(PolicyProblem.warning(ProblemCode.DUPLICATE_SID, "Duplicate Sid \"A\"", "/Statement/1/Sid"))
          .addEqualityGroup(PolicyProblem.error(ProblemCode.INVALID_SID, "Duplicate Sid \"A\"", "/Statement/1/Sid"))
          .addEqualityGroup(PolicyProblem.error(ProblemCode.DUPLICATE_SID, "other", "/Statement/1/Sid"))
          .addEqualityGroup(PolicyProblem.error(ProblemCode.DUPLICATE_SID, "Duplicate Sid \"A\"", "/Statement/2/Sid"))
          .addEqualityGroup(p.withPosition(new SourcePosition(3, 7)), p.withPosition(new SourcePosition(3, 7)))
          .addEqualityGroup(p.withPosition(new SourcePosition(3, 8)))
          .testEquals();
    }
  }

  @Nested
  class Nulls {
    @Test
    void arn_and_account_id_reject_null_arguments() {
      NullPointerTester t = tester();
      t.testAllPublicStaticMethods(Arn.class);
      t.testAllPublicInstanceMethods(Arn.parse("arn:aws:s3:::bucket/key"));
      t.testAllPublicConstructors(AccountId.class);
      t.testAllPublicStaticMethods(AccountId.class);
      t.testAllPublicInstanceMethods(AccountId.parse("111122223333"));
    }

    @Test
    void action_resource_and_condition_key_reject_null_arguments() {
      NullPointerTester t = tester();
      t.testAllPublicStaticMethods(Action.class);
      t.testAllPublicInstanceMethods(Action.of("s3:GetObject"));
      t.testAllPublicStaticMethods(Resource.class);
      t.testAllPublicInstanceMethods(Resource.of("arn:aws:s3:::b/*"));
      t.testAllPublicStaticMethods(ConditionKey.class);
      t.testAllPublicInstanceMethods(ConditionKey.of("aws:SourceIp"));
    }

    @Test
    void condition_operator_and_value_reject_null_arguments() {
      NullPointerTester t = tester();
      t.testAllPublicStaticMethods(ConditionOperator.class);
      t.testAllPublicInstanceMethods(ConditionOperator.parse("ForAnyValue:StringLikeIfExists"));
      t.testAllPublicConstructors(ConditionValue.class);
      t.testAllPublicStaticMethods(ConditionValue.class);
      t.testAllPublicInstanceMethods(ConditionValue.number("10"));
    }

    @Test
    void one_or_many_and_principal_element_reject_null_arguments() {
      NullPointerTester t = tester();
      t.testAllPublicConstructors(OneOrMany.class);
      t.testAllPublicStaticMethods(OneOrMany.class);
      t.testAllPublicInstanceMethods(OneOrMany.list("a", "b"));
      t.testAllPublicStaticMethods(PrincipalElement.class);
      t.testAllPublicInstanceMethods(PrincipalElement.of(PrincipalType.AWS, OneOrMany.one("111122223333")));
    }

    @Test
    void condition_statement_and_policy_and_their_builders_reject_null_arguments() {
      NullPointerTester t = tester();
      t.testAllPublicStaticMethods(Condition.class);
      t.testAllPublicInstanceMethods(Condition.builder().add(ConditionOperator.BOOL, "aws:SecureTransport", "true").build());
      t.testAllPublicInstanceMethods(Condition.builder());
      t.testAllPublicStaticMethods(Statement.class);
      t.testAllPublicInstanceMethods(allowGet().sid("S").condition(Condition.empty()).build());
      t.testAllPublicInstanceMethods(allowGet());
      t.testAllPublicStaticMethods(Policy.class);
      t.testAllPublicInstanceMethods(Policy.builder().statement(allowGet().build()).build());
      t.testAllPublicInstanceMethods(Policy.builder());
    }

    @Test
    void policy_problem_rejects_null_arguments() {
      NullPointerTester t = tester();
      t.testAllPublicStaticMethods(PolicyProblem.class);
      t.testAllPublicInstanceMethods(PolicyProblem.warning(ProblemCode.ID_DISCOURAGED, "Id in identity policy", ""));
    }
  }
}
