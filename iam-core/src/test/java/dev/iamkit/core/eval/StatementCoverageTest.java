package dev.iamkit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statement coverage counts the deciding statements of evaluations (S6.17). */
class StatementCoverageTest {
  private static final Policy IDENTITY = Policy.builder().version(PolicyVersion.V2012_10_17)
      .statement(Statement.builder().sid("Read").effect(Effect.ALLOW).action("s3:GetObject").resource("*").build())
      .statement(Statement.builder().sid("NoDelete").effect(Effect.DENY).action("s3:DeleteObject").resource("*").build())
      .statement(Statement.builder().effect(Effect.ALLOW).action("sqs:*").resource("*").build())
      .build();
  private static final Policy SCP = Policy.builder().version(PolicyVersion.V2012_10_17)
      .statement(Statement.builder().effect(Effect.ALLOW).action("*").resource("*").build()).build();
  private static final Policy TRUST = Policy.builder().version(PolicyVersion.V2012_10_17)
      .statement(Statement.builder().effect(Effect.ALLOW).principal(PrincipalElement.wildcard())
          .action("sts:AssumeRole").build()).build();

  private static Evaluation evaluate(PolicySet set, String action, String resource) {
    RequestContext r = RequestContext.builder().principal(Principal.parse("arn:aws:iam::111122223333:user/alice"))
        .action(action).resource(resource).resourceAccount(AccountId.parse("111122223333"))
        .withDefaultPrincipalKeys().build();
    return Evaluator.standard().evaluate(set, r);
  }

  @Test
  void counts_deciding_statements_and_lists_the_rest() {
    PolicySet set = PolicySet.builder().identity(IDENTITY).scpLevel(List.of(new NamedPolicy("FullAWSAccess", SCP))).build();
    StatementCoverage c = StatementCoverage.create();
    c.record(set, evaluate(set, "s3:GetObject", "arn:aws:s3:::b/k"));
    c.record(set, evaluate(set, "s3:GetObject", "arn:aws:s3:::b/l"));
    c.record(set, evaluate(set, "s3:DeleteObject", "arn:aws:s3:::b/k"));
    assertThat(c.statements()).extracting(StatementCoverage.Entry::toString).containsExactly(
        "identity \"identity[0]\" statement 0 (Read) Allow: 2 requests",
        "identity \"identity[0]\" statement 1 (NoDelete) Deny: 1 request",
        "identity \"identity[0]\" statement 2 Allow: 0 requests",
        "scp[level 0] \"FullAWSAccess\" statement 0 Allow: 2 requests");
    assertThat(c.uncovered()).singleElement().satisfies(e -> {
      assertThat(e.statementIndex()).isEqualTo(2);
      assertThat(e.isCovered()).isFalse();
    });
    assertThat(c.toString()).isEqualTo("Statement coverage: 3 of 4 statements decided some request\n"
        + "  never matched: identity \"identity[0]\" statement 2 Allow: 0 requests");
    c.clear();
    assertThat(c.statements()).isEmpty();
  }

  @Test
  void policies_with_the_same_name_and_other_content_are_kept_apart_and_trust_policies_count() {
    StatementCoverage c = StatementCoverage.create();
    PolicySet a = PolicySet.builder().identity(IDENTITY).build();
    PolicySet b = PolicySet.builder().identity(SCP).build();
    c.record(a, evaluate(a, "sqs:SendMessage", "*"));
    c.record(b, evaluate(b, "sqs:SendMessage", "*"));
    assertThat(c.statements()).hasSize(4);
    PolicySet trust = PolicySet.builder().trustPolicy(new NamedPolicy("trust", TRUST)).build();
    c.record(trust, evaluate(trust, "sts:AssumeRole", "arn:aws:iam::111122223333:role/R"));
    assertThat(c.statements().get(4).toString()).isEqualTo("trust \"trust\" statement 0 Allow: 1 request");
  }

  @Test
  void null_arguments_are_named() {
    assertThatThrownBy(() -> StatementCoverage.create().record(null, null)).hasMessage("policies");
  }
}
