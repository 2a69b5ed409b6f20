package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.EvaluationWarning;
import dev.iamkit.core.eval.KindResult;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.eval.StatementCoverage;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.PolicyKind;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimulationReportWriterTest {
  private static final String FILE = """
      {"requests": [
        {"id": "read", "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
         "resource": "arn:aws:s3:::bucket/key", "expect": "allow"},
        {"principal": {"arn": "arn:aws:sts::111122223333:assumed-role/Deploy/ci", "roleArn": "arn:aws:iam::111122223333:role/p/Deploy"},
         "action": "s3:PutObject", "resource": "arn:aws:s3:::bucket/key", "expect": "allow"},
        {"principal": {"service": "lambda.amazonaws.com"}, "action": "sts:AssumeRole"}
      ]}""";

  private static List<SimulationRequest> requests() {
    return SimulationReader.standard().read(FILE, "report.sim.json").requests();
  }

  @Test
  @DisplayName("S6.17, S11.3: results with decision, expectation, matched statements, missing keys and kind results")
  void writes_results_and_summary() {
    List<SimulationRequest> r = requests();
    Evaluation allowed = Evaluation.builder(Decision.ALLOW)
        .matched(MatchedStatement.of(PolicyKind.IDENTITY, "identity[0]", 0, 1, "Read", Effect.ALLOW))
        .kindResult(PolicyKind.IDENTITY, KindResult.ALLOWED)
        .kindResult(PolicyKind.SCP, KindResult.ALLOWED)
        .warning(EvaluationWarning.of(EvaluationWarning.Code.RESOURCE_ACCOUNT_ASSUMED, "assumed 111122223333"))
        .build();
    Evaluation denied = Evaluation.builder(Decision.EXPLICIT_DENY)
        .matched(MatchedStatement.of(PolicyKind.SCP, "scp[1][0]", 1, 0, Effect.DENY))
        .kindResult(PolicyKind.SCP, KindResult.EXPLICIT_DENY)
        .kindResult(PolicyKind.IDENTITY, KindResult.ALLOWED)
        .missingContextKey("aws:SourceIp")
        .missingContextKey("aws:PrincipalTag/team")
        .build();
    Evaluation implicit = Evaluation.builder(Decision.IMPLICIT_DENY)
        .kindResult(PolicyKind.TRUST, KindResult.IMPLICIT_DENY)
        .kindResult(PolicyKind.IDENTITY, KindResult.NOT_APPLICABLE)
        .build();
    String json = SimulationReportWriter.standard().toJson(List.of(
        new SimulationResult(r.get(0), allowed), new SimulationResult(r.get(1), denied),
        new SimulationResult(r.get(2), implicit)));
    assertThat(json).isEqualTo("""
        {
          "results": [
            {
              "id": "read",
              "action": "s3:GetObject",
              "resource": "arn:aws:s3:::bucket/key",
              "principal": "arn:aws:iam::111122223333:user/alice",
              "decision": "allow",
              "expected": "allow",
              "passed": true,
              "matched": [
                {
                  "policy": "identity[0]",
                  "kind": "identity",
                  "sid": "Read",
                  "statement": 1,
                  "effect": "Allow"
                }
              ],
              "missingContextKeys": [],
              "warnings": [
                {
                  "code": "resource-account-assumed",
                  "message": "assumed 111122223333"
                }
              ],
              "kindResults": {
                "identity": "allowed",
                "scp": "allowed"
              }
            },
            {
              "id": null,
              "action": "s3:PutObject",
              "resource": "arn:aws:s3:::bucket/key",
              "principal": "arn:aws:sts::111122223333:assumed-role/Deploy/ci",
              "decision": "explicit_deny",
              "expected": "allow",
              "passed": false,
              "matched": [
                {
                  "policy": "scp[1][0]",
                  "kind": "scp",
                  "sid": null,
                  "statement": 0,
                  "effect": "Deny"
                }
              ],
              "missingContextKeys": [
                "aws:PrincipalTag/team",
                "aws:SourceIp"
              ],
              "warnings": [],
              "kindResults": {
                "identity": "allowed",
                "scp": "explicit_deny"
              }
            },
            {
              "id": null,
              "action": "sts:AssumeRole",
              "resource": "*",
              "principal": "lambda.amazonaws.com",
              "decision": "implicit_deny",
              "expected": null,
              "passed": null,
              "matched": [],
              "missingContextKeys": [],
              "warnings": [],
              "kindResults": {
                "identity": "not_applicable",
                "trust": "implicit_deny"
              }
            }
          ],
          "summary": {
            "total": 3,
            "passed": 1,
            "failed": 1,
            "withoutExpectation": 1
          },
          "warnings": []
        }""");
  }

  @Test
  void empty_results() {
    assertThat(SimulationReportWriter.standard().toJson(List.of())).isEqualTo("""
        {
          "results": [],
          "summary": {
            "total": 0,
            "passed": 0,
            "failed": 0,
            "withoutExpectation": 0
          },
          "warnings": []
        }""");
  }

  @Test
  @DisplayName("passed(): no expectation, or the decision equals it")
  void passed_compares_with_expectation() {
    List<SimulationRequest> r = requests();
    assertThat(new SimulationResult(r.get(0), Evaluation.builder(Decision.ALLOW).build()).passed()).isTrue();
    assertThat(new SimulationResult(r.get(0), Evaluation.builder(Decision.IMPLICIT_DENY).build()).passed()).isFalse();
    assertThat(new SimulationResult(r.get(2), Evaluation.builder(Decision.EXPLICIT_DENY).build()).passed()).isTrue();
  }

  @Test
  @DisplayName("check(): PASSED, FAILED, or NO_EXPECTATION when the request has none")
  void check_tells_the_three_outcomes_apart() {
    List<SimulationRequest> r = requests();
    assertThat(new SimulationResult(r.get(0), Evaluation.builder(Decision.ALLOW).build()).check())
        .isEqualTo(SimulationResult.Check.PASSED);
    assertThat(new SimulationResult(r.get(0), Evaluation.builder(Decision.IMPLICIT_DENY).build()).check())
        .isEqualTo(SimulationResult.Check.FAILED);
    assertThat(new SimulationResult(r.get(2), Evaluation.builder(Decision.EXPLICIT_DENY).build()).check())
        .isEqualTo(SimulationResult.Check.NO_EXPECTATION);
  }

  @Test
  void shows_every_kind_of_principal() {
    assertThat(SimulationReportWriter.principal(Principal.anonymous())).isEqualTo("anonymous");
    assertThat(SimulationReportWriter.principal(new Principal.WebIdentityUser("accounts.google.com")))
        .isEqualTo("accounts.google.com");
    assertThat(SimulationReportWriter.principal(Principal.parse("arn:aws:iam::111122223333:root")))
        .isEqualTo("arn:aws:iam::111122223333:root");
    assertThat(SimulationReportWriter.principal(Principal.parse("arn:aws:sts::111122223333:federated-user/bob")))
        .isEqualTo("arn:aws:sts::111122223333:federated-user/bob");
  }

  @Test
  void rejects_null_arguments() {
    new NullPointerTester().setDefault(StatementCoverage.class, StatementCoverage.create())
        .testAllPublicInstanceMethods(SimulationReportWriter.standard());
    new NullPointerTester().setDefault(SimulationRequest.class, requests().get(0))
        .setDefault(Evaluation.class, Evaluation.builder(Decision.ALLOW).build())
        .testAllPublicConstructors(SimulationResult.class);
  }
}
