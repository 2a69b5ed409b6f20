package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;
import static dev.iamkit.testkit.IamAssertions.assertThatThrownBy;

import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.PolicyWriter;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PoliciesTest {
  private static Policy json(String text) {
    return PolicyReader.standard().read(text);
  }

  @Nested
  class Build {
    @Test
    void builds_the_issue_example_as_the_core_policy() {
      Policy p = Policies.allow("s3:GetObject", "s3:ListBucket").on("arn:aws:s3:::reports/*")
          .when(c -> c.bool("aws:SecureTransport", true)).build();
      assertThat(p).isEqualTo(json("""
          {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
           "Resource": "arn:aws:s3:::reports/*", "Condition": {"Bool": {"aws:SecureTransport": true}}}}"""));
    }

    @Test
    void several_statements_with_sids_through_and_and_statement() {
      Policy p = Policies.allow("s3:GetObject").on("*").sid("Read")
          .and().deny("s3:DeleteObject").on("arn:aws:s3:::audit/*").sid("KeepAudit")
          .statement("Later").actions("sqs:SendMessage").on("*")
          .build();
      assertThat(p).hasStatementCount(3).hasStatementWithSid("Read").hasStatementWithSid("KeepAudit")
          .hasStatementWithSid("Later").hasVersion(PolicyVersion.V2012_10_17);
      assertThat(PolicyWriter.compact().write(p)).contains("\"Sid\":\"KeepAudit\",\"Effect\":\"Deny\"");
    }

    @Test
    void not_action_and_not_resource() {
      Policy p = Policies.deny().notAction("iam:*", "sts:*").notOn("arn:aws:s3:::public/*").build();
      assertThat(p).isEqualTo(json("""
          {"Version": "2012-10-17", "Statement": {"Effect": "Deny", "NotAction": ["iam:*", "sts:*"],
           "NotResource": "arn:aws:s3:::public/*"}}"""));
    }

    @Test
    void principals_make_resource_and_trust_policies() {
      Policy bucket = Policies.allow("s3:GetObject").on("arn:aws:s3:::reports/*")
          .principal("arn:aws:iam::444455556666:root").principalService("cloudtrail.amazonaws.com").build();
      assertThat(bucket).isValidAs(PolicyKind.RESOURCE).isEqualTo(json("""
          {"Version": "2012-10-17", "Statement": {"Effect": "Allow",
           "Principal": {"AWS": "arn:aws:iam::444455556666:root", "Service": "cloudtrail.amazonaws.com"},
           "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}}"""));
      Policy trust = Policies.allow("sts:AssumeRole").principalService("lambda.amazonaws.com").build();
      assertThat(trust).isValidAs(PolicyKind.TRUST);
      Policy everyone = Policies.deny("s3:*").on("*").anyPrincipal()
          .when(c -> c.bool("aws:SecureTransport", false)).and()
          .deny("s3:*").on("*").notPrincipal("arn:aws:iam::111122223333:root").build();
      assertThat(PolicyWriter.compact().write(everyone)).contains("\"Principal\":\"*\"")
          .contains("\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"}");
    }

    @Test
    void every_operator_with_qualifiers_and_if_exists() {
      Policy p = Policies.allow("s3:PutObject").on("*").when(c -> c
          .stringEquals("aws:PrincipalTag/team", "blue", "red").stringNotEquals("aws:username", "x")
          .stringEqualsIgnoreCase("aws:RequestedRegion", "US-EAST-1").stringNotEqualsIgnoreCase("aws:userid", "y")
          .stringLike("aws:PrincipalArn", "arn:aws:iam::*:role/*").stringNotLike("aws:SourceVpce", "vpce-9*")
          .numericEquals("aws:MultiFactorAuthAge", 1).numericNotEquals("s3:max-keys", "2")
          .numericLessThan("s3:object-lock-remaining-retention-days", 3).numericLessThanEquals("ec2:VolumeSize", 4)
          .numericGreaterThan("dynamodb:ReturnValues", 5).numericGreaterThanEquals("kms:GrantOperations", 6)
          .dateEquals("aws:CurrentTime", "2026-01-01").dateNotEquals("aws:TokenIssueTime", "2026-01-02")
          .dateLessThan("aws:EpochTime", "2030-01-01").dateLessThanEquals("s3:object-lock-retain-until-date", "2031-01-01")
          .dateGreaterThan("sts:x", "2020-01-01").dateGreaterThanEquals("sts:y", "2020-01-02")
          .binaryEquals("aws:z", "QmluYXJ5")
          .ipAddress("aws:SourceIp", "203.0.113.0/24").notIpAddress("aws:VpcSourceIp", "10.0.0.0/8")
          .arnEquals("aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:t")
          .arnLike("aws:PrincipalArn", "arn:aws:iam::*:user/*")
          .arnNotEquals("aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:u")
          .arnNotLike("aws:SourceArn", "arn:aws:sqs:*")
          .forAllValues().stringLike("aws:TagKeys", "team", "cost-*")
          .forAnyValue().ifExists().stringEquals("aws:PrincipalOrgPaths", "o-a1b2c3d4e5/r-ab12/")
          .ifExists().bool("aws:MultiFactorAuthPresent", true)
          .isNull("aws:TokenIssueTime", false)
          .operator("StringLikeIfExists", "aws:PrincipalTag/env", "prod*"))
          .buildUnchecked();
      String text = PolicyWriter.compact().write(p);
      assertThat(text).contains("\"ForAllValues:StringLike\":{\"aws:TagKeys\":[\"team\",\"cost-*\"]}")
          .contains("\"ForAnyValue:StringEqualsIfExists\"").contains("\"BoolIfExists\":{\"aws:MultiFactorAuthPresent\":true}")
          .contains("\"Null\":{\"aws:TokenIssueTime\":\"false\"}").contains("\"NumericEquals\":{\"aws:MultiFactorAuthAge\":1}")
          .contains("\"BinaryEquals\"").contains("\"NotIpAddress\"").contains("\"ArnNotLike\"")
          .contains("\"StringLikeIfExists\":{\"aws:PrincipalTag/env\":\"prod*\"}");
      assertThat(p.statements().get(0).condition().orElseThrow().operators()).hasSize(30);
    }

    @Test
    void qualifier_views_apply_only_to_calls_made_through_them() {
      Policy p = Policies.allow("s3:GetObject").on("*").when(c -> {
        c.forAnyValue().stringEquals("aws:TagKeys", "team");
        c.stringEquals("aws:PrincipalTag/team", "blue");
      }).build();
      assertThat(PolicyWriter.compact().write(p))
          .contains("\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":\"team\"}")
          .contains("\"StringEquals\":{\"aws:PrincipalTag/team\":\"blue\"}");
    }
  }

  @Nested
  class Refusal {
    @Test
    void a_policy_aws_would_refuse_fails_at_build_with_the_problems() {
      assertThatThrownBy(() -> Policies.allow("s3:GetObject").build())
          .isInstanceOf(InvalidPolicyException.class)
          .hasMessageContaining("The identity policy is not valid:")
          .hasMessageContaining("[missing-resource]")
          .hasMessageContaining("\"Action\": \"s3:GetObject\"");
      InvalidPolicyException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPolicyException.class,
          () -> Policies.allow("s3:GetObject").on("*").sid("A").and().allow("s3:PutObject").on("*").sid("A").build());
      assertThat(e.kind()).isEqualTo(PolicyKind.IDENTITY);
      assertThat(e.problems()).extracting(pr -> pr.code()).contains(ProblemCode.DUPLICATE_SID);
    }

    @Test
    void a_principal_in_an_identity_policy_is_refused_when_checked_as_identity() {
      assertThatThrownBy(() -> Policies.allow("s3:GetObject").on("*").principal("111122223333").build(PolicyKind.IDENTITY))
          .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("The identity policy is not valid:");
    }

    @Test
    void build_unchecked_returns_the_refused_policy() {
      assertThat(Policies.allow("s3:GetObject").buildUnchecked()).hasProblem(ProblemCode.MISSING_RESOURCE);
    }

    @Test
    void null_arguments_are_named() {
      assertThatThrownBy(() -> Policies.allow("s3:GetObject").on((String) null))
          .isInstanceOf(NullPointerException.class).hasMessage("value");
      assertThatThrownBy(() -> Policies.allow("s3:GetObject").sid(null))
          .isInstanceOf(NullPointerException.class).hasMessage("sid");
    }
  }
}
