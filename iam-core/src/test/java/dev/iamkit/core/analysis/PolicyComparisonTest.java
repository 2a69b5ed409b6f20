package dev.iamkit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyComparisonTest {
  private static final PolicyComparison IDENTITY = PolicyComparison.of(PolicyKind.IDENTITY);

  static Statement.Builder allow(String action, String... resources) {
    return Statement.builder().effect(Effect.ALLOW).action(action).resource(resources);
  }

  static Statement.Builder deny(String action, String... resources) {
    return Statement.builder().effect(Effect.DENY).action(action).resource(resources);
  }

  static Policy policy(Statement.Builder... statements) {
    Policy.Builder b = Policy.builder().version(PolicyVersion.V2012_10_17).statementArray(true);
    Arrays.stream(statements).forEach(s -> b.statement(s.build()));
    return b.build();
  }

  static Condition when(String operator, String key, String... values) {
    return Condition.builder().add(ConditionOperator.parse(operator), key, values).build();
  }

  static PrincipalElement aws(String... values) {
    return PrincipalElement.of(PrincipalType.AWS, values.length == 1 ? OneOrMany.one(values[0])
        : OneOrMany.list(Arrays.asList(values)));
  }

  static ComparisonResult widening(PolicyComparison comparison, Policy older, Policy newer) {
    ComparisonResult r = comparison.compare(older, newer);
    assertThat(r.isNoMorePermissive()).as("%s", r).isFalse();
    assertThat(r.complete()).isTrue();
    for (Counterexample c : r.counterexamples()) {
      assertThat(c.newer().decision()).isEqualTo(Decision.ALLOW);
      assertThat(c.older().decision()).isNotEqualTo(Decision.ALLOW);
      assertThat(c.grantingStatements()).isNotEmpty();
    }
    return r;
  }

  static ComparisonResult equivalent(PolicyComparison comparison, Policy a, Policy b) {
    ComparisonResult forward = comparison.compare(a, b);
    ComparisonResult backward = comparison.compare(b, a);
    assertThat(forward.isNoMorePermissive()).as("%s", forward).isTrue();
    assertThat(backward.isNoMorePermissive()).as("%s", backward).isTrue();
    assertThat(forward.complete()).as("%s", forward).isTrue();
    assertThat(backward.complete()).as("%s", backward).isTrue();
    return forward;
  }

  @Nested
  class Widenings {
    @Test
    void a_wider_wildcard_is_found_with_an_action_only_the_new_one_matches() {
      ComparisonResult r = widening(IDENTITY, policy(allow("s3:GetObject", "arn:aws:s3:::reports/*")),
          policy(allow("s3:Get*", "arn:aws:s3:::reports/*")));
      Counterexample c = r.counterexamples().get(0);
      assertThat(c.request().action()).startsWith("s3:").isNotEqualToIgnoringCase("s3:GetObject");
      assertThat(c.request().resource()).startsWith("arn:aws:s3:::reports/");
      assertThat(c.older().decision()).isEqualTo(Decision.IMPLICIT_DENY);
      assertThat(c.grantingStatements()).singleElement().satisfies(m -> assertThat(m.policyName()).isEqualTo("newer"));
    }

    @Test
    void a_wider_resource_wildcard_is_found() {
      ComparisonResult r = widening(IDENTITY, policy(allow("s3:GetObject", "arn:aws:s3:::reports/public/*")),
          policy(allow("s3:GetObject", "arn:aws:s3:::reports/*")));
      assertThat(r.counterexamples()).allSatisfy(c ->
          assertThat(c.request().resource()).startsWith("arn:aws:s3:::reports/").doesNotStartWith("arn:aws:s3:::reports/public/"));
    }

    @Test
    void a_dropped_condition_is_found_with_the_key_absent_or_false() {
      ComparisonResult r = widening(IDENTITY,
          policy(allow("s3:GetObject", "*").condition(when("Bool", "aws:SecureTransport", "true"))),
          policy(allow("s3:GetObject", "*")));
      assertThat(r.counterexamples()).allSatisfy(c -> assertThat(c.request().get("aws:SecureTransport")
          .map(v -> v.values().get(0))).isNotEqualTo(java.util.Optional.of("true")));
    }

    @Test
    void a_removed_deny_is_found_and_the_old_deny_is_named() {
      Policy older = policy(allow("s3:*", "*"), deny("s3:DeleteBucket", "*").sid("NoBucketDeletes"));
      ComparisonResult r = widening(IDENTITY, older, policy(allow("s3:*", "*")));
      Counterexample c = r.counterexamples().get(0);
      assertThat(c.request().action()).isEqualToIgnoringCase("s3:DeleteBucket");
      assertThat(c.older().decision()).isEqualTo(Decision.EXPLICIT_DENY);
      assertThat(c.denyingStatements()).singleElement()
          .satisfies(m -> assertThat(m.sid()).contains("NoBucketDeletes"));
    }

    @Test
    void a_not_action_allow_widens_to_every_other_service() {
      Statement.Builder notAction = Statement.builder().effect(Effect.ALLOW)
          .notAction(OneOrMany.one(dev.iamkit.core.policy.Action.of("iam:*"))).resource("*");
      ComparisonResult r = widening(IDENTITY, policy(allow("s3:*", "*")), policy(notAction));
      assertThat(r.counterexamples()).anySatisfy(c -> assertThat(c.request().action()).doesNotStartWith("s3:"));
    }

    @Test
    void a_wider_ip_range_is_found_at_its_edge() {
      ComparisonResult r = widening(IDENTITY,
          policy(allow("s3:GetObject", "*").condition(when("IpAddress", "aws:SourceIp", "203.0.113.0/25"))),
          policy(allow("s3:GetObject", "*").condition(when("IpAddress", "aws:SourceIp", "203.0.113.0/24"))));
      assertThat(r.counterexamples()).first().satisfies(c -> assertThat(c.request().get("aws:SourceIp")
          .orElseThrow().values()).singleElement().isIn("203.0.113.128", "203.0.113.255"));
    }

    @Test
    void a_later_date_is_found_between_the_two_bounds() {
      ComparisonResult r = widening(IDENTITY,
          policy(allow("s3:GetObject", "*").condition(when("DateLessThan", "aws:CurrentTime", "2026-01-01T00:00:00Z"))),
          policy(allow("s3:GetObject", "*").condition(when("DateLessThan", "aws:CurrentTime", "2026-07-01T00:00:00Z"))));
      assertThat(r.counterexamples()).first().satisfies(c -> assertThat(c.request().get("aws:CurrentTime")
          .orElseThrow().values().get(0)).isGreaterThanOrEqualTo("2026-01-01").isLessThan("2026-07-01"));
    }

    @Test
    void a_new_principal_in_a_resource_policy_is_found() {
      PolicyComparison resource = PolicyComparison.of(PolicyKind.RESOURCE);
      Statement.Builder alice = allow("s3:GetObject", "arn:aws:s3:::reports/*")
          .principal(aws("arn:aws:iam::111122223333:user/alice"));
      Statement.Builder both = allow("s3:GetObject", "arn:aws:s3:::reports/*")
          .principal(aws("arn:aws:iam::111122223333:user/alice", "arn:aws:iam::444455556666:user/bob"));
      ComparisonResult r = widening(resource, policy(alice), policy(both));
      assertThat(r.counterexamples()).allSatisfy(c ->
          assertThat(c.request().principal().toString()).contains("444455556666:user/bob"));
    }

    @Test
    void a_numeric_bound_one_higher_is_found_at_the_new_bound() {
      ComparisonResult r = widening(IDENTITY,
          policy(allow("sts:AssumeRole", "*").condition(when("NumericLessThanEquals", "sts:DurationSeconds", "3600"))),
          policy(allow("sts:AssumeRole", "*").condition(when("NumericLessThan", "sts:DurationSeconds", "3601"))));
      assertThat(r.counterexamples()).first().satisfies(c -> assertThat(c.request().get("sts:DurationSeconds")
          .orElseThrow().values().get(0)).isEqualTo("3600.5"));
    }

    @Test
    void a_for_any_value_instead_of_for_all_values_is_found_with_a_list() {
      ComparisonResult r = widening(IDENTITY,
          policy(allow("ec2:CreateTags", "*").condition(when("ForAllValues:StringEquals", "aws:TagKeys", "team", "env"))),
          policy(allow("ec2:CreateTags", "*").condition(when("ForAnyValue:StringEquals", "aws:TagKeys", "team", "env"))));
      assertThat(r.counterexamples()).first().satisfies(c ->
          assertThat(c.request().get("aws:TagKeys").orElseThrow().values()).hasSizeGreaterThan(1));
    }
  }

  @Nested
  class EquivalentRewrites {
    @Test
    void reordered_statements_are_equivalent() {
      Statement.Builder read = allow("s3:GetObject", "arn:aws:s3:::reports/*");
      Statement.Builder noSecret = deny("s3:*", "arn:aws:s3:::reports/secret/*");
      Statement.Builder list = allow("s3:ListBucket", "arn:aws:s3:::reports")
          .condition(when("StringLike", "s3:prefix", "public/*"));
      equivalent(IDENTITY, policy(read, noSecret, list), policy(list, read, noSecret));
    }

    @Test
    void split_statements_are_equivalent() {
      Policy together = policy(Statement.builder().effect(Effect.ALLOW).action("s3:GetObject", "s3:PutObject")
          .resource("arn:aws:s3:::a/*", "arn:aws:s3:::b/*"));
      Policy split = policy(allow("s3:GetObject", "arn:aws:s3:::a/*", "arn:aws:s3:::b/*"),
          allow("s3:PutObject", "arn:aws:s3:::a/*"), allow("s3:PutObject", "arn:aws:s3:::b/*"));
      equivalent(IDENTITY, together, split);
    }

    @Test
    void case_changes_in_action_names_are_equivalent() {
      equivalent(IDENTITY, policy(allow("s3:GetObject", "*"), allow("EC2:Describe*", "*")),
          policy(allow("S3:getobject", "*"), allow("ec2:describe*", "*")));
    }

    @Test
    void a_condition_on_the_same_bound_written_twice_is_equivalent() {
      equivalent(IDENTITY,
          policy(allow("s3:GetObject", "*").condition(when("NumericLessThan", "s3:max-keys", "10"))),
          policy(allow("s3:GetObject", "*").condition(when("NumericLessThan", "s3:max-keys", "10", "5"))));
    }

    @Test
    void s3_get_star_equals_the_list_of_every_get_action_of_the_service_reference() {
      String[] gets = ServiceCatalog.instance().actionNames("s3").stream().filter(n -> n.startsWith("Get"))
          .map(n -> "s3:" + n).toArray(String[]::new);
      assertThat(gets).hasSizeGreaterThan(20);
      Policy star = policy(allow("s3:Get*", "*"));
      Policy list = policy(Statement.builder().effect(Effect.ALLOW).action(gets).resource("*"));
      equivalent(IDENTITY.withServiceReferenceActions(), star, list);
      // Over every action string, s3:Get* also grants Get actions AWS adds later.
      ComparisonResult future = IDENTITY.compare(list, star);
      assertThat(future.isNoMorePermissive()).isFalse();
      assertThat(future.counterexamples().get(0).request().action()).startsWithIgnoringCase("s3:get");
    }

    @Test
    void a_narrower_policy_is_no_more_permissive() {
      ComparisonResult r = IDENTITY.compare(policy(allow("s3:*", "arn:aws:s3:::reports/*")),
          policy(allow("s3:GetObject", "arn:aws:s3:::reports/2026/*")));
      assertThat(r.isNoMorePermissive()).isTrue();
      assertThat(r.complete()).isTrue();
      assertThat(r.requestsEvaluated()).isPositive();
    }
  }

  @Nested
  class Kinds {
    @Test
    void a_trust_policy_that_adds_a_service_is_found_with_that_service_as_caller() {
      Statement.Builder ec2 = Statement.builder().effect(Effect.ALLOW).action("sts:AssumeRole")
          .principal(PrincipalElement.of(PrincipalType.SERVICE, OneOrMany.one("ec2.amazonaws.com")));
      Statement.Builder both = Statement.builder().effect(Effect.ALLOW).action("sts:AssumeRole")
          .principal(PrincipalElement.of(PrincipalType.SERVICE,
              OneOrMany.list(List.of("ec2.amazonaws.com", "lambda.amazonaws.com"))));
      ComparisonResult r = widening(PolicyComparison.of(PolicyKind.TRUST), policy(ec2), policy(both));
      assertThat(r.counterexamples()).allSatisfy(c ->
          assertThat(c.request().principal().toString()).contains("lambda.amazonaws.com"));
      equivalent(PolicyComparison.of(PolicyKind.TRUST), policy(both), policy(both));
    }

    @Test
    void an_scp_without_its_region_deny_is_found_beside_an_identity_policy_allowing_everything() {
      Statement.Builder denyRegions = deny("*", "*").condition(when("StringNotEquals", "aws:RequestedRegion",
          "eu-west-1", "eu-central-1"));
      ComparisonResult r = widening(PolicyComparison.of(PolicyKind.SCP), policy(allow("*", "*"), denyRegions),
          policy(allow("*", "*")));
      Counterexample c = r.counterexamples().get(0);
      assertThat(c.setting()).contains("identity policy allowing everything");
      assertThat(c.request().get("aws:RequestedRegion").map(v -> v.values().get(0)))
          .isNotIn(java.util.Optional.of("eu-west-1"), java.util.Optional.of("eu-central-1"));
    }

    @Test
    void a_boundary_and_a_session_policy_widen_like_identity_policies() {
      Policy narrow = policy(allow("s3:GetObject", "*"));
      Policy wide = policy(allow("s3:*", "*"));
      widening(PolicyComparison.of(PolicyKind.PERMISSIONS_BOUNDARY), narrow, wide);
      widening(PolicyComparison.of(PolicyKind.SESSION), narrow, wide);
      assertThat(PolicyComparison.of(PolicyKind.SESSION).compare(wide, narrow).isNoMorePermissive()).isTrue();
    }

    @Test
    void granting_a_session_instead_of_its_role_widens_past_a_boundary_or_session_policy() {
      PolicyComparison resource = PolicyComparison.of(PolicyKind.RESOURCE);
      Policy role = policy(allow("sqs:SendMessage", "arn:aws:sqs:us-east-1:111122223333:jobs")
          .principal(aws("arn:aws:iam::111122223333:role/Deploy")));
      Policy session = policy(allow("sqs:SendMessage", "arn:aws:sqs:us-east-1:111122223333:jobs")
          .principal(aws("arn:aws:sts::111122223333:assumed-role/Deploy/ci")));
      // S6.7, S6.8: a grant to the role is limited by the caller's boundary and session policy, one to the session
      // ARN is not; the difference shows only beside a boundary or session policy that allows nothing.
      ComparisonResult r = widening(resource, role, session);
      assertThat(r.counterexamples()).allSatisfy(c -> {
        assertThat(c.request().principal().toString()).contains("assumed-role/Deploy/ci");
        assertThat(c.setting()).containsAnyOf("a permissions boundary allowing nothing", "a session policy allowing nothing");
      });
    }

    @Test
    void a_resource_policy_granting_the_account_instead_of_a_user_of_it_widens_for_the_other_callers_of_that_account() {
      PolicyComparison resource = PolicyComparison.of(PolicyKind.RESOURCE);
      Policy alice = policy(allow("s3:GetObject", "arn:aws:s3:::reports/*").principal(aws("arn:aws:iam::444455556666:user/alice")));
      Policy account = policy(allow("s3:GetObject", "arn:aws:s3:::reports/*").principal(aws("444455556666")));
      ComparisonResult r = widening(resource, alice, account);
      assertThat(r.counterexamples()).allSatisfy(c ->
          assertThat(c.request().principal().toString()).contains("444455556666").doesNotContain("user/alice"));
      // Its root user needs no identity policy (S6.11); its users and roles need one that allows (S6.10).
      assertThat(r.counterexamples()).anySatisfy(c -> assertThat(c.setting()).isEqualTo("no identity policy"))
          .anySatisfy(c -> assertThat(c.setting()).contains("identity policy allowing everything"));
    }
  }

  @Nested
  class Limits {
    @Test
    void policy_variables_make_the_result_incomplete_and_say_why() {
      Policy p = policy(allow("s3:GetObject", "arn:aws:s3:::home/${aws:username}/*"));
      ComparisonResult r = IDENTITY.compare(p, p);
      assertThat(r.isNoMorePermissive()).isTrue();
      assertThat(r.complete()).isFalse();
      assertThat(r.incompleteReasons()).singleElement().asString().contains("${aws:username}");
    }

    @Test
    void a_variable_widening_is_still_found() {
      ComparisonResult r = IDENTITY.compare(policy(allow("s3:GetObject", "arn:aws:s3:::home/${aws:username}/*")),
          policy(allow("s3:GetObject", "arn:aws:s3:::home/*")));
      assertThat(r.isNoMorePermissive()).isFalse();
      assertThat(r.complete()).isTrue();
    }

    @Test
    void the_request_cap_makes_the_result_incomplete() {
      Policy p = policy(allow("s3:GetObject", "*").condition(when("StringLike", "s3:prefix", "a*", "b*")));
      ComparisonResult r = IDENTITY.withMaxRequests(3).compare(p, p);
      assertThat(r.complete()).isFalse();
      assertThat(r.requestsEvaluated()).isEqualTo(3);
      assertThat(r.incompleteReasons()).anySatisfy(s -> assertThat(s).contains("stopped after 3"));
    }

    @Test
    void bad_arguments_are_rejected() {
      assertThatThrownBy(() -> IDENTITY.withMaxRequests(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> IDENTITY.compare(null, policy(allow("s3:GetObject", "*"))))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("older");
    }
  }
}
