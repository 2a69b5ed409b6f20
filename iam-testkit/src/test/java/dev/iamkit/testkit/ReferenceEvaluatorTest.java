package dev.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference evaluator read against the examples of the specification itself, so that it does not merely agree
 * with the engine: if both drifted the same way, these would still catch it.
 */
class ReferenceEvaluatorTest {
  private static final Principal ALICE = Principal.parse("arn:aws:iam::111122223333:user/alice");

  private static RequestContext request(String action, String resource) {
    return RequestContext.builder().principal(ALICE).action(action).resource(resource)
        .withDefaultPrincipalKeys().build();
  }

  @Test
  void s2_1_actions_match_ignoring_case_and_never_across_services() {
    assertThat(ReferenceEvaluator.actionMatches("IAM:listaccesskeys", "iam:ListAccessKeys")).isTrue();
    assertThat(ReferenceEvaluator.actionMatches("iam:*", "sts:AssumeRole")).isFalse();
    assertThat(ReferenceEvaluator.actionMatches("s3: GetObject", "s3:GetObject")).isFalse();
  }

  @Test
  void s2_2_the_resource_field_is_one_glob_and_the_others_stay_in_their_field() {
    RequestContext r = request("s3:GetObject", "arn:aws:s3:::bucket/1/2/test/3/x.jpg");
    assertThat(ReferenceEvaluator.resourceMatches("arn:aws:s3:::bucket/*/test/*", PolicyKind.IDENTITY, true, r))
        .isTrue();
    assertThat(ReferenceEvaluator.resourceMatches("arn:aws:s3:::bucket/*/test/*", PolicyKind.IDENTITY, true,
        request("s3:GetObject", "arn:aws:s3:::bucket/test/x.jpg"))).isFalse();
    assertThat(ReferenceEvaluator.resourceMatches("arn:aws:ec2:::instance/*", PolicyKind.IDENTITY, true,
        request("ec2:StartInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-1"))).isFalse();
    assertThat(ReferenceEvaluator.resourceMatches("arn:aws:s3:*", PolicyKind.IDENTITY, true, r)).isTrue();
    assertThat(ReferenceEvaluator.resourceMatches("arn:aws:s3:*", PolicyKind.RCP, true, r)).isFalse();
    assertThat(ReferenceEvaluator.resourceMatches("*", PolicyKind.IDENTITY, true, request("s3:ListAllMyBuckets", "*")))
        .isTrue();
    assertThat(ReferenceEvaluator.resourceMatches("arn:aws:s3:::*", PolicyKind.IDENTITY, true,
        request("s3:ListAllMyBuckets", "*"))).isFalse();
  }

  @Test
  void s3_10_arn_operators_keep_wildcards_inside_fields_where_string_like_does_not() {
    RequestContext r = request("s3:GetObject", "*");
    String pattern = "arn:aws:someservice:*:111122223333:finance/*";
    String value = "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt";
    assertThat(ReferenceEvaluator.compare(BaseOperator.ARN_LIKE, value, pattern, true, r)).isFalse();
    assertThat(ReferenceEvaluator.compare(BaseOperator.STRING_LIKE, value, pattern, true, r)).isTrue();
  }

  @Test
  void s3_2_and_s3_13_missing_keys_and_qualifiers() {
    RequestContext r = request("s3:GetObject", "*");
    List<ConditionValue> v = List.of(ConditionValue.string("x"));
    assertThat(ReferenceEvaluator.entry(ConditionOperator.parse("StringEquals"), "k", v, true, r))
        .isEqualTo(ReferenceEvaluator.Truth.FALSE);
    assertThat(ReferenceEvaluator.entry(ConditionOperator.parse("StringNotEquals"), "k", v, true, r))
        .isEqualTo(ReferenceEvaluator.Truth.TRUE);
    assertThat(ReferenceEvaluator.entry(ConditionOperator.parse("ForAllValues:StringEquals"), "k", v, true, r))
        .isEqualTo(ReferenceEvaluator.Truth.TRUE);
    assertThat(ReferenceEvaluator.entry(ConditionOperator.parse("ForAnyValue:StringEqualsIfExists"), "k", v, true, r))
        .isEqualTo(ReferenceEvaluator.Truth.TRUE);
    RequestContext tags = r.toBuilder().context("aws:TagKeys", ContextValue.strings(List.of("x", "y"))).build();
    assertThat(ReferenceEvaluator.entry(ConditionOperator.parse("StringEquals"), "aws:TagKeys", v, true, tags))
        .as("a multivalued key without a qualifier").isEqualTo(ReferenceEvaluator.Truth.FALSE);
    assertThat(ReferenceEvaluator.entry(ConditionOperator.parse("ForAnyValue:StringNotEquals"), "aws:tagkeys", v,
        true, tags)).isEqualTo(ReferenceEvaluator.Truth.TRUE);
    assertThat(ReferenceEvaluator.entry(ConditionOperator.parse("NumericEquals"), "k",
        List.of(ConditionValue.string("abc")), true, r)).isEqualTo(ReferenceEvaluator.Truth.UNREADABLE);
  }

  @Test
  void s4_variables_defaults_escapes_and_version_gating() {
    RequestContext r = request("s3:GetObject", "*");
    assertThat(ReferenceEvaluator.compare(BaseOperator.STRING_EQUALS, "alice", "${aws:username}", true, r)).isTrue();
    assertThat(ReferenceEvaluator.compare(BaseOperator.STRING_EQUALS, "alice", "${aws:username}", false, r)).isFalse();
    assertThat(ReferenceEvaluator.compare(BaseOperator.STRING_EQUALS, "d", "${aws:missing, 'd'}", true, r)).isTrue();
    assertThat(ReferenceEvaluator.compare(BaseOperator.STRING_LIKE, "a*b", "a${*}b", true, r)).isTrue();
    assertThat(ReferenceEvaluator.compare(BaseOperator.STRING_LIKE, "axb", "a${*}b", true, r)).isFalse();
    assertThat(ReferenceEvaluator.compare(BaseOperator.STRING_EQUALS, "${aws:username", "${aws:username", true, r))
        .isTrue();
  }

  @Test
  void s6_8_a_direct_resource_grant_allows_alone_in_the_same_account_but_not_across_accounts() {
    Policy bucket = Policy.builder().version(PolicyVersion.V2012_10_17).statement(Statement.builder()
        .effect(Effect.ALLOW).principal(PrincipalElement.of(PrincipalType.AWS, OneOrMany.one(ALICE.principalArn()
            .orElseThrow().toString()))).action("s3:GetObject").resource("arn:aws:s3:::b/*").build()).build();
    PolicySet set = PolicySet.builder().resourcePolicy(new NamedPolicy("bucket", bucket)).build();
    RequestContext own = RequestContext.builder().principal(ALICE).action("s3:GetObject").resource("arn:aws:s3:::b/k")
        .resourceAccount(dev.iamkit.core.arn.AccountId.parse("111122223333")).build();
    RequestContext other = own.toBuilder().resourceAccount(dev.iamkit.core.arn.AccountId.parse("444455556666")).build();
    assertThat(ReferenceEvaluator.evaluate(set, own).decision()).isEqualTo(Decision.ALLOW);
    assertThat(ReferenceEvaluator.evaluate(set, other).decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(ReferenceEvaluator.evaluate(set, other).blockingKind()).isEqualTo(PolicyKind.IDENTITY);
  }

  // ---- Rules the engine is still gaining (ReferenceDifferentialTest.PENDING) ----

  private static Policy policy(Statement... statements) {
    return Policy.builder().version(PolicyVersion.V2012_10_17).statements(List.of(statements)).build();
  }

  private static Statement.Builder allow(String action, String resource) {
    return Statement.builder().effect(Effect.ALLOW).action(action).resource(resource);
  }

  private static PrincipalElement aws(String... values) {
    return PrincipalElement.of(PrincipalType.AWS, OneOrMany.list(values));
  }

  @Test
  void s6_16_a_kms_key_policy_must_grant_even_in_the_key_account() {
    String key = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    RequestContext r = request("kms:Decrypt", key);
    NamedPolicy identity = new NamedPolicy("id", policy(allow("kms:Decrypt", "*").build()));
    assertThat(ReferenceEvaluator.evaluate(PolicySet.builder().identity(identity).build(), r).decision())
        .as("no key policy").isEqualTo(Decision.IMPLICIT_DENY);
    NamedPolicy enablesIam = new NamedPolicy("key", policy(allow("kms:*", "*")
        .principal(aws("arn:aws:iam::111122223333:root")).build()));
    assertThat(ReferenceEvaluator.evaluate(PolicySet.builder().identity(identity).resourcePolicy(enablesIam).build(), r)
        .decision()).as("the key policy enables IAM policies").isEqualTo(Decision.ALLOW);
    assertThat(ReferenceEvaluator.evaluate(PolicySet.builder().resourcePolicy(enablesIam).build(), r).decision())
        .as("an account grant alone").isEqualTo(Decision.IMPLICIT_DENY);
    NamedPolicy namesAlice = new NamedPolicy("key", policy(allow("kms:Decrypt", "*")
        .principal(aws("arn:aws:iam::111122223333:user/alice")).build()));
    assertThat(ReferenceEvaluator.evaluate(PolicySet.builder().resourcePolicy(namesAlice).build(), r).decision())
        .as("a principal the key policy names").isEqualTo(Decision.ALLOW);
  }

  @Test
  void s2_5_not_principal_with_allow_covers_a_listed_caller_only_through_its_account() {
    RequestContext r = RequestContext.builder().principal(ALICE).action("s3:GetObject").resource("arn:aws:s3:::b/k")
        .resourceAccount(dev.iamkit.core.arn.AccountId.parse("111122223333")).build();
    NamedPolicy bucket = new NamedPolicy("bucket", policy(allow("s3:GetObject", "arn:aws:s3:::b/*")
        .notPrincipal(aws("arn:aws:iam::111122223333:user/alice")).build()));
    assertThat(ReferenceEvaluator.evaluate(PolicySet.builder().resourcePolicy(bucket).build(), r).decision())
        .as("listed without its account: account class, the identity chain must allow")
        .isEqualTo(Decision.IMPLICIT_DENY);
    RequestContext bob = r.toBuilder().principal(Principal.parse("arn:aws:iam::111122223333:user/bob")).build();
    assertThat(ReferenceEvaluator.evaluate(PolicySet.builder().resourcePolicy(bucket).build(), bob).decision())
        .as("not listed: wildcard class").isEqualTo(Decision.ALLOW);
  }

  @Test
  void s3_14_an_unreadable_value_never_makes_an_allow_apply_nor_keeps_a_deny_from_applying() {
    RequestContext r = request("s3:GetObject", "arn:aws:s3:::b/k").toBuilder()
        .context("aws:SourceIp", ContextValue.ip("203.0.113.5")).build();
    Statement allowBad = allow("s3:GetObject", "*").condition(dev.iamkit.core.policy.Condition.builder()
        .add(ConditionOperator.parse("NotIpAddress"), "aws:SourceIp", "123456789012").build()).build();
    Statement denyBad = allowBad.toBuilder().effect(Effect.DENY).build();
    assertThat(ReferenceEvaluator.evaluate(PolicySet.builder().identity(policy(allowBad)).build(), r).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(ReferenceEvaluator.evaluate(PolicySet.builder().identity(policy(allow("s3:*", "*").build(), denyBad))
        .build(), r).decision()).isEqualTo(Decision.EXPLICIT_DENY);
  }

  @Test
  void s6_16_a_vpc_endpoint_policy_gates_requests_through_the_endpoint() {
    RequestContext r = request("s3:GetObject", "arn:aws:s3:::b/k").toBuilder()
        .context("aws:SourceVpce", ContextValue.string("vpce-1a2b3c4d")).build();
    PolicySet set = PolicySet.builder().identity(policy(allow("s3:*", "*").build())).build();
    NamedPolicy endpoint = new NamedPolicy("endpoint", policy(allow("s3:PutObject", "*").principal(
        PrincipalElement.wildcard()).build()));
    assertThat(ReferenceEvaluator.evaluate(set, r, endpoint).decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(ReferenceEvaluator.evaluate(set, r.toBuilder().action("s3:PutObject").build(), endpoint).decision())
        .isEqualTo(Decision.ALLOW);
    assertThat(ReferenceEvaluator.evaluate(set, request("s3:GetObject", "arn:aws:s3:::b/k"), endpoint).decision())
        .as("not through the endpoint").isEqualTo(Decision.ALLOW);
  }
}
