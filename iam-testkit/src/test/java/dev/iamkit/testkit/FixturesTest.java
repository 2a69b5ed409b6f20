package dev.iamkit.testkit;

import static dev.iamkit.testkit.Fixtures.ALICE;
import static dev.iamkit.testkit.Fixtures.DEPLOY_SESSION;
import static dev.iamkit.testkit.Fixtures.LAMBDA;
import static dev.iamkit.testkit.Fixtures.MEMBER;
import static dev.iamkit.testkit.Fixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixturesTest {

  @Test
  void accounts_are_the_documentation_examples() {
    assertThat(Fixtures.MEMBER.value()).isEqualTo("111122223333");
    assertThat(Fixtures.OTHER.value()).isEqualTo("444455556666");
    assertThat(Fixtures.MANAGEMENT.value()).isEqualTo("999988887777");
  }

  @Test
  void principals_have_the_expected_arns() {
    assertThat(ALICE.arn()).hasToString("arn:aws:iam::111122223333:user/alice");
    assertThat(Fixtures.BOB.arn()).hasToString("arn:aws:iam::444455556666:user/bob");
    assertThat(DEPLOY_SESSION.sessionArn()).hasToString("arn:aws:sts::111122223333:assumed-role/Deploy/ci");
    assertThat(DEPLOY_SESSION.roleArn()).hasToString("arn:aws:iam::111122223333:role/Deploy");
    assertThat(ROOT.arn()).hasToString("arn:aws:iam::111122223333:root");
    assertThat(LAMBDA.isAuthenticated()).isTrue();
    assertThat(Fixtures.ANONYMOUS.isAuthenticated()).isFalse();
  }

  @Test
  void allow_and_deny_build_one_statement_policies_with_version_2012() {
    IamAssertions.assertThat(Fixtures.allow("s3:GetObject", "arn:aws:s3:::bucket/*"))
        .hasStatementCount(1).hasVersion(PolicyVersion.V2012_10_17);
    assertThat(Fixtures.allow("s3:GetObject", "arn:aws:s3:::bucket/*").statements().get(0).toString())
        .isEqualTo("Statement{Effect=Allow, Action=s3:GetObject, Resource=arn:aws:s3:::bucket/*}");
    assertThat(Fixtures.deny("s3:*", "*").statements().get(0).effect()).isEqualTo(Effect.DENY);
    assertThat(Fixtures.allowAll()).isEqualTo(Fixtures.allow("*", "*"));
    assertThat(Fixtures.policy(Fixtures.statement(Effect.ALLOW, "a:b", "*"), Fixtures.statement(Effect.DENY, "a:c", "*"))
        .statementArray()).isTrue();
  }

  @Test
  void allow_principal_names_an_aws_principal() {
    var s = Fixtures.allowPrincipal("444455556666", "s3:GetObject", "arn:aws:s3:::bucket/*").statements().get(0);
    assertThat(s.principal().flatMap(p -> p.get(PrincipalType.AWS)).map(v -> v.get(0))).isEqualTo(Optional.of("444455556666"));
  }

  @Test
  void identity_policies_are_named_in_order() {
    var set = Fixtures.identityPolicies(Fixtures.allowAll(), Fixtures.deny("s3:*", "*"));
    assertThat(set.identity()).extracting(p -> p.name()).containsExactly("identity[0]", "identity[1]");
  }

  @Test
  @org.junit.jupiter.api.DisplayName("request fills the principal keys and the account of S3 resources (S5.9)")
  void request_fills_principal_keys_and_resource_account() {
    RequestContext r = Fixtures.request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/key");
    assertThat(r.resourceAccount()).contains(MEMBER);
    assertThat(r.get("aws:username")).contains(ContextValue.string("alice"));
    assertThat(r.get("aws:PrincipalArn")).contains(ContextValue.string("arn:aws:iam::111122223333:user/alice"));
    RequestContext other = Fixtures.request(ALICE, "sqs:SendMessage", "arn:aws:sqs:us-east-1:444455556666:q");
    assertThat(other.resourceAccount()).contains(Fixtures.OTHER);
    assertThat(Fixtures.request(LAMBDA, "s3:PutObject", "arn:aws:s3:::b/k").resourceAccount()).contains(MEMBER);
  }
}
