package dev.iamkit.core.eval;

import static dev.iamkit.core.eval.Fixtures.A;
import static dev.iamkit.core.eval.Fixtures.ALICE;
import static dev.iamkit.core.eval.Fixtures.ALICE_ARN;
import static dev.iamkit.core.eval.Fixtures.ANON;
import static dev.iamkit.core.eval.Fixtures.B;
import static dev.iamkit.core.eval.Fixtures.BOB_ARN;
import static dev.iamkit.core.eval.Fixtures.CAROL_B;
import static dev.iamkit.core.eval.Fixtures.FED;
import static dev.iamkit.core.eval.Fixtures.FED_ARN;
import static dev.iamkit.core.eval.Fixtures.INSTANCE_A;
import static dev.iamkit.core.eval.Fixtures.LAMBDA;
import static dev.iamkit.core.eval.Fixtures.MGMT;
import static dev.iamkit.core.eval.Fixtures.MGMT_USER;
import static dev.iamkit.core.eval.Fixtures.QUEUE_A;
import static dev.iamkit.core.eval.Fixtures.QUEUE_B;
import static dev.iamkit.core.eval.Fixtures.QUEUE_MGMT;
import static dev.iamkit.core.eval.Fixtures.ROLE_ARN;
import static dev.iamkit.core.eval.Fixtures.ROOT_A;
import static dev.iamkit.core.eval.Fixtures.ROOT_MGMT;
import static dev.iamkit.core.eval.Fixtures.SESSION;
import static dev.iamkit.core.eval.Fixtures.SESSION_ARN;
import static dev.iamkit.core.eval.Fixtures.SLR_SESSION;
import static dev.iamkit.core.eval.Fixtures.TARGET_ROLE_A;
import static dev.iamkit.core.eval.Fixtures.TARGET_ROLE_B;
import static dev.iamkit.core.eval.Fixtures.WEB;
import static dev.iamkit.core.eval.Fixtures.allow;
import static dev.iamkit.core.eval.Fixtures.assertDecision;
import static dev.iamkit.core.eval.Fixtures.aws;
import static dev.iamkit.core.eval.Fixtures.deny;
import static dev.iamkit.core.eval.Fixtures.evaluate;
import static dev.iamkit.core.eval.Fixtures.everyone;
import static dev.iamkit.core.eval.Fixtures.federated;
import static dev.iamkit.core.eval.Fixtures.fullAccessRcp;
import static dev.iamkit.core.eval.Fixtures.fullAccessScp;
import static dev.iamkit.core.eval.Fixtures.matched;
import static dev.iamkit.core.eval.Fixtures.policy;
import static dev.iamkit.core.eval.Fixtures.request;
import static dev.iamkit.core.eval.Fixtures.service;
import static dev.iamkit.core.eval.Fixtures.trust;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final Evaluator EVALUATOR = Evaluator.standard();

  /** Allow sqs:SendMessage on every queue, as an identity policy. */
  private static NamedPolicy sendAnywhere() {
    return policy("Send", allow("sqs:SendMessage", "*"));
  }

  @Test
  void rejects_null_arguments() {
    PolicySet set = PolicySet.builder().build();
    RequestContext req = request(ALICE, "s3:GetObject", "*").build();
    assertThatNullPointerException().isThrownBy(() -> EVALUATOR.evaluate(null, req)).withMessageContaining("policies");
    assertThatNullPointerException().isThrownBy(() -> EVALUATOR.evaluate(set, null)).withMessageContaining("request");
  }

  @Test
  @DisplayName("S6.2: nothing grants -> IMPLICIT_DENY blocked by IDENTITY")
  void no_policies_deny_implicitly() {
    Evaluation e = evaluate(PolicySet.builder(), request(ALICE, "sqs:SendMessage", QUEUE_A));
    assertDecision(e, Decision.IMPLICIT_DENY);
    assertThat(e.blockingKind()).contains(PolicyKind.IDENTITY);
    assertThat(e.blockingLevel()).isEmpty();
    assertThat(e.matchedStatements()).isEmpty();
    assertThat(e.result(PolicyKind.IDENTITY)).isEqualTo(KindResult.IMPLICIT_DENY);
  }

  @Test
  @DisplayName("S6.17: only SCP and RCP gates have a level; a level is never negative")
  void blocking_levels_belong_to_scp_and_rcp_gates() {
    assertThat(Evaluation.builder(Decision.IMPLICIT_DENY).blocking(PolicyKind.SCP, 0).build().blockingLevel())
        .hasValue(0);
    assertThat(Evaluation.builder(Decision.IMPLICIT_DENY).blocking(PolicyKind.SESSION).build().blockingLevel())
        .isEmpty();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Evaluation.builder(Decision.IMPLICIT_DENY).blocking(PolicyKind.IDENTITY, 0));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Evaluation.builder(Decision.IMPLICIT_DENY).blocking(PolicyKind.RCP));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Evaluation.builder(Decision.IMPLICIT_DENY).blocking(PolicyKind.SCP, -1));
  }

  @Test
  @DisplayName("S6.9: an identity Allow alone allows within the account")
  void identity_allow_allows() {
    Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()), request(ALICE, "sqs:SendMessage", QUEUE_A));
    assertDecision(e, Decision.ALLOW);
    assertThat(matched(e)).containsExactly("identity:Send#0");
    assertThat(e.blockingKind()).isEmpty();
  }

  @Nested
  @DisplayName("S6.16 exceptions: actions that need no permission")
  class Exceptions {
    private final PolicySet.Builder denyAll = PolicySet.builder()
        .identity(policy("DenyAll", deny("*", "*")))
        .scpLevel(List.of(policy("DenyAllScp", deny("*", "*"))))
        .resourcePolicy(policy("DenyAllRes", deny("*", "*").principal(everyone())));

    @Test
    void get_caller_identity_is_allowed_even_over_explicit_denies() {
      Evaluation e = evaluate(denyAll, request(ALICE, "sts:GetCallerIdentity", "*"));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.matchedStatements()).isEmpty();
      assertThat(e.kindResults().values()).containsOnly(KindResult.NOT_APPLICABLE);
    }

    @Test
    void get_session_token_is_allowed_even_over_explicit_denies_A22() {
      assertDecision(evaluate(denyAll, request(ROOT_A, "sts:GetSessionToken", "*")), Decision.ALLOW);
      assertDecision(evaluate(denyAll, request(SESSION, "sts:GetSessionToken", "*")), Decision.ALLOW);
    }

    @Test
    void action_names_compare_ignoring_case() {
      assertDecision(evaluate(denyAll, request(ALICE, "STS:getcalleridentity", "*")), Decision.ALLOW);
    }

    @Test
    void anonymous_callers_are_not_authenticated_and_get_no_exception() {
      assertDecision(evaluate(PolicySet.builder(), request(ANON, "sts:GetCallerIdentity", "*")),
          Decision.IMPLICIT_DENY);
    }

    @Test
    void other_sts_actions_are_evaluated() {
      assertDecision(evaluate(denyAll, request(ALICE, "sts:GetAccessKeyInfo", "*")), Decision.EXPLICIT_DENY);
    }
  }

  @Nested
  @DisplayName("S6.4 explicit deny sweep: deny wins everywhere")
  class DenySweep {
    @Test
    void identity_deny_beats_identity_allow_and_reports_only_denies() {
      Evaluation e = evaluate(PolicySet.builder()
              .identity(policy("Allow", allow("sqs:*", "*")))
              .identity(policy("Deny", deny("sqs:SendMessage", QUEUE_A), deny("sqs:Send*", "*"))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
      assertThat(matched(e)).containsExactly("identity:Deny#0", "identity:Deny#1");
      assertThat(e.matchedStatements()).allMatch(m -> m.effect() == Effect.DENY);
      assertThat(e.result(PolicyKind.IDENTITY)).isEqualTo(KindResult.EXPLICIT_DENY);
      assertThat(e.blockingKind()).isEmpty();
    }

    @Test
    void boundary_deny_is_explicit_though_boundaries_never_grant() {
      Evaluation e = evaluate(PolicySet.builder()
              .identity(sendAnywhere())
              .permissionsBoundary(policy("Boundary", allow("*", "*"), deny("sqs:SendMessage", "*"))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
      assertThat(matched(e)).containsExactly("permissions-boundary:Boundary#1");
      assertThat(e.result(PolicyKind.PERMISSIONS_BOUNDARY)).isEqualTo(KindResult.EXPLICIT_DENY);
      assertThat(e.result(PolicyKind.IDENTITY)).isEqualTo(KindResult.ALLOWED);
    }

    @Test
    void session_policy_deny_is_explicit() {
      Evaluation e = evaluate(PolicySet.builder()
              .identity(sendAnywhere())
              .session(policy("Session", deny("sqs:*", "*"))),
          request(SESSION, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
      assertThat(matched(e)).containsExactly("session:Session#0");
    }

    @Test
    void resource_deny_naming_the_account_covers_every_principal_of_it() {
      PolicySet.Builder set = PolicySet.builder()
          .identity(sendAnywhere())
          .resourcePolicy(policy("Queue", deny("sqs:*", QUEUE_A).principal(aws("111122223333"))));
      for (Principal p : List.of(ALICE, SESSION, ROOT_A, FED)) {
        Evaluation e = evaluate(set, request(p, "sqs:SendMessage", QUEUE_A));
        assertDecision(e, Decision.EXPLICIT_DENY);
        assertThat(matched(e)).containsExactly("resource:Queue#0");
        assertThat(e.result(PolicyKind.RESOURCE)).isEqualTo(KindResult.EXPLICIT_DENY);
      }
      assertDecision(evaluate(set, request(CAROL_B, "sqs:SendMessage", QUEUE_A)), Decision.IMPLICIT_DENY);
    }

    @Test
    void resource_deny_beats_a_direct_resource_grant() {
      Evaluation e = evaluate(PolicySet.builder().resourcePolicy(policy("Queue",
              allow("sqs:*", QUEUE_A).principal(aws(ALICE_ARN)),
              deny("sqs:SendMessage", QUEUE_A).principal(everyone()))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
      assertThat(matched(e)).containsExactly("resource:Queue#1");
    }

    @Test
    void every_applicable_deny_of_every_kind_is_listed() {
      Evaluation e = evaluate(PolicySet.builder()
              .identity(policy("Id", deny("sqs:*", "*")))
              .permissionsBoundary(policy("B", deny("*", "*")))
              .resourcePolicy(policy("Res", deny("*", "*").principal(everyone())))
              .scpLevel(List.of(fullAccessScp(), policy("ScpDeny", deny("sqs:*", "*"))))
              .rcpLevel(List.of(fullAccessRcp(), policy("RcpDeny", deny("sqs:*", "*").principal(everyone())))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
      assertThat(matched(e)).containsExactly("identity:Id#0", "resource:Res#0", "permissions-boundary:B#0",
          "scp:ScpDeny@0#0", "rcp:RcpDeny@0#0");
      assertThat(e.kindResults()).containsEntry(PolicyKind.IDENTITY, KindResult.EXPLICIT_DENY)
          .containsEntry(PolicyKind.PERMISSIONS_BOUNDARY, KindResult.EXPLICIT_DENY)
          .containsEntry(PolicyKind.RESOURCE, KindResult.EXPLICIT_DENY)
          .containsEntry(PolicyKind.SCP, KindResult.EXPLICIT_DENY)
          .containsEntry(PolicyKind.RCP, KindResult.EXPLICIT_DENY)
          .containsEntry(PolicyKind.SESSION, KindResult.NOT_APPLICABLE);
    }

    @Test
    void denies_of_kinds_that_do_not_apply_to_the_principal_are_ignored() {
      // S6.1: the root user has no identity policies, boundary or session policies.
      Evaluation e = evaluate(PolicySet.builder()
              .identity(policy("Id", deny("*", "*")))
              .permissionsBoundary(policy("B", deny("*", "*")))
              .session(policy("S", deny("*", "*"))),
          request(ROOT_A, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.result(PolicyKind.IDENTITY)).isEqualTo(KindResult.NOT_APPLICABLE);
      assertThat(e.result(PolicyKind.PERMISSIONS_BOUNDARY)).isEqualTo(KindResult.NOT_APPLICABLE);
      assertThat(e.result(PolicyKind.SESSION)).isEqualTo(KindResult.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("S6.9: a session policy never applies to a plain IAM user")
    void session_policies_do_not_apply_to_iam_users() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()).session(policy("S", deny("*", "*"))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.result(PolicyKind.SESSION)).isEqualTo(KindResult.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("S2.5: a Deny with NotPrincipal excludes a fully listed principal without boundary")
    void not_principal_deny_excludes_the_fully_listed_chain() {
      PolicySet.Builder set = PolicySet.builder().identity(sendAnywhere()).resourcePolicy(policy("Res",
          Statement.builder().effect(Effect.DENY).action("sqs:*").resource("*")
              .notPrincipal(aws(ALICE_ARN, "111122223333"))));
      assertDecision(evaluate(set, request(ALICE, "sqs:SendMessage", QUEUE_A)), Decision.ALLOW);
      assertDecision(evaluate(set, request(SESSION, "sqs:SendMessage", QUEUE_A)), Decision.EXPLICIT_DENY);
    }

    @Test
    @DisplayName("S2.5: a Deny with NotPrincipal always applies to a principal with a boundary")
    void not_principal_deny_applies_to_principals_with_a_boundary() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere())
              .permissionsBoundary(policy("B", allow("*", "*")))
              .resourcePolicy(policy("Res", Statement.builder().effect(Effect.DENY).action("sqs:*").resource("*")
                  .notPrincipal(aws(ALICE_ARN, "111122223333")))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
      assertThat(matched(e)).containsExactly("resource:Res#0");
    }

    @Test
    @DisplayName("S2.5: anonymous callers are never excluded by a NotPrincipal list")
    void not_principal_deny_applies_to_anonymous() {
      Evaluation e = evaluate(PolicySet.builder().resourcePolicy(policy("Res",
              allow("sqs:*", QUEUE_A).principal(everyone()),
              Statement.builder().effect(Effect.DENY).action("sqs:*").resource("*")
                  .notPrincipal(aws(ALICE_ARN, "111122223333")))),
          request(ANON, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
    }

    @Test
    @DisplayName("S2.5: NotPrincipal \"*\" excludes every caller, anonymous included")
    void not_principal_star_excludes_anonymous() {
      PolicySet.Builder set = PolicySet.builder().resourcePolicy(policy("Res",
              allow("sqs:*", QUEUE_A).principal(everyone()),
              Statement.builder().effect(Effect.DENY).action("sqs:*").resource("*").notPrincipal(aws("*"))));
      assertDecision(evaluate(set, request(ANON, "sqs:SendMessage", QUEUE_A)), Decision.ALLOW);
      PolicySet.Builder allowAllBut = PolicySet.builder().resourcePolicy(policy("Res",
          Statement.builder().effect(Effect.ALLOW).action("sqs:*").resource("*").notPrincipal(aws("*"))));
      assertDecision(evaluate(allowAllBut, request(ANON, "sqs:SendMessage", QUEUE_A)), Decision.IMPLICIT_DENY);
    }

    @Test
    @DisplayName("S2.3: NotAction Deny denies everything else, NotResource Deny only its actions")
    void not_action_and_not_resource_denies() {
      PolicySet.Builder set = PolicySet.builder()
          .identity(policy("Allow", allow("*", "*")))
          .identity(policy("Guard",
              Statement.builder().effect(Effect.DENY).notAction(dev.iamkit.core.policy.OneOrMany.one(
                  dev.iamkit.core.policy.Action.of("sqs:*"))).resource("*"),
              Statement.builder().effect(Effect.DENY).action("ec2:*").notResource(dev.iamkit.core.policy.OneOrMany.one(
                  dev.iamkit.core.policy.Resource.of(INSTANCE_A)))));
      assertDecision(evaluate(set, request(ALICE, "sqs:SendMessage", QUEUE_A)), Decision.ALLOW);
      Evaluation dynamo = evaluate(set, request(ALICE, "dynamodb:GetItem", "*"));
      assertDecision(dynamo, Decision.EXPLICIT_DENY);
      assertThat(matched(dynamo)).containsExactly("identity:Guard#0");
      Evaluation other = evaluate(set, request(ALICE, "ec2:StartInstances",
          "arn:aws:ec2:us-east-1:111122223333:instance/i-other"));
      assertThat(matched(other)).containsExactly("identity:Guard#0", "identity:Guard#1");
    }
  }

  @Nested
  @DisplayName("S6.6 SCP gate")
  class ScpGate {
    @Test
    void every_level_with_an_allow_lets_the_identity_decide() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere())
              .scpLevel(List.of(fullAccessScp()))
              .scpLevel(List.of(policy("OuAllowSqs", allow("sqs:*", "*"))))
              .scpLevel(List.of(fullAccessScp())),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("identity:Send#0", "scp:FullAWSAccess@0#0", "scp:OuAllowSqs@1#0",
          "scp:FullAWSAccess@2#0");
      assertThat(e.result(PolicyKind.SCP)).isEqualTo(KindResult.ALLOWED);
    }

    @Test
    void a_level_without_an_applicable_allow_denies_implicitly_and_names_the_level_A11() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere())
              .scpLevel(List.of(fullAccessScp()))
              .scpLevel(List.of(policy("OuAllowEc2", allow("ec2:*", "*"))))
              .scpLevel(List.of(fullAccessScp())),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.SCP);
      assertThat(e.blockingLevel()).hasValue(1);
      assertThat(e.matchedStatements()).isEmpty();
      assertThat(e.result(PolicyKind.SCP)).isEqualTo(KindResult.IMPLICIT_DENY);
      assertThat(e.result(PolicyKind.IDENTITY)).isEqualTo(KindResult.ALLOWED);
    }

    @Test
    void a_level_with_no_policy_allows_nothing() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere())
              .scpLevel(List.of(fullAccessScp())).scpLevel(List.of()),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingLevel()).hasValue(1);
    }

    @Test
    void a_direct_resource_grant_cannot_repair_an_scp_gap() {
      Evaluation e = evaluate(PolicySet.builder()
              .resourcePolicy(policy("Res", allow("sqs:*", QUEUE_A).principal(aws(ALICE_ARN))))
              .scpLevel(List.of(policy("OnlyEc2", allow("ec2:*", "*")))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.SCP);
      assertThat(e.result(PolicyKind.RESOURCE)).isEqualTo(KindResult.ALLOWED);
    }

    @Test
    void management_account_principals_are_not_restricted() {
      PolicySet.Builder set = PolicySet.builder().identity(policy("Send", allow("sqs:SendMessage", "*")))
          .scpLevel(List.of(policy("DenyAll", deny("*", "*")))).managementAccount(MGMT);
      Evaluation e = evaluate(set, request(MGMT_USER, "sqs:SendMessage", QUEUE_MGMT));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.result(PolicyKind.SCP)).isEqualTo(KindResult.NOT_APPLICABLE);
      assertDecision(evaluate(set, request(ROOT_MGMT, "sqs:SendMessage", QUEUE_MGMT)), Decision.ALLOW);
      assertDecision(evaluate(set, request(ALICE, "sqs:SendMessage", QUEUE_A)), Decision.EXPLICIT_DENY);
    }

    @Test
    void service_linked_roles_are_not_restricted() {
      PolicySet.Builder set = PolicySet.builder().identity(sendAnywhere())
          .scpLevel(List.of(policy("DenyAll", deny("*", "*"))));
      Evaluation e = evaluate(set, request(SLR_SESSION, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.result(PolicyKind.SCP)).isEqualTo(KindResult.NOT_APPLICABLE);
      assertDecision(evaluate(set, request(SESSION, "sqs:SendMessage", QUEUE_A)), Decision.EXPLICIT_DENY);
    }

    @Test
    @DisplayName("S6.11: the member account's root user is restricted by SCPs")
    void member_root_is_restricted() {
      PolicySet.Builder set = PolicySet.builder().scpLevel(List.of(policy("OnlyEc2", allow("ec2:*", "*"))));
      Evaluation e = evaluate(set, request(ROOT_A, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.SCP);
      assertDecision(evaluate(set, request(ROOT_A, "ec2:StartInstances", INSTANCE_A)), Decision.ALLOW);
    }

    @Test
    void services_anonymous_and_web_identity_callers_are_not_restricted() {
      PolicySet.Builder set = PolicySet.builder()
          .resourcePolicy(policy("Res", allow("*", "*").principal(everyone())))
          .scpLevel(List.of(policy("DenyAll", deny("*", "*"))));
      for (Principal p : List.of(LAMBDA, ANON, WEB)) {
        Evaluation e = evaluate(set, request(p, "sqs:SendMessage", QUEUE_A));
        assertDecision(e, Decision.ALLOW);
        assertThat(e.result(PolicyKind.SCP)).isEqualTo(KindResult.NOT_APPLICABLE);
      }
    }

    @Test
    void federated_users_are_restricted() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()).session(policy("S", allow("*", "*")))
              .scpLevel(List.of(policy("DenyAll", deny("*", "*")))),
          request(FED, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
    }

    @Test
    @DisplayName("S6.6: a Deny at any level applies below it, even with FullAWSAccess everywhere")
    void deny_at_any_level_applies() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere())
              .scpLevel(List.of(fullAccessScp(), policy("DenySqs", deny("sqs:*", "*"))))
              .scpLevel(List.of(fullAccessScp())),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
      assertThat(matched(e)).containsExactly("scp:DenySqs@0#0");
    }
  }

  @Nested
  @DisplayName("S6.5 RCP gate")
  class RcpGate {
    @Test
    void a_level_without_an_allow_blocks_even_the_root_user() {
      Evaluation e = evaluate(PolicySet.builder()
              .rcpLevel(List.of(fullAccessRcp())).rcpLevel(List.of(policy("OnlyS3", allow("s3:*", "*")
                  .principal(everyone())))),
          request(ROOT_A, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.RCP);
      assertThat(e.blockingLevel()).hasValue(1);
      assertThat(e.result(PolicyKind.RCP)).isEqualTo(KindResult.IMPLICIT_DENY);
    }

    @Test
    void the_rcp_gate_comes_before_the_scp_gate() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere())
              .scpLevel(List.of()).rcpLevel(List.of()),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertThat(e.blockingKind()).contains(PolicyKind.RCP);
    }

    @Test
    void rcp_full_access_lets_the_request_through_and_is_on_the_granting_path() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()).rcpLevel(List.of(fullAccessRcp())),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("identity:Send#0", "rcp:RCPFullAWSAccess@0#0");
      assertThat(e.result(PolicyKind.RCP)).isEqualTo(KindResult.ALLOWED);
    }

    @Test
    @DisplayName("S9.5: RCPs only take part for services that support them")
    void services_without_rcp_support_ignore_rcps() {
      PolicySet.Builder set = PolicySet.builder().identity(policy("All", allow("*", "*")))
          .rcpLevel(List.of(policy("DenyAll", deny("*", "*").principal(everyone()))));
      Evaluation ec2 = evaluate(set, request(ALICE, "ec2:StartInstances", INSTANCE_A));
      assertDecision(ec2, Decision.ALLOW);
      assertThat(ec2.result(PolicyKind.RCP)).isEqualTo(KindResult.NOT_APPLICABLE);
      assertDecision(evaluate(set, request(ALICE, "sqs:SendMessage", QUEUE_A)), Decision.EXPLICIT_DENY);
      assertDecision(evaluate(set, request(ALICE, "S3:GetObject", "arn:aws:s3:::bucket/key")),
          Decision.EXPLICIT_DENY);
    }

    @Test
    void resources_of_the_management_account_are_not_restricted() {
      PolicySet.Builder set = PolicySet.builder().identity(policy("All", allow("*", "*")))
          .rcpLevel(List.of(policy("DenyAll", deny("*", "*").principal(everyone())))).managementAccount(MGMT);
      Evaluation e = evaluate(set, request(MGMT_USER, "sqs:SendMessage", QUEUE_MGMT));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.result(PolicyKind.RCP)).isEqualTo(KindResult.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("S6.5: RCPs restrict anonymous callers and services too")
    void rcp_denies_apply_to_anonymous_and_services() {
      PolicySet.Builder set = PolicySet.builder()
          .resourcePolicy(policy("Res", allow("*", "*").principal(everyone())))
          .rcpLevel(List.of(fullAccessRcp(), policy("NoSend", deny("sqs:SendMessage", "*").principal(everyone()))));
      for (Principal p : List.of(ANON, LAMBDA, ROOT_A, CAROL_B)) {
        Evaluation e = evaluate(set, request(p, "sqs:SendMessage", QUEUE_A));
        assertDecision(e, Decision.EXPLICIT_DENY);
        assertThat(matched(e)).containsExactly("rcp:NoSend@0#0");
      }
    }
  }

  @Nested
  @DisplayName("S6.11 root user")
  class Root {
    @Test
    void same_account_is_allowed_without_any_policy() {
      Evaluation e = evaluate(PolicySet.builder(), request(ROOT_A, "sqs:DeleteQueue", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.matchedStatements()).isEmpty();
      assertThat(e.result(PolicyKind.IDENTITY)).isEqualTo(KindResult.NOT_APPLICABLE);
    }

    @Test
    void cross_account_needs_a_resource_grant() {
      Evaluation none = evaluate(PolicySet.builder(), request(ROOT_A, "sqs:SendMessage", QUEUE_B));
      assertDecision(none, Decision.IMPLICIT_DENY);
      assertThat(none.blockingKind()).contains(PolicyKind.RESOURCE);

      Evaluation granted = evaluate(PolicySet.builder().resourcePolicy(policy("Res",
              allow("sqs:SendMessage", QUEUE_B).principal(aws("111122223333")))),
          request(ROOT_A, "sqs:SendMessage", QUEUE_B));
      assertDecision(granted, Decision.ALLOW);
      assertThat(matched(granted)).containsExactly("resource:Res#0");
    }

    @Test
    void a_trust_policy_must_name_it_even_in_its_own_account() {
      PolicySet.Builder none = PolicySet.builder().trustPolicy(policy("Trust",
          trust(Effect.ALLOW, service("ec2.amazonaws.com"))));
      Evaluation e = evaluate(none, request(ROOT_A, "sts:AssumeRole", TARGET_ROLE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.TRUST);
    }
  }

  @Nested
  @DisplayName("S6.12 anonymous callers")
  class Anonymous {
    @Test
    void a_grant_to_everyone_admits_them() {
      for (var principal : List.of(everyone(), aws("*"))) {
        Evaluation e = evaluate(PolicySet.builder().resourcePolicy(policy("Public",
                allow("sqs:SendMessage", QUEUE_A).principal(principal))),
            request(ANON, "sqs:SendMessage", QUEUE_A));
        assertDecision(e, Decision.ALLOW);
        assertThat(matched(e)).containsExactly("resource:Public#0");
      }
    }

    @Test
    void a_not_principal_allow_admits_them() {
      Evaluation e = evaluate(PolicySet.builder().resourcePolicy(policy("Res", Statement.builder()
              .effect(Effect.ALLOW).action("sqs:SendMessage").resource(QUEUE_A).notPrincipal(aws(ALICE_ARN)))),
          request(ANON, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
    }

    @Test
    void a_grant_to_an_account_does_not_admit_them() {
      Evaluation e = evaluate(PolicySet.builder().resourcePolicy(policy("Res",
              allow("sqs:SendMessage", QUEUE_A).principal(aws("111122223333")))),
          request(ANON, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.RESOURCE);
      assertThat(e.result(PolicyKind.RESOURCE)).isEqualTo(KindResult.IMPLICIT_DENY);
    }

    @Test
    void identity_policies_play_no_part() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("All", allow("*", "*"))),
          request(ANON, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.result(PolicyKind.IDENTITY)).isEqualTo(KindResult.NOT_APPLICABLE);
      assertThat(e.result(PolicyKind.RESOURCE)).isEqualTo(KindResult.NOT_APPLICABLE);
      assertThat(e.blockingKind()).contains(PolicyKind.RESOURCE);
    }
  }

  @Nested
  @DisplayName("S6.13 service principals")
  class Services {
    private final PolicySet.Builder queuePolicy = PolicySet.builder().resourcePolicy(policy("Res",
        allow("sqs:SendMessage", QUEUE_A).principal(service("LAMBDA.amazonaws.com"))));

    @Test
    void the_resource_policy_must_name_the_service_ignoring_case() {
      Evaluation e = evaluate(queuePolicy, request(LAMBDA, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("resource:Res#0");
      assertDecision(evaluate(queuePolicy, request(Principal.service("sns.amazonaws.com"), "sqs:SendMessage",
          QUEUE_A)), Decision.IMPLICIT_DENY);
    }

    @Test
    void a_grant_to_everyone_admits_services() {
      assertDecision(evaluate(PolicySet.builder().resourcePolicy(policy("Res",
          allow("sqs:SendMessage", QUEUE_A).principal(everyone()))), request(LAMBDA, "sqs:SendMessage", QUEUE_A)),
          Decision.ALLOW);
    }

    @Test
    void identity_policies_play_no_part() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("All", allow("*", "*"))),
          request(LAMBDA, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.result(PolicyKind.IDENTITY)).isEqualTo(KindResult.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("S6.14: a service assumes a role through the trust policy's Service entry alone")
    void services_assume_roles_through_the_trust_policy() {
      Evaluation e = evaluate(PolicySet.builder().trustPolicy(policy("Trust",
              trust(Effect.ALLOW, service("lambda.amazonaws.com")))),
          request(LAMBDA, "sts:AssumeRole", TARGET_ROLE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("trust:Trust#0");
      assertThat(e.result(PolicyKind.TRUST)).isEqualTo(KindResult.ALLOWED);
    }
  }

  @Nested
  @DisplayName("S6.7, S6.8 same account: match classes")
  class SameAccount {
    private PolicySet.Builder grant(dev.iamkit.core.policy.PrincipalElement principal) {
      return PolicySet.builder().resourcePolicy(policy("Res", allow("sqs:SendMessage", QUEUE_A).principal(principal)));
    }

    private final NamedPolicy boundaryWithoutSqs = policy("Boundary", allow("ec2:*", "*"));
    private final NamedPolicy sessionWithoutSqs = policy("SessionPolicy", allow("ec2:*", "*"));

    @Test
    void direct_user_grant_allows_without_identity_policies() {
      Evaluation e = evaluate(grant(aws(ALICE_ARN)), request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("resource:Res#0");
      assertThat(e.result(PolicyKind.IDENTITY)).isEqualTo(KindResult.IMPLICIT_DENY);
      assertThat(e.result(PolicyKind.RESOURCE)).isEqualTo(KindResult.ALLOWED);
    }

    @Test
    void direct_user_grant_is_not_limited_by_the_boundary() {
      Evaluation e = evaluate(grant(aws(ALICE_ARN)).permissionsBoundary(boundaryWithoutSqs),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.result(PolicyKind.PERMISSIONS_BOUNDARY)).isEqualTo(KindResult.IMPLICIT_DENY);
    }

    @Test
    @DisplayName("A1: a session-ARN grant is limited neither by the boundary nor by the session policy")
    void direct_session_grant_ignores_boundary_and_session_policy() {
      Evaluation e = evaluate(grant(aws(SESSION_ARN)).permissionsBoundary(boundaryWithoutSqs)
              .session(sessionWithoutSqs),
          request(SESSION, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("resource:Res#0");
      assertThat(e.result(PolicyKind.SESSION)).isEqualTo(KindResult.IMPLICIT_DENY);
    }

    @Test
    void wildcard_grant_allows_on_its_own() {
      Evaluation e = evaluate(grant(everyone()).permissionsBoundary(boundaryWithoutSqs).session(sessionWithoutSqs),
          request(SESSION, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
    }

    @Test
    void role_grant_allows_without_identity_policies_when_boundary_and_session_policy_allow() {
      Evaluation e = evaluate(grant(aws(ROLE_ARN))
              .permissionsBoundary(policy("Boundary", allow("sqs:*", "*")))
              .session(policy("SessionPolicy", allow("sqs:SendMessage", "*"))),
          request(SESSION, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("resource:Res#0", "permissions-boundary:Boundary#0", "session:SessionPolicy#0");
      assertThat(e.result(PolicyKind.IDENTITY)).isEqualTo(KindResult.IMPLICIT_DENY);
    }

    @Test
    void role_grant_without_boundary_or_session_policy_allows() {
      assertDecision(evaluate(grant(aws(ROLE_ARN)), request(SESSION, "sqs:SendMessage", QUEUE_A)), Decision.ALLOW);
    }

    @Test
    @DisplayName("A16: a role-ARN grant is limited by the boundary")
    void role_grant_is_limited_by_the_boundary() {
      Evaluation e = evaluate(grant(aws(ROLE_ARN)).identity(sendAnywhere()).permissionsBoundary(boundaryWithoutSqs),
          request(SESSION, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.PERMISSIONS_BOUNDARY);
    }

    @Test
    void role_grant_is_limited_by_the_session_policy() {
      Evaluation e = evaluate(grant(aws(ROLE_ARN)).session(sessionWithoutSqs),
          request(SESSION, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.SESSION);
    }

    @Test
    void role_grant_by_unique_id() {
      assertDecision(evaluate(grant(aws("AROADBQP57FF2AEXAMPLE")), request(SESSION, "sqs:SendMessage", QUEUE_A)),
          Decision.ALLOW);
    }

    @Test
    void account_grant_adds_nothing_to_the_identity_chain() {
      Evaluation without = evaluate(grant(aws("111122223333")), request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(without, Decision.IMPLICIT_DENY);
      assertThat(without.blockingKind()).contains(PolicyKind.IDENTITY);
      assertThat(without.result(PolicyKind.RESOURCE)).isEqualTo(KindResult.ALLOWED);

      Evaluation with = evaluate(grant(aws("111122223333")).identity(sendAnywhere()),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(with, Decision.ALLOW);
      assertThat(matched(with)).containsExactly("identity:Send#0");
    }

    @Test
    void identity_allow_is_limited_by_the_boundary() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()).permissionsBoundary(boundaryWithoutSqs),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.PERMISSIONS_BOUNDARY);
      assertThat(e.result(PolicyKind.PERMISSIONS_BOUNDARY)).isEqualTo(KindResult.IMPLICIT_DENY);
    }

    @Test
    void identity_and_boundary_allow_lists_both() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere())
              .permissionsBoundary(policy("Boundary", allow("sqs:*", "*"))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("identity:Send#0", "permissions-boundary:Boundary#0");
    }

    @Test
    void identity_allow_is_limited_by_the_session_policy() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()).session(sessionWithoutSqs),
          request(SESSION, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.SESSION);
    }

    @Test
    @DisplayName("S6.9, A12: session policies form one set: an Allow in any of them passes the gate")
    void any_session_policy_allow_passes_the_session_gate() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()).session(sessionWithoutSqs)
              .session(policy("Managed", allow("sqs:*", "*"))),
          request(SESSION, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("identity:Send#0", "session:Managed#0");
    }

    @Test
    @DisplayName("S6.9: a session policy alone grants nothing")
    void session_policy_alone_grants_nothing() {
      Evaluation e = evaluate(PolicySet.builder().session(policy("S", allow("*", "*"))),
          request(SESSION, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.IDENTITY);
      assertThat(e.result(PolicyKind.SESSION)).isEqualTo(KindResult.ALLOWED);
    }

    @Test
    void a_resource_policy_for_another_principal_grants_nothing() {
      Evaluation e = evaluate(grant(aws("arn:aws:iam::111122223333:user/mallory")),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.result(PolicyKind.RESOURCE)).isEqualTo(KindResult.IMPLICIT_DENY);
    }

    @Test
    void direct_and_identity_paths_are_both_listed() {
      Evaluation e = evaluate(grant(aws(ALICE_ARN)).identity(sendAnywhere()),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("identity:Send#0", "resource:Res#0");
    }
  }

  @Nested
  @DisplayName("S6.14 trust policies")
  class TrustPolicies {
    private final NamedPolicy assumeAnything = policy("Assume", allow("sts:AssumeRole", "*"));

    @Test
    void an_administrator_of_the_same_account_still_needs_the_trust_policy() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Admin", allow("*", "*")))
              .trustPolicy(policy("Trust", trust(Effect.ALLOW, service("ec2.amazonaws.com")))),
          request(ALICE, "sts:AssumeRole", TARGET_ROLE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.TRUST);
      assertThat(e.result(PolicyKind.TRUST)).isEqualTo(KindResult.IMPLICIT_DENY);
      assertThat(e.kindResults()).doesNotContainKey(PolicyKind.RESOURCE);
    }

    @Test
    void naming_the_user_is_enough_within_the_account() {
      Evaluation e = evaluate(PolicySet.builder().trustPolicy(policy("Trust", trust(Effect.ALLOW, aws(ALICE_ARN)))),
          request(ALICE, "sts:AssumeRole", TARGET_ROLE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.matchedStatements()).singleElement().satisfies(m -> {
        assertThat(m.kind()).isEqualTo(PolicyKind.TRUST);
        assertThat(m.policyName()).isEqualTo("Trust");
        assertThat(m.statementIndex()).isZero();
        assertThat(m.effect()).isEqualTo(Effect.ALLOW);
      });
    }

    @Test
    void naming_the_account_needs_an_identity_allow() {
      PolicySet.Builder set = PolicySet.builder().trustPolicy(policy("Trust", trust(Effect.ALLOW, aws("111122223333"))));
      Evaluation without = evaluate(set, request(ALICE, "sts:AssumeRole", TARGET_ROLE_A));
      assertDecision(without, Decision.IMPLICIT_DENY);
      assertThat(without.blockingKind()).contains(PolicyKind.IDENTITY);
      Evaluation with = evaluate(set.identity(assumeAnything), request(ALICE, "sts:AssumeRole", TARGET_ROLE_A));
      assertDecision(with, Decision.ALLOW);
      assertThat(matched(with)).containsExactly("identity:Assume#0", "trust:Trust#0");
    }

    @Test
    void role_chaining_by_role_arn_is_limited_by_the_boundary() {
      PolicySet.Builder set = PolicySet.builder().trustPolicy(policy("Trust", trust(Effect.ALLOW, aws(ROLE_ARN))));
      assertDecision(evaluate(set, request(SESSION, "sts:AssumeRole", TARGET_ROLE_A)), Decision.ALLOW);
      Evaluation limited = evaluate(set.permissionsBoundary(policy("B", allow("s3:*", "*"))),
          request(SESSION, "sts:AssumeRole", TARGET_ROLE_A));
      assertDecision(limited, Decision.IMPLICIT_DENY);
      assertThat(limited.blockingKind()).contains(PolicyKind.PERMISSIONS_BOUNDARY);
    }

    @Test
    void an_explicit_deny_in_the_trust_policy_wins() {
      Evaluation e = evaluate(PolicySet.builder().trustPolicy(policy("Trust",
              trust(Effect.ALLOW, aws(ALICE_ARN)), trust(Effect.DENY, aws("111122223333")))),
          request(ALICE, "sts:AssumeRole", TARGET_ROLE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
      assertThat(matched(e)).containsExactly("trust:Trust#1");
      assertThat(e.result(PolicyKind.TRUST)).isEqualTo(KindResult.EXPLICIT_DENY);
    }

    @Test
    void cross_account_needs_trust_and_identity() {
      PolicySet.Builder set = PolicySet.builder().trustPolicy(policy("Trust", trust(Effect.ALLOW, aws(ALICE_ARN))));
      Evaluation without = evaluate(set, request(ALICE, "sts:AssumeRole", TARGET_ROLE_B));
      assertDecision(without, Decision.IMPLICIT_DENY);
      assertThat(without.blockingKind()).contains(PolicyKind.IDENTITY);
      assertDecision(evaluate(set.identity(assumeAnything), request(ALICE, "sts:AssumeRole", TARGET_ROLE_B)),
          Decision.ALLOW);
    }

    @Test
    @DisplayName("S2.4: Federated names web-identity callers of that provider only")
    void web_identity_callers_need_their_provider_named() {
      PolicySet.Builder set = PolicySet.builder().trustPolicy(policy("Trust", Statement.builder()
          .effect(Effect.ALLOW).action("sts:AssumeRoleWithWebIdentity").principal(federated("accounts.google.com"))));
      Evaluation e = evaluate(set, request(WEB, "sts:AssumeRoleWithWebIdentity", TARGET_ROLE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("trust:Trust#0");
      assertDecision(evaluate(set, request(new Principal.WebIdentityUser("www.amazon.com"),
          "sts:AssumeRoleWithWebIdentity", TARGET_ROLE_A)), Decision.IMPLICIT_DENY);
    }
  }

  @Nested
  @DisplayName("S6.10 cross-account")
  class CrossAccount {
    @Test
    void identity_allow_and_account_grant_allow() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere())
              .resourcePolicy(policy("Res", allow("sqs:SendMessage", QUEUE_B).principal(aws("111122223333")))),
          request(ALICE, "sqs:SendMessage", QUEUE_B));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("identity:Send#0", "resource:Res#0");
    }

    @Test
    void without_a_resource_policy_the_request_is_denied_implicitly() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()),
          request(ALICE, "sqs:SendMessage", QUEUE_B));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.RESOURCE);
      assertThat(e.result(PolicyKind.RESOURCE)).isEqualTo(KindResult.NOT_APPLICABLE);
    }

    @Test
    void a_direct_grant_needs_the_identity_side_too() {
      Evaluation e = evaluate(PolicySet.builder()
              .resourcePolicy(policy("Res", allow("sqs:SendMessage", QUEUE_B).principal(aws(ALICE_ARN)))),
          request(ALICE, "sqs:SendMessage", QUEUE_B));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.IDENTITY);
    }

    @Test
    void a_direct_grant_is_limited_by_the_boundary() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere())
              .permissionsBoundary(policy("B", allow("ec2:*", "*")))
              .resourcePolicy(policy("Res", allow("sqs:SendMessage", QUEUE_B).principal(aws(ALICE_ARN)))),
          request(ALICE, "sqs:SendMessage", QUEUE_B));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.PERMISSIONS_BOUNDARY);
    }

    @Test
    void each_class_of_grant_works_for_role_sessions() {
      for (String principal : List.of(SESSION_ARN, ROLE_ARN, "111122223333", "arn:aws:iam::111122223333:root", "*")) {
        Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere())
                .resourcePolicy(policy("Res", allow("sqs:SendMessage", QUEUE_B).principal(aws(principal)))),
            request(SESSION, "sqs:SendMessage", QUEUE_B));
        assertDecision(e, Decision.ALLOW);
      }
    }

    @Test
    void the_resource_account_can_be_given_for_arns_without_one() {
      PolicySet.Builder set = PolicySet.builder().identity(policy("Get", allow("s3:GetObject", "*")));
      Evaluation same = evaluate(set, request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/key"));
      assertDecision(same, Decision.ALLOW);
      Evaluation cross = evaluate(set, request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/key").resourceAccount(B));
      assertDecision(cross, Decision.IMPLICIT_DENY);
      assertThat(cross.blockingKind()).contains(PolicyKind.RESOURCE);
      assertDecision(evaluate(set, request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/key").resourceAccount(A)),
          Decision.ALLOW);
    }

    @Test
    void resource_explicit_deny_applies_to_other_accounts() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()).resourcePolicy(policy("Res",
              allow("sqs:*", QUEUE_B).principal(aws("111122223333")),
              deny("sqs:SendMessage", QUEUE_B).principal(aws("arn:aws:iam::111122223333:root")))),
          request(ALICE, "sqs:SendMessage", QUEUE_B));
      assertDecision(e, Decision.EXPLICIT_DENY);
      assertThat(matched(e)).containsExactly("resource:Res#1");
    }
  }

  @Nested
  @DisplayName("S6.15 federated users")
  class FederatedUsers {
    @Test
    void identity_and_session_policy_allow() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()).session(policy("S", allow("sqs:*", "*"))),
          request(FED, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(matched(e)).containsExactly("identity:Send#0", "session:S#0");
    }

    @Test
    void without_a_session_policy_there_are_no_permissions() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()), request(FED, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.blockingKind()).contains(PolicyKind.SESSION);
      assertThat(e.result(PolicyKind.SESSION)).isEqualTo(KindResult.IMPLICIT_DENY);
    }

    @Test
    void a_grant_to_the_federated_user_arn_is_direct() {
      Evaluation e = evaluate(PolicySet.builder()
              .resourcePolicy(policy("Res", allow("sqs:SendMessage", QUEUE_A).principal(aws(FED_ARN)))),
          request(FED, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
    }

    @Test
    void a_grant_to_the_federating_user_is_limited_by_the_session_policy() {
      PolicySet.Builder set = PolicySet.builder()
          .resourcePolicy(policy("Res", allow("sqs:SendMessage", QUEUE_A).principal(aws(BOB_ARN))));
      Evaluation without = evaluate(set, request(FED, "sqs:SendMessage", QUEUE_A));
      assertDecision(without, Decision.IMPLICIT_DENY);
      assertThat(without.blockingKind()).contains(PolicyKind.SESSION);
      assertDecision(evaluate(set.session(policy("S", allow("sqs:*", "*"))), request(FED, "sqs:SendMessage", QUEUE_A)),
          Decision.ALLOW);
    }
  }

  @Nested
  @DisplayName("S6.17 explanation")
  class Explanation {
    @Test
    void kind_results_cover_every_kind_that_can_take_part() {
      Evaluation e = evaluate(PolicySet.builder().identity(sendAnywhere()), request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertThat(e.kindResults()).isEqualTo(Map.of(
          PolicyKind.IDENTITY, KindResult.ALLOWED,
          PolicyKind.PERMISSIONS_BOUNDARY, KindResult.NOT_APPLICABLE,
          PolicyKind.SESSION, KindResult.NOT_APPLICABLE,
          PolicyKind.RESOURCE, KindResult.NOT_APPLICABLE,
          PolicyKind.SCP, KindResult.NOT_APPLICABLE,
          PolicyKind.RCP, KindResult.NOT_APPLICABLE));
    }

    @Test
    void matched_statements_carry_sid_level_and_index() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id", allow("ec2:*", "*"),
                  allow("sqs:SendMessage", "*").sid("Send")))
              .scpLevel(List.of(fullAccessScp())).scpLevel(List.of(policy("Acct", allow("sqs:*", "*").sid("Sqs")))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertThat(e.matchedStatements()).containsExactly(
          MatchedStatement.of(PolicyKind.IDENTITY, "Id", 0, 1, "Send", Effect.ALLOW),
          MatchedStatement.of(PolicyKind.SCP, "FullAWSAccess", 0, 0, Effect.ALLOW),
          MatchedStatement.of(PolicyKind.SCP, "Acct", 1, 0, "Sqs", Effect.ALLOW));
    }

    @Test
    void missing_keys_are_those_of_statements_whose_other_parts_matched() {
      Statement.Builder needsTag = allow("sqs:SendMessage", "*").condition(Condition.builder()
          .add(ConditionOperator.STRING_EQUALS, "aws:PrincipalTag/team", "blue").build());
      Statement.Builder otherAction = allow("ec2:StartInstances", "*").condition(Condition.builder()
          .add(ConditionOperator.STRING_EQUALS, "ec2:Region", "x").build());
      Statement.Builder otherResource = allow("sqs:SendMessage", QUEUE_B).condition(Condition.builder()
          .add(ConditionOperator.STRING_EQUALS, "aws:SourceVpc", "vpc-1").build());
      Statement.Builder presentKey = allow("sqs:SendMessage", "*").condition(Condition.builder()
          .add(ConditionOperator.STRING_EQUALS, "aws:username", "mallory").build());
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id", needsTag, otherAction, otherResource,
              presentKey)),
          request(ALICE, "sqs:SendMessage", QUEUE_A).withDefaultPrincipalKeys());
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.missingContextKeys()).containsExactly("aws:PrincipalTag/team");
    }

    @Test
    void missing_keys_of_resource_statements_for_other_principals_are_not_reported() {
      Evaluation e = evaluate(PolicySet.builder().resourcePolicy(policy("Res",
              allow("sqs:SendMessage", QUEUE_A).principal(aws("arn:aws:iam::111122223333:user/mallory"))
                  .condition(Condition.builder().add(ConditionOperator.STRING_EQUALS, "aws:SourceVpc", "v").build()),
              allow("sqs:SendMessage", QUEUE_A).principal(aws(ALICE_ARN))
                  .condition(Condition.builder().add(ConditionOperator.STRING_EQUALS, "aws:SourceVpce", "v").build()))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertThat(e.missingContextKeys()).containsExactly("aws:SourceVpce");
    }

    @Test
    void missing_keys_are_reported_with_an_explicit_deny_too() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id", deny("sqs:*", "*"),
              allow("sqs:*", "*").condition(Condition.builder()
                  .add(ConditionOperator.BOOL, "aws:MultiFactorAuthPresent", "true").build()))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.EXPLICIT_DENY);
      assertThat(e.missingContextKeys()).containsExactly("aws:MultiFactorAuthPresent");
    }

    @Test
    @DisplayName("S6.17, S4.5: keys of resource variables the request lacks are reported")
    void missing_resource_variable_keys_are_reported() {
      PolicySet.Builder set = PolicySet.builder().identity(policy("Home",
          allow("s3:GetObject", "arn:aws:s3:::bucket/home/${aws:username}/*"),
          allow("ec2:*", "arn:aws:ec2:*:*:instance/${aws:PrincipalTag/ec2}")));
      Evaluation without = evaluate(set, request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/home/alice/a.txt"));
      assertDecision(without, Decision.IMPLICIT_DENY);
      assertThat(without.missingContextKeys()).containsExactly("aws:username");
      Evaluation with = evaluate(set, request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/home/alice/a.txt")
          .withDefaultPrincipalKeys());
      assertDecision(with, Decision.ALLOW);
      assertThat(with.missingContextKeys()).isEmpty();
    }

    @Test
    @DisplayName("S3.14: evaluation problems fail closed and name the statement")
    void condition_diagnostics_name_the_statement() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id", allow("sqs:*", "*").sid("Young")
              .condition(Condition.builder().add(ConditionOperator.parse("NumericLessThan"),
                  "aws:MultiFactorAuthAge", "abc").build()))),
          request(SESSION, "sqs:SendMessage", QUEUE_A).context("aws:MultiFactorAuthAge", ContextValue.numeric(30)));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.diagnostics()).isNotEmpty()
          .allSatisfy(d -> assertThat(d.toString()).startsWith("identity policy \"Id\" statement 0 (Young): "));
    }

    @Test
    @DisplayName("S5.2: Deny with BoolIfExists false denies long-term keys, Bool false does not")
    void mfa_deny_patterns() {
      Statement.Builder boolIfExists = deny("sqs:*", "*").condition(Condition.builder()
          .add(ConditionOperator.parse("BoolIfExists"), "aws:MultiFactorAuthPresent", "false").build());
      Statement.Builder bool = deny("sqs:*", "*").condition(Condition.builder()
          .add(ConditionOperator.BOOL, "aws:MultiFactorAuthPresent", "false").build());
      RequestContext.Builder longTermKeys = request(ALICE, "sqs:SendMessage", QUEUE_A);
      RequestContext.Builder mfaSession = request(ALICE, "sqs:SendMessage", QUEUE_A)
          .context("aws:MultiFactorAuthPresent", ContextValue.bool(true));
      assertDecision(evaluate(PolicySet.builder().identity(sendAnywhere()).identity(policy("D", boolIfExists)),
          longTermKeys), Decision.EXPLICIT_DENY);
      assertDecision(evaluate(PolicySet.builder().identity(sendAnywhere()).identity(policy("D", bool)),
          longTermKeys), Decision.ALLOW);
      assertDecision(evaluate(PolicySet.builder().identity(sendAnywhere()).identity(policy("D", boolIfExists)),
          mfaSession), Decision.ALLOW);
    }

    @Test
    @DisplayName("S6.7: a wildcard grant narrowed by aws:PrincipalAccount")
    void wildcard_grant_narrowed_by_condition() {
      PolicySet.Builder set = PolicySet.builder().resourcePolicy(policy("Res", allow("sqs:SendMessage", QUEUE_A)
          .principal(everyone()).condition(Condition.builder()
              .add(ConditionOperator.STRING_EQUALS, "aws:PrincipalAccount", "111122223333").build())));
      assertDecision(evaluate(set, request(ALICE, "sqs:SendMessage", QUEUE_A).withDefaultPrincipalKeys()),
          Decision.ALLOW);
      Evaluation anonymous = evaluate(set, request(ANON, "sqs:SendMessage", QUEUE_A).withDefaultPrincipalKeys());
      assertDecision(anonymous, Decision.IMPLICIT_DENY);
      assertThat(anonymous.missingContextKeys()).isEmpty();
    }

    @Test
    void conditions_decide_whether_a_statement_applies() {
      PolicySet.Builder set = PolicySet.builder().identity(policy("Id", allow("sqs:*", "*").condition(
          Condition.builder().add(ConditionOperator.STRING_EQUALS, "aws:username", "alice").build())));
      assertDecision(evaluate(set, request(ALICE, "sqs:SendMessage", QUEUE_A).withDefaultPrincipalKeys()),
          Decision.ALLOW);
      assertDecision(evaluate(set, request(ALICE, "sqs:SendMessage", QUEUE_A)), Decision.IMPLICIT_DENY);
    }

    @Test
    @DisplayName("S6.3: statement and policy order never matter")
    void order_does_not_matter() {
      Statement.Builder a = allow("sqs:*", "*");
      Statement.Builder b = deny("sqs:DeleteQueue", "*");
      Statement.Builder c = allow("ec2:*", "*");
      PolicySet.Builder forward = PolicySet.builder().identity(policy("P", a, b, c));
      PolicySet.Builder backward = PolicySet.builder().identity(policy("P", c, b, a));
      for (String action : List.of("sqs:SendMessage", "sqs:DeleteQueue", "ec2:StartInstances", "s3:GetObject")) {
        assertThat(evaluate(backward, request(ALICE, action, QUEUE_A)).decision())
            .isEqualTo(evaluate(forward, request(ALICE, action, QUEUE_A)).decision());
      }
    }

    @Test
    void the_set_is_compiled_once_and_serves_many_requests() {
      PolicySet set = PolicySet.builder().identity(sendAnywhere()).build();
      RequestContext send = request(ALICE, "sqs:SendMessage", QUEUE_A).build();
      RequestContext delete = request(ALICE, "sqs:DeleteQueue", QUEUE_A).build();
      assertThat(EVALUATOR.evaluate(set, send).decision()).isEqualTo(Decision.ALLOW);
      assertThat(EVALUATOR.evaluate(set, delete).decision()).isEqualTo(Decision.IMPLICIT_DENY);
      assertThat(EVALUATOR.evaluate(set, send)).isEqualTo(EVALUATOR.evaluate(set, send));
    }
  }

  @Nested
  @DisplayName("Robustness: malformed statements never throw")
  class Robustness {
    @Test
    void a_statement_without_action_matches_nothing_and_is_reported() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Broken",
              Statement.builder().effect(Effect.ALLOW).resource("*"))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.diagnostics()).singleElement().asString()
          .contains("identity policy \"Broken\" statement 0").contains("neither Action nor NotAction");
    }

    @Test
    void an_identity_statement_without_resource_matches_nothing() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("NoRes",
              Statement.builder().effect(Effect.ALLOW).action("sqs:*"))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.diagnostics()).singleElement().asString().contains("neither Resource nor NotResource");
    }

    @Test
    @DisplayName("S1.9 [DECISION]: a resource-policy statement without Resource covers its own resource")
    void a_resource_statement_without_resource_covers_the_resource() {
      Evaluation e = evaluate(PolicySet.builder().resourcePolicy(policy("Res",
              Statement.builder().effect(Effect.ALLOW).action("sqs:*").principal(aws(ALICE_ARN)))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.diagnostics()).isEmpty();
    }

    @Test
    void a_resource_statement_without_principal_applies_to_nobody() {
      Evaluation e = evaluate(PolicySet.builder().resourcePolicy(policy("Res", allow("sqs:*", "*"))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.IMPLICIT_DENY);
      assertThat(e.diagnostics()).singleElement().asString().contains("neither Principal nor NotPrincipal");
    }

    @Test
    void a_principal_in_an_identity_policy_is_ignored_and_reported() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id",
              allow("sqs:*", "*").principal(aws("arn:aws:iam::111122223333:user/mallory")))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertDecision(e, Decision.ALLOW);
      assertThat(e.diagnostics()).singleElement().asString().contains("ignored");
    }

    @Test
    void problems_of_statements_for_other_services_are_not_reported() {
      Evaluation e = evaluate(PolicySet.builder().identity(policy("Id",
              allow("ec2:*", "*").principal(aws("111122223333")), allow("sqs:*", "*"))),
          request(ALICE, "sqs:SendMessage", QUEUE_A));
      assertThat(e.diagnostics()).isEmpty();
    }
  }
}
