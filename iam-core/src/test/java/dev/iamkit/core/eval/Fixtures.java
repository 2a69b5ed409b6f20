package dev.iamkit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Statement;
import java.util.Arrays;
import java.util.List;

/** Principals, policies and requests for evaluator tests; accounts as in docs/semantics.md. */
final class Fixtures {
  static final AccountId A = AccountId.parse("111122223333");
  static final AccountId B = AccountId.parse("444455556666");
  static final AccountId MGMT = AccountId.parse("999988887777");

  static final Principal ROOT_A = Principal.parse("arn:aws:iam::111122223333:root");
  static final Principal ROOT_MGMT = Principal.parse("arn:aws:iam::999988887777:root");
  static final Principal ALICE = Principal.parse("arn:aws:iam::111122223333:user/alice");
  static final Principal MGMT_USER = Principal.parse("arn:aws:iam::999988887777:user/admin");
  static final Principal CAROL_B = Principal.parse("arn:aws:iam::444455556666:user/carol");
  static final Principal.RoleSession SESSION = Principal.RoleSession.of(
      Arn.parse("arn:aws:sts::111122223333:assumed-role/Deploy/ci"),
      Arn.parse("arn:aws:iam::111122223333:role/ops/Deploy"), "AROADBQP57FF2AEXAMPLE");
  static final Principal.RoleSession SLR_SESSION = Principal.RoleSession.of(
      Arn.parse("arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForSupport/s"),
      Arn.parse("arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport"));
  static final Principal FED = Principal.FederatedUser.of(
      Arn.parse("arn:aws:sts::111122223333:federated-user/bob"),
      Arn.parse("arn:aws:iam::111122223333:user/bob"));
  static final Principal LAMBDA = Principal.service("lambda.amazonaws.com");
  static final Principal WEB = new Principal.WebIdentityUser("accounts.google.com");
  static final Principal ANON = Principal.anonymous();

  static final String ALICE_ARN = "arn:aws:iam::111122223333:user/alice";
  static final String SESSION_ARN = "arn:aws:sts::111122223333:assumed-role/Deploy/ci";
  static final String ROLE_ARN = "arn:aws:iam::111122223333:role/ops/Deploy";
  static final String FED_ARN = "arn:aws:sts::111122223333:federated-user/bob";
  static final String BOB_ARN = "arn:aws:iam::111122223333:user/bob";

  /** An SQS queue of account A (sqs supports RCPs). */
  static final String QUEUE_A = "arn:aws:sqs:us-east-1:111122223333:queue";
  /** An SQS queue of account B. */
  static final String QUEUE_B = "arn:aws:sqs:us-east-1:444455556666:queue";
  /** A queue of the management account. */
  static final String QUEUE_MGMT = "arn:aws:sqs:us-east-1:999988887777:queue";
  /** An EC2 instance of account A (ec2 does not support RCPs). */
  static final String INSTANCE_A = "arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0";
  /** A role of account A to assume. */
  static final String TARGET_ROLE_A = "arn:aws:iam::111122223333:role/Target";
  static final String TARGET_ROLE_B = "arn:aws:iam::444455556666:role/Target";

  private Fixtures() {}

  static Statement.Builder allow(String action, String resource) {
    return Statement.builder().effect(Effect.ALLOW).action(action).resource(resource);
  }

  static Statement.Builder deny(String action, String resource) {
    return Statement.builder().effect(Effect.DENY).action(action).resource(resource);
  }

  /** A trust-policy statement (no resource part). */
  static Statement.Builder trust(Effect effect, PrincipalElement principal) {
    return Statement.builder().effect(effect).action("sts:AssumeRole").principal(principal);
  }

  static PrincipalElement aws(String... values) {
    return PrincipalElement.of(PrincipalType.AWS, values.length == 1 ? OneOrMany.one(values[0])
        : OneOrMany.list(Arrays.asList(values)));
  }

  static PrincipalElement service(String name) {
    return PrincipalElement.of(PrincipalType.SERVICE, OneOrMany.one(name));
  }

  static PrincipalElement federated(String provider) {
    return PrincipalElement.of(PrincipalType.FEDERATED, OneOrMany.one(provider));
  }

  static PrincipalElement everyone() {
    return PrincipalElement.wildcard();
  }

  static NamedPolicy policy(String name, Statement.Builder... statements) {
    Policy.Builder b = Policy.builder().version(PolicyVersion.V2012_10_17).statementArray(true);
    for (Statement.Builder s : statements) {
      b.statement(s.build());
    }
    return new NamedPolicy(name, b.build());
  }

  /** AWS's FullAWSAccess SCP. */
  static NamedPolicy fullAccessScp() {
    return policy("FullAWSAccess", allow("*", "*"));
  }

  /** AWS's RCPFullAWSAccess. */
  static NamedPolicy fullAccessRcp() {
    return policy("RCPFullAWSAccess", allow("*", "*").principal(everyone()));
  }

  static RequestContext.Builder request(Principal principal, String action, String resource) {
    return RequestContext.builder().principal(principal).action(action).resource(resource);
  }

  static Evaluation evaluate(PolicySet.Builder policies, RequestContext.Builder request) {
    return Evaluator.standard().evaluate(policies.build(), request.build());
  }

  /** Matched statements as {@code kind:policy#index}, in explanation order. */
  static List<String> matched(Evaluation e) {
    return e.matchedStatements().stream()
        .map(m -> m.kind().id() + ":" + m.policyName() + (m.kind() == dev.iamkit.core.policy.PolicyKind.SCP
            || m.kind() == dev.iamkit.core.policy.PolicyKind.RCP ? "@" + m.level() : "") + "#" + m.statementIndex())
        .toList();
  }

  static void assertDecision(Evaluation e, Decision expected) {
    assertThat(e.decision()).as("evaluation:%n%s", e).isEqualTo(expected);
  }
}
