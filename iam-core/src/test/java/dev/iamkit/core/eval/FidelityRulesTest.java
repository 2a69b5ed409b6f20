package dev.iamkit.core.eval;

import static dev.iamkit.core.eval.Fixtures.A;
import static dev.iamkit.core.eval.Fixtures.ALICE;
import static dev.iamkit.core.eval.Fixtures.ANON;
import static dev.iamkit.core.eval.Fixtures.B;
import static dev.iamkit.core.eval.Fixtures.CAROL_B;
import static dev.iamkit.core.eval.Fixtures.ROOT_A;
import static dev.iamkit.core.eval.Fixtures.allow;
import static dev.iamkit.core.eval.Fixtures.assertDecision;
import static dev.iamkit.core.eval.Fixtures.aws;
import static dev.iamkit.core.eval.Fixtures.deny;
import static dev.iamkit.core.eval.Fixtures.evaluate;
import static dev.iamkit.core.eval.Fixtures.everyone;
import static dev.iamkit.core.eval.Fixtures.matched;
import static dev.iamkit.core.eval.Fixtures.policy;
import static dev.iamkit.core.eval.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.EvaluationWarning.Code;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.PolicyKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** KMS key policies and VPC endpoint policies (S6.16), unreadable values (S3.14), and the evaluation's warnings. */
class FidelityRulesTest {
  private static final String KEY_A = "arn:aws:kms:us-east-1:111122223333:key/1234";

  private static List<Code> codes(Evaluation e) {
    return e.warnings().stream().map(EvaluationWarning::code).toList();
  }

  private static NamedPolicy defaultKeyPolicy() {
    return policy("KeyPolicy", allow("kms:*", "*").principal(aws("arn:aws:iam::111122223333:root")));
  }

  @Nested
  @DisplayName("KMS key policies (S6.16)")
  class Kms {
    @Test
    @DisplayName("a key without key policy is an implicit deny, with warnings that every key has one and grants are out of scope")
    void no_key_policy() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id", allow("kms:*", "*"))),
          request(ALICE, "kms:Decrypt", KEY_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.RESOURCE);
      assertThat(codes(e)).containsExactly(Code.KMS_KEY_POLICY_MISSING, Code.KMS_GRANTS_NOT_MODELLED);
      assertThat(e.warnings().get(0).message()).contains(KEY_A).contains("every KMS key has a key policy");
    }

    @Test
    @DisplayName("the default key policy enables IAM policies: the identity Allow and the root statement both explain the grant")
    void default_key_policy() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id", allow("kms:Decrypt", "*")))
          .resourcePolicy(defaultKeyPolicy()), request(ALICE, "kms:Decrypt", KEY_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactlyInAnyOrder("identity:Id#0", "resource:KeyPolicy#0");
      assertThat(e.warnings()).isEmpty();
    }

    @Test
    @DisplayName("a key policy without the root statement: the identity Allow does not count, the root user is denied too")
    void without_root_statement() {
      PolicySet.Builder set = PolicySet.builder().identity(policy("Id", allow("kms:*", "*")))
          .resourcePolicy(policy("KeyPolicy", allow("kms:*", "*").principal(aws("arn:aws:iam::111122223333:user/admin"))));
      assertDecision(evaluate(set, request(ALICE, "kms:DescribeKey", KEY_A)), Decision.IMPLICIT_DENY);
      Evaluation root = evaluate(set, request(ROOT_A, "kms:DescribeKey", KEY_A));
      assertDecision(root, Decision.IMPLICIT_DENY);
      assertThat(codes(root)).containsExactly(Code.KMS_GRANTS_NOT_MODELLED);
      assertDecision(evaluate(set, request(Principal.parse("arn:aws:iam::111122223333:user/admin"), "kms:DescribeKey",
          KEY_A)), Decision.ALLOW);
    }

    @Test
    @DisplayName("cross-account: the key policy must name the caller's account and the caller's identity policy must allow")
    void cross_account() {
      NamedPolicy keyPolicy = policy("KeyPolicy", allow("kms:Decrypt", "*").principal(aws(B.value())));
      assertDecision(evaluate(PolicySet.builder().identity(policy("Id", allow("kms:Decrypt", "*")))
          .resourcePolicy(keyPolicy), request(CAROL_B, "kms:Decrypt", KEY_A)), Decision.ALLOW);
      assertDecision(evaluate(PolicySet.builder().resourcePolicy(keyPolicy),
          request(CAROL_B, "kms:Decrypt", KEY_A)), Decision.IMPLICIT_DENY);
    }
  }

  @Nested
  @DisplayName("VPC endpoint policies (S6.16)")
  class VpcEndpoint {
    private RequestContext.Builder throughEndpoint(String action, String resource) {
      return request(ALICE, action, resource).context("aws:SourceVpce", ContextValue.string("vpce-1a2b3c4d"));
    }

    @Test
    @DisplayName("a request through the endpoint needs its Allow: the gate is named as blocking kind")
    void gate() {
      PolicySet.Builder set = PolicySet.builder().identity(policy("Id", allow("sqs:*", "*")))
          .vpcEndpointPolicy(policy("Endpoint", allow("sqs:ReceiveMessage", "*").principal(everyone())));
      Evaluation blocked = evaluate(set, throughEndpoint("sqs:SendMessage", Fixtures.QUEUE_A));
      assertDecision(blocked, Decision.IMPLICIT_DENY);
      assertThat(blocked.blockingKind()).contains(PolicyKind.VPC_ENDPOINT);
      assertThat(blocked.result(PolicyKind.VPC_ENDPOINT)).isEqualTo(KindResult.IMPLICIT_DENY);
      Evaluation allowed = evaluate(set, throughEndpoint("sqs:ReceiveMessage", Fixtures.QUEUE_A));
      assertDecision(allowed, Decision.ALLOW);
      assertThat(matched(allowed)).containsExactlyInAnyOrder("identity:Id#0", "vpc-endpoint:Endpoint#0");
    }

    @Test
    @DisplayName("the endpoint's Deny is final and named; without aws:SourceVpce the endpoint policy takes no part, with a warning")
    void deny_and_not_used() {
      PolicySet.Builder set = PolicySet.builder().identity(policy("Id", allow("sqs:*", "*")))
          .vpcEndpointPolicy(policy("Endpoint", allow("*", "*").principal(everyone()),
              deny("sqs:DeleteQueue", "*").principal(everyone())));
      Evaluation denied = evaluate(set, throughEndpoint("sqs:DeleteQueue", Fixtures.QUEUE_A));
      assertDecision(denied, Decision.EXPLICIT_DENY);
      assertThat(matched(denied)).containsExactly("vpc-endpoint:Endpoint#1");
      Evaluation direct = evaluate(set, request(ALICE, "sqs:DeleteQueue", Fixtures.QUEUE_A));
      assertDecision(direct, Decision.ALLOW);
      assertThat(codes(direct)).containsExactly(Code.VPC_ENDPOINT_POLICY_NOT_USED);
      assertThat(direct.result(PolicyKind.VPC_ENDPOINT)).isEqualTo(KindResult.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("anonymous callers are gated too")
    void anonymous() {
      PolicySet.Builder set = PolicySet.builder()
          .resourcePolicy(policy("Queue", allow("sqs:*", "*").principal(everyone())))
          .vpcEndpointPolicy(policy("Endpoint", allow("sqs:ReceiveMessage", "*").principal(aws(A.value()))));
      assertDecision(evaluate(set, request(ANON, "sqs:ReceiveMessage", Fixtures.QUEUE_A)
          .context("aws:SourceVpce", ContextValue.string("vpce-1"))), Decision.IMPLICIT_DENY);
    }
  }

  @Nested
  @DisplayName("warnings (issue 11 §4)")
  class Warnings {
    @Test
    @DisplayName("an S3 ARN without resourceAccount: same-account assumed, and the warning names resourceAccount and the account")
    void resource_account_assumed() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id", allow("s3:*", "*"))),
          request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/key"));
      assertDecision(e, Decision.ALLOW);
      assertThat(codes(e)).containsExactly(Code.RESOURCE_ACCOUNT_ASSUMED);
      assertThat(e.warnings().get(0).message()).contains("resourceAccount").contains("111122223333");
      assertThat(e.toString()).contains("warning: resource-account-assumed");
      assertThat(e.warnings().get(0).message()).contains("names no account");
    }

    @Test
    @DisplayName("S5.7 an ARN with \"aws\" in its account field (an AWS managed policy) is said to have it, not to"
        + " name no account")
    void aws_owned_resource_is_described() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id", allow("iam:GetPolicy", "*"))),
          request(ALICE, "iam:GetPolicy", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
      assertThat(codes(e)).containsExactly(Code.RESOURCE_ACCOUNT_ASSUMED);
      assertThat(e.warnings().get(0).message()).contains("has \"aws\" where an account ID would be")
          .doesNotContain("names no account").contains("111122223333");
    }

    @Test
    @DisplayName("no warning when the resource account is given or in the ARN, or the resource is *")
    void no_warning() {
      PolicySet.Builder set = PolicySet.builder().identity(policy("Id", allow("*", "*")));
      assertThat(evaluate(set, request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/key").resourceAccount(A))
          .warnings()).isEmpty();
      assertThat(evaluate(set, request(ALICE, "sqs:SendMessage", Fixtures.QUEUE_A)).warnings()).isEmpty();
      assertThat(evaluate(set, request(ALICE, "s3:ListAllMyBuckets", "*")).warnings()).isEmpty();
    }
  }

  @Nested
  @DisplayName("unreadable values (S3.14)")
  class Unreadable {
    private Condition notIp(String value) {
      return Condition.of(Map.of(ConditionOperator.parse("NotIpAddress"),
          Map.of(ConditionKey.of("aws:SourceIp"), OneOrMany.one(ConditionValue.string(value)))));
    }

    @Test
    @DisplayName("NotIpAddress with an account id never makes an Allow apply; the explanation names the value")
    void allow_fails_closed() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id",
              allow("s3:GetObject", "*").condition(notIp("123456789012")))),
          request(ALICE, "s3:GetObject", "arn:aws:s3:::b/k").resourceAccount(A)
              .context("aws:SourceIp", ContextValue.of(ContextType.IP, "10.10.72.13")));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.diagnostics()).anySatisfy(d -> assertThat(d.toString()).contains("\"123456789012\"").contains("S3.14"));
    }

    @Test
    @DisplayName("and never keeps a Deny from applying")
    void deny_applies() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id", allow("s3:*", "*"),
              deny("s3:GetObject", "*").condition(notIp("10.0.0.0/8x")))),
          request(ALICE, "s3:GetObject", "arn:aws:s3:::b/k").resourceAccount(A)
              .context("aws:SourceIp", ContextValue.of(ContextType.IP, "10.1.2.3")));
      assertDecision(e, Decision.EXPLICIT_DENY);
    }
  }
}
