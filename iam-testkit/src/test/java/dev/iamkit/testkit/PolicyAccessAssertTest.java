package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;
import static dev.iamkit.testkit.IamAssertions.assertThatThrownBy;

import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.ProblemCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The "allows ... on ..." questions of {@link AbstractPolicyAssert}; S6 (evaluation), S3 (conditions). */
class PolicyAccessAssertTest {
  private static final Policy REPORTS = Policies.allow("s3:GetObject", "s3:ListBucket").on("arn:aws:s3:::reports/*")
      .when(c -> c.bool("aws:SecureTransport", true)).sid("ReadReports")
      .and().deny("s3:GetObject").on("arn:aws:s3:::reports/secret/*").sid("NoSecrets")
      .build();
  private static final Policy OFFICE = Policies.allow("s3:GetObject").on("*")
      .when(c -> c.ipAddress("aws:SourceIp", "203.0.113.0/24")).build();

  @Nested
  class Allows {
    @Test
    void passes_when_allowed_and_chains() {
      assertThat(REPORTS)
          .allows("s3:GetObject").withContext("aws:SecureTransport", "true").on("arn:aws:s3:::reports/q1.csv")
          .doesNotAllow("s3:GetObject").on("arn:aws:s3:::reports/q1.csv")
          .doesNotAllow("s3:GetObject").withContext("aws:SecureTransport", "true").on("arn:aws:s3:::reports/secret/x")
          .doesNotAllow("s3:PutObject").withContext("aws:SecureTransport", "true").on("arn:aws:s3:::reports/q1.csv");
    }

    @Test
    void context_values_are_typed_by_the_key() {
      assertThat(OFFICE).allows("s3:GetObject").withContext("aws:SourceIp", "203.0.113.5").on("arn:aws:s3:::b/k")
          .doesNotAllow("s3:GetObject").withContext("aws:SourceIp", "198.51.100.7").on("arn:aws:s3:::b/k");
      Policy tags = Policies.allow("s3:GetObject").on("*")
          .when(c -> c.forAllValues().stringEquals("aws:TagKeys", "team", "env")).build();
      assertThat(tags).allows("s3:GetObject").withContext("aws:TagKeys", "team").on("arn:aws:s3:::b/k")
          .doesNotAllow("s3:GetObject").withContext("aws:TagKeys", "team", "owner").on("arn:aws:s3:::b/k");
    }

    @Test
    void several_actions_and_resources_must_all_be_allowed() {
      assertThat(REPORTS).withContext("aws:SecureTransport", "true")
          .allows("s3:GetObject", "s3:ListBucket").on("arn:aws:s3:::reports/a", "arn:aws:s3:::reports/b");
      assertThatThrownBy(() -> assertThat(REPORTS).withContext("aws:SecureTransport", "true")
          .allows("s3:GetObject", "s3:PutObject").on("arn:aws:s3:::reports/a"))
          .hasMessageContaining("action:    s3:PutObject");
    }

    @Test
    void failure_shows_request_decision_and_what_was_missing() {
      assertThatThrownBy(() -> assertThat(REPORTS).allows("s3:GetObject").on("arn:aws:s3:::reports/q1.csv"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting the policy to allow")
          .hasMessageContaining("principal: arn:aws:iam::111122223333:user/alice")
          .hasMessageContaining("action:    s3:GetObject")
          .hasMessageContaining("resource:  arn:aws:s3:::reports/q1.csv (account 111122223333)")
          .hasMessageContaining("but the decision was implicit_deny (no applicable Allow in identity)")
          .hasMessageContaining("deciding statements: none")
          .hasMessageContaining("missing context keys: [aws:SecureTransport]")
          .hasMessageContaining("statement 0 (ReadReports): its Condition is not met (the request lacks aws:SecureTransport)")
          .hasMessageContaining("the identity policy under test:")
          .hasMessageContaining("\"Sid\": \"NoSecrets\"");
    }

    @Test
    void failure_names_the_action_or_resource_that_did_not_match() {
      assertThatThrownBy(() -> assertThat(REPORTS).allows("s3:PutObject").on("arn:aws:s3:::reports/q1.csv"))
          .hasMessageContaining("statement 0 (ReadReports): its Action does not match s3:PutObject");
      assertThatThrownBy(() -> assertThat(REPORTS).allows("s3:GetObject").on("arn:aws:s3:::other/q1.csv"))
          .hasMessageContaining("statement 0 (ReadReports): its Resource does not match arn:aws:s3:::other/q1.csv");
    }

    @Test
    void failure_shows_the_deciding_deny() {
      assertThatThrownBy(() -> assertThat(REPORTS).allows("s3:GetObject").withContext("aws:SecureTransport", "true")
          .on("arn:aws:s3:::reports/secret/plan"))
          .hasMessageContaining("but the decision was explicit_deny")
          .hasMessageContaining("identity policy statement 1 (NoSecrets) Deny: {\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"NoSecrets\"")
          .hasMessageContaining("statement 0 (ReadReports): applies, but the decision was made elsewhere");
    }
  }

  @Nested
  class DoesNotAllow {
    @Test
    void failure_shows_the_granting_statement() {
      assertThatThrownBy(() -> assertThat(OFFICE).doesNotAllow("s3:GetObject").withContext("aws:SourceIp", "203.0.113.9")
          .on("arn:aws:s3:::b/k"))
          .hasMessageContaining("Expecting the policy not to allow")
          .hasMessageContaining("context:   aws:SourceIp=203.0.113.9 (ip) plus the principal and time keys AWS sets")
          .hasMessageContaining("but the decision was allow")
          .hasMessageContaining("identity policy statement 0 Allow: {\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\"")
          .hasMessageNotContaining("why each Allow");
    }
  }

  @Nested
  class Callers {
    private final Policy bucket = Policies.allow("s3:GetObject").on("arn:aws:s3:::reports/*")
        .principal("arn:aws:iam::111122223333:user/carol").build();

    @Test
    void as_sets_the_caller_and_a_policy_with_principal_is_a_resource_policy() {
      assertThat(bucket)
          .allows("s3:GetObject").as("arn:aws:iam::111122223333:user/carol").on("arn:aws:s3:::reports/a")
          .doesNotAllow("s3:GetObject").on("arn:aws:s3:::reports/a")
          .doesNotAllow("s3:GetObject").as(Fixtures.DEPLOY_SESSION).on("arn:aws:s3:::reports/a");
      assertThatThrownBy(() -> assertThat(bucket).allows("s3:GetObject").on("arn:aws:s3:::reports/a"))
          .hasMessageContaining("the resource policy under test:")
          .hasMessageContaining("statement 0: its Principal does not match the caller");
    }

    @Test
    void acting_as_sets_the_caller_of_every_later_question() {
      assertThat(bucket).actingAs("arn:aws:iam::111122223333:user/carol")
          .allows("s3:GetObject").on("arn:aws:s3:::reports/a")
          .allows("s3:GetObject").on("arn:aws:s3:::reports/b");
    }

    @Test
    void trust_policies_are_asked_for_assume_role() {
      Policy trust = Policies.allow("sts:AssumeRole").principalService("lambda.amazonaws.com").build();
      assertThat(trust).allows("sts:AssumeRole").as(Principal.service("lambda.amazonaws.com"))
          .on("arn:aws:iam::111122223333:role/Deploy")
          .doesNotAllow("sts:AssumeRole").on("arn:aws:iam::111122223333:role/Deploy");
    }

    @Test
    void guardrail_kinds_restrict_an_identity_policy_that_allows_everything() {
      Policy scp = Policies.deny("s3:DeleteBucket").on("*").and().allow("*").on("*").build();
      assertThat(scp).usedAs(PolicyKind.SCP)
          .allows("s3:GetObject").on("arn:aws:s3:::b/k")
          .doesNotAllow("s3:DeleteBucket").on("arn:aws:s3:::b");
      Policy boundary = Policies.allow("s3:Get*").on("*").build();
      assertThat(boundary).usedAs(PolicyKind.PERMISSIONS_BOUNDARY)
          .allows("s3:GetObject").on("arn:aws:s3:::b/k")
          .doesNotAllow("s3:PutObject").on("arn:aws:s3:::b/k");
      assertThatThrownBy(() -> assertThat(boundary).usedAs(PolicyKind.PERMISSIONS_BOUNDARY)
          .allows("s3:PutObject").on("arn:aws:s3:::b/k"))
          .hasMessageContaining("no applicable Allow in permissions-boundary");
    }

    @Test
    void a_vpc_endpoint_policy_gates_the_requests_that_come_through_the_endpoint() {
      // S6.16: the endpoint policy must allow requests carrying aws:SourceVpce; others do not pass through it.
      Policy endpoint = Policies.allow("s3:GetObject").on("*").principal("*").build(PolicyKind.VPC_ENDPOINT);
      assertThat(endpoint).usedAs(PolicyKind.VPC_ENDPOINT)
          .allows("s3:GetObject").withContext("aws:SourceVpce", "vpce-1a2b3c4d").on("arn:aws:s3:::b/k")
          .doesNotAllow("s3:PutObject").withContext("aws:SourceVpce", "vpce-1a2b3c4d").on("arn:aws:s3:::b/k")
          .allows("s3:PutObject").on("arn:aws:s3:::b/k");
    }

    @Test
    void at_sets_the_request_time() {
      Policy window = Policies.allow("s3:GetObject").on("*")
          .when(c -> c.dateLessThan("aws:CurrentTime", "2030-01-01T00:00:00Z")).build();
      assertThat(window).at(Instant.parse("2029-12-31T23:59:59Z")).allows("s3:GetObject").on("arn:aws:s3:::b/k")
          .at(Instant.parse("2030-01-01T00:00:00Z")).doesNotAllow("s3:GetObject").on("arn:aws:s3:::b/k");
    }

    @Test
    void bad_questions_are_refused_with_a_message() {
      assertThatThrownBy(() -> assertThat(OFFICE).allows()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Name at least one action");
      assertThatThrownBy(() -> assertThat(OFFICE).allows("s3:GetObject").withContext("aws:SourceIp", "nowhere"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"nowhere\"");
      assertThatThrownBy(() -> assertThat(OFFICE).allows("s3:GetObject").as("arn:aws:iam::111122223333:role/R"))
          .hasMessageContaining("a role does not make requests");
    }
  }

  @Nested
  class Validity {
    @Test
    void is_valid_as_and_has_problem() {
      assertThat(REPORTS).isValidAs(PolicyKind.IDENTITY).isValidAs(PolicyKind.PERMISSIONS_BOUNDARY);
      assertThatThrownBy(() -> assertThat(REPORTS).isValidAs(PolicyKind.RESOURCE))
          .hasMessageContaining("Expected no errors as a resource policy but found:");
      Policy noResource = Policies.allow("s3:GetObject").buildUnchecked();
      assertThat(noResource).hasProblem(ProblemCode.MISSING_RESOURCE)
          .hasProblem(PolicyKind.TRUST, ProblemCode.REQUIRED_ELEMENT);
      assertThatThrownBy(() -> assertThat(REPORTS).hasProblem(ProblemCode.DUPLICATE_SID))
          .hasMessageContaining("Expected a problem [duplicate-sid] in the identity policy but found: (none)");
    }
  }

  @Nested
  class Extending {
    /** A project's own assert, self-typed, so inherited checks return it. */
    static final class TeamPolicyAssert extends AbstractPolicyAssert<TeamPolicyAssert, Policy> {
      TeamPolicyAssert(Policy actual) {
        super(actual, TeamPolicyAssert.class);
      }

      TeamPolicyAssert neverDeletesAudit() {
        return doesNotAllow("s3:DeleteObject").on("arn:aws:s3:::audit/log");
      }
    }

    @Test
    void inherited_checks_return_the_subclass() {
      new TeamPolicyAssert(REPORTS).isValidAs(PolicyKind.IDENTITY).neverDeletesAudit().hasStatementCount(2);
    }

    @Test
    void one_static_import_serves_assertj_as_well() {
      assertThat(List.of(1, 2)).containsExactly(1, 2);
      assertThat("text").startsWith("te");
    }
  }

  /** {@code isNoMorePermissiveThan}, decided by the exact comparison (issue 9; S2.1, S3, S6.3). */
  @Nested
  class NoMorePermissive {
    private final Policy narrow = Policies.allow("s3:GetObject").on("arn:aws:s3:::reports/*").build();

    @Test
    void passes_for_a_narrower_or_equal_policy() {
      Policy wide = Policies.allow("s3:Get*").on("arn:aws:s3:::reports/*").build();
      assertThat(narrow).isNoMorePermissiveThan(wide).isNoMorePermissiveThan(narrow);
    }

    @Test
    void fails_with_the_counterexample_for_a_wider_wildcard() {
      Policy wide = Policies.allow("s3:Get*").on("arn:aws:s3:::reports/*").build();
      assertThatThrownBy(() -> assertThat(wide).isNoMorePermissiveThan(narrow))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting the identity policy to be no more permissive than the baseline")
          .hasMessageContaining("arn:aws:s3:::reports/")
          .hasMessageContaining("the policy allow, the baseline implicit_deny")
          .hasMessageContaining("granted by statement 0");
    }

    @Test
    void fails_when_a_condition_is_dropped() {
      Policy office = Policies.allow("s3:GetObject").on("arn:aws:s3:::reports/*")
          .when(c -> c.ipAddress("aws:SourceIp", "203.0.113.0/24")).build();
      assertThat(office).isNoMorePermissiveThan(narrow);
      assertThatThrownBy(() -> assertThat(narrow).isNoMorePermissiveThan(office))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("s3:GetObject on arn:aws:s3:::reports/");
    }
  }
}
