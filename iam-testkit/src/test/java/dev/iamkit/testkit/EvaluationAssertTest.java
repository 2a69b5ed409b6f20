package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.EvaluationDiagnostic;
import dev.iamkit.core.eval.KindResult;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.PolicyKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EvaluationAssertTest {

  /** ALLOW by statement 1 (Sid ReadBucket) of identity policy ReadOnly; boundary allowed too. */
  private static final Evaluation ALLOWED = Evaluation.builder(Decision.ALLOW)
      .matched(MatchedStatement.of(PolicyKind.IDENTITY, "ReadOnly", 0, 1, "ReadBucket", Effect.ALLOW))
      .kindResult(PolicyKind.IDENTITY, KindResult.ALLOWED)
      .kindResult(PolicyKind.PERMISSIONS_BOUNDARY, KindResult.ALLOWED)
      .build();

  /** EXPLICIT_DENY by the SCP DenyRegions at level 1, with a missing key. */
  private static final Evaluation DENIED = Evaluation.builder(Decision.EXPLICIT_DENY)
      .matched(MatchedStatement.of(PolicyKind.SCP, "DenyRegions", 1, 0, Effect.DENY))
      .kindResult(PolicyKind.SCP, KindResult.EXPLICIT_DENY)
      .missingContextKey("aws:RequestedRegion")
      .build();

  /** IMPLICIT_DENY: RCP level 2 has no Allow. */
  private static final Evaluation BLOCKED = Evaluation.builder(Decision.IMPLICIT_DENY)
      .blocking(PolicyKind.RCP, 2)
      .kindResult(PolicyKind.RCP, KindResult.IMPLICIT_DENY)
      .kindResult(PolicyKind.IDENTITY, KindResult.ALLOWED)
      .diagnostic(EvaluationDiagnostic.of("scp-0 statement 0", "unknown operator \"StringEqualz\""))
      .build();

  @Nested
  class Decisions {
    @Test
    void passes_when_the_decision_matches() {
      assertThat(ALLOWED).isAllowed().hasDecision(Decision.ALLOW);
      assertThat(DENIED).isExplicitlyDenied().isDenied();
      assertThat(BLOCKED).isImplicitlyDenied().isDenied();
    }

    @Test
    void failure_names_the_expected_decision_and_shows_the_whole_evaluation() {
      assertThatThrownBy(() -> assertThat(DENIED).isAllowed())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected decision allow but was:")
          .hasMessageContaining("explicit_deny")
          .hasMessageContaining("scp[level 1] DenyRegions statement 0 Deny")
          .hasMessageContaining("missing context keys: [aws:RequestedRegion]");
      assertThatThrownBy(() -> assertThat(ALLOWED).isExplicitlyDenied())
          .hasMessageContaining("Expected decision explicit_deny")
          .hasMessageContaining("identity ReadOnly statement 1 (ReadBucket) Allow");
      assertThatThrownBy(() -> assertThat(ALLOWED).isImplicitlyDenied()).hasMessageContaining("implicit_deny");
      assertThatThrownBy(() -> assertThat(ALLOWED).isDenied()).hasMessageContaining("Expected a deny but was:");
    }

    @Test
    void fails_on_null() {
      assertThatThrownBy(() -> assertThat((Evaluation) null).isAllowed())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting actual not to be null");
    }
  }

  @Nested
  class WasDecidedBy {
    @Test
    void passes_for_a_deciding_statement() {
      assertThat(ALLOWED).wasDecidedBy(PolicyKind.IDENTITY, "ReadOnly", 1);
      assertThat(DENIED).wasDecidedBy(PolicyKind.SCP, "DenyRegions", 0);
    }

    @Test
    void fails_when_kind_name_or_index_differ() {
      assertThatThrownBy(() -> assertThat(ALLOWED).wasDecidedBy(PolicyKind.IDENTITY, "ReadOnly", 0))
          .hasMessageContaining("Expected a deciding statement identity ReadOnly statement 0")
          .hasMessageContaining("identity ReadOnly statement 1 (ReadBucket) Allow");
      assertThatThrownBy(() -> assertThat(ALLOWED).wasDecidedBy(PolicyKind.SESSION, "ReadOnly", 1))
          .hasMessageContaining("session ReadOnly statement 1");
      assertThatThrownBy(() -> assertThat(ALLOWED).wasDecidedBy(PolicyKind.IDENTITY, "Other", 1))
          .hasMessageContaining("identity Other statement 1");
    }
  }

  @Nested
  class HasMatchedSid {
    @Test
    void passes_for_the_sid_of_a_deciding_statement() {
      assertThat(ALLOWED).hasMatchedSid("ReadBucket");
    }

    @Test
    void fails_for_another_sid_or_a_statement_without_sid() {
      assertThatThrownBy(() -> assertThat(ALLOWED).hasMatchedSid("readbucket"))
          .hasMessageContaining("Expected a deciding statement with Sid \"readbucket\"")
          .hasMessageContaining("(ReadBucket)");
      assertThatThrownBy(() -> assertThat(DENIED).hasMatchedSid("DenyRegions"))
          .hasMessageContaining("Sid \"DenyRegions\"");
    }

    @Test
    void no_matched_statements_passes_only_without_any() {
      assertThat(BLOCKED).hasNoMatchedStatements();
      assertThatThrownBy(() -> assertThat(ALLOWED).hasNoMatchedStatements())
          .hasMessageContaining("Expected no deciding statements");
    }
  }

  @Nested
  class HasKindResult {
    @Test
    void passes_for_the_reported_result_and_not_applicable_for_absent_kinds() {
      assertThat(ALLOWED)
          .hasKindResult(PolicyKind.IDENTITY, KindResult.ALLOWED)
          .hasKindResult(PolicyKind.PERMISSIONS_BOUNDARY, KindResult.ALLOWED)
          .hasKindResult(PolicyKind.SCP, KindResult.NOT_APPLICABLE);
    }

    @Test
    void fails_with_both_results_and_the_evaluation() {
      assertThatThrownBy(() -> assertThat(ALLOWED).hasKindResult(PolicyKind.SESSION, KindResult.ALLOWED))
          .hasMessageContaining("Expected the session result ALLOWED but was NOT_APPLICABLE in:")
          .hasMessageContaining("kinds: {identity=ALLOWED, permissions-boundary=ALLOWED}");
    }
  }

  @Nested
  class IsBlockedBy {
    @Test
    void passes_for_the_blocking_gate_and_level() {
      assertThat(BLOCKED).isBlockedBy(PolicyKind.RCP).isBlockedBy(PolicyKind.RCP, 2);
    }

    @Test
    void fails_for_another_gate_another_level_or_another_decision() {
      assertThatThrownBy(() -> assertThat(BLOCKED).isBlockedBy(PolicyKind.SCP))
          .hasMessageContaining("Expected the request to be blocked by scp")
          .hasMessageContaining("no applicable Allow in rcp level 2");
      assertThatThrownBy(() -> assertThat(BLOCKED).isBlockedBy(PolicyKind.RCP, 0))
          .hasMessageContaining("blocked by rcp level 0");
      assertThatThrownBy(() -> assertThat(DENIED).isBlockedBy(PolicyKind.SCP))
          .hasMessageContaining("Expected decision implicit_deny");
    }
  }

  @Nested
  class MissingContextKeys {
    @Test
    void passes_for_the_same_keys_ignoring_case_and_order() {
      assertThat(DENIED).hasMissingContextKeys("AWS:requestedregion");
      assertThat(ALLOWED).hasMissingContextKeys().hasNoMissingContextKeys();
    }

    @Test
    void fails_for_fewer_more_or_other_keys() {
      assertThatThrownBy(() -> assertThat(DENIED).hasMissingContextKeys())
          .hasMessageContaining("Expected missing context keys []")
          .hasMessageContaining("missing context keys: [aws:RequestedRegion]");
      assertThatThrownBy(() -> assertThat(DENIED).hasMissingContextKeys("aws:RequestedRegion", "aws:SourceIp"))
          .hasMessageContaining("[aws:requestedregion, aws:sourceip]");
      assertThatThrownBy(() -> assertThat(DENIED).hasNoMissingContextKeys())
          .hasMessageContaining("Expected no missing context keys");
    }
  }

  @Nested
  class Diagnostics {
    @Test
    void passes_without_diagnostics_and_fails_showing_them() {
      assertThat(ALLOWED).hasNoDiagnostics();
      assertThatThrownBy(() -> assertThat(BLOCKED).hasNoDiagnostics())
          .hasMessageContaining("Expected no diagnostics")
          .hasMessageContaining("diagnostic: scp-0 statement 0: unknown operator \"StringEqualz\"");
    }
  }
}
