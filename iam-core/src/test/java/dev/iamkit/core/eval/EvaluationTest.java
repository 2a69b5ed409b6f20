package dev.iamkit.core.eval;

import static dev.iamkit.core.eval.Fixtures.ALICE;
import static dev.iamkit.core.eval.Fixtures.QUEUE_A;
import static dev.iamkit.core.eval.Fixtures.allow;
import static dev.iamkit.core.eval.Fixtures.deny;
import static dev.iamkit.core.eval.Fixtures.policy;
import static dev.iamkit.core.eval.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.internal.engine.Engine;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.PolicyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The evaluation {@link Evaluator#evaluate} returns: decided at once, explained on first access (S6.17), with the
 * same explanation as the explaining run whichever accessor comes first and whichever thread asks.
 */
@DisplayName("Evaluation (S6.17): decision at once, explanation on demand")
class EvaluationTest {
  private static final PolicySet SET = PolicySet.builder()
      .identity(policy("p", allow("sqs:SendMessage", QUEUE_A), allow("sqs:*", "*").condition(Condition.builder()
          .add(ConditionOperator.STRING_EQUALS, "aws:PrincipalTag/team", "blue").build())))
      .permissionsBoundary(policy("b", allow("sqs:*", "*"), deny("sqs:DeleteQueue", "*")))
      .build();

  private static RequestContext sendMessage() {
    return request(ALICE, "sqs:SendMessage", QUEUE_A).build();
  }

  private static Evaluation explained(PolicySet set, RequestContext r) {
    return Engine.evaluate(set.compiled(), r, r.facts());
  }

  @Test
  void the_explanation_is_the_explaining_run_s_whatever_is_read_first() {
    RequestContext r = sendMessage();
    Evaluation full = explained(SET, r);
    assertThat(Evaluator.standard().evaluate(SET, r).missingContextKeys()).isEqualTo(full.missingContextKeys())
        .containsExactly("aws:PrincipalTag/team");
    assertThat(Evaluator.standard().evaluate(SET, r).kindResults()).isEqualTo(full.kindResults());
    assertThat(Evaluator.standard().evaluate(SET, r).result(PolicyKind.PERMISSIONS_BOUNDARY))
        .isEqualTo(KindResult.ALLOWED);
    Evaluation lazy = Evaluator.standard().evaluate(SET, r);
    assertThat(lazy.decision()).isEqualTo(Decision.ALLOW);
    assertThat(lazy.matchedStatements()).isEqualTo(full.matchedStatements()).hasSize(2);
    assertThat(lazy).isEqualTo(full).hasSameHashCodeAs(full).hasToString(full.toString());
  }

  @Test
  void explain_gives_the_evaluation_that_evaluate_gives_explained() {
    for (RequestContext r : java.util.List.of(sendMessage(), request(ALICE, "sqs:DeleteQueue", QUEUE_A).build(),
        request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/key").build())) {
      Evaluation lazy = Evaluator.standard().evaluate(SET, r);
      Evaluation now = Evaluator.standard().explain(SET, r);
      assertThat(now.decision()).isEqualTo(lazy.decision());
      assertThat(now.matchedStatements()).isEqualTo(lazy.matchedStatements());
      assertThat(now.missingContextKeys()).isEqualTo(lazy.missingContextKeys());
      assertThat(now).isEqualTo(lazy).hasToString(lazy.toString());
    }
    assertThat(Evaluator.standard().explain(SET, request(ALICE, "s3:GetObject", "*").build()).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void a_denied_request_is_explained_by_every_applicable_deny() {
    RequestContext r = request(ALICE, "sqs:DeleteQueue", QUEUE_A).build();
    Evaluation lazy = Evaluator.standard().evaluate(SET, r);
    assertThat(lazy.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(lazy.matchedStatements()).extracting(MatchedStatement::policyName).containsExactly("b");
    assertThat(lazy.blockingKind()).isEmpty();
  }

  @Test
  void with_warning_adds_to_the_lazy_explanation() {
    EvaluationWarning w = EvaluationWarning.of(EvaluationWarning.Code.values()[0], "noted by the caller");
    Evaluation lazy = Evaluator.standard().evaluate(SET, sendMessage());
    Evaluation warned = lazy.withWarning(w);
    assertThat(warned.warnings()).containsExactly(w);
    assertThat(warned.decision()).isEqualTo(lazy.decision());
    assertThat(warned.matchedStatements()).isEqualTo(lazy.matchedStatements());
    assertThat(lazy.warnings()).isEmpty();
  }

  @Test
  void threads_reading_one_evaluation_see_one_explanation() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 50; round++) {
        Evaluation shared = Evaluator.standard().evaluate(SET, sendMessage());
        List<Callable<List<MatchedStatement>>> readers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          readers.add(shared::matchedStatements);
        }
        List<MatchedStatement> expected = explained(SET, sendMessage()).matchedStatements();
        for (Future<List<MatchedStatement>> f : pool.invokeAll(readers)) {
          assertThat(f.get()).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void an_evaluation_built_by_hand_is_complete_at_once() {
    Evaluation e = Evaluation.builder(Decision.IMPLICIT_DENY).blocking(PolicyKind.IDENTITY)
        .missingContextKey("aws:SourceIp").build();
    assertThat(e.blockingKind()).contains(PolicyKind.IDENTITY);
    assertThat(e.missingContextKeys()).containsExactly("aws:SourceIp");
    assertThat(e.matchedStatements()).isEmpty();
  }
}
