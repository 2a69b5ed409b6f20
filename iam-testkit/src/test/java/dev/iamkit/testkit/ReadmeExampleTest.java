package dev.iamkit.testkit;

import static dev.iamkit.testkit.Fixtures.ALICE;
import static dev.iamkit.testkit.Fixtures.allow;
import static dev.iamkit.testkit.Fixtures.deny;
import static dev.iamkit.testkit.Fixtures.identityPolicies;
import static dev.iamkit.testkit.Fixtures.request;
import static dev.iamkit.testkit.IamAssertions.assertThat;
import static dev.iamkit.testkit.IamAssertions.assertThatProblems;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.json.PolicyReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's "Testing with iamkit" example, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  @DisplayName("S6.4: the README example: a Deny in a second identity policy decides")
  void readme_evaluation_example() {
    Evaluation e = Evaluator.standard().evaluate(
        identityPolicies(allow("s3:GetObject", "arn:aws:s3:::reports/*"), deny("s3:GetObject", "arn:aws:s3:::reports/secret/*")),
        request(ALICE, "s3:GetObject", "arn:aws:s3:::reports/secret/plan.txt"));
    assertThat(e).isExplicitlyDenied().wasDecidedBy(PolicyKind.IDENTITY, "identity[1]", 0);
  }

  @Test
  @DisplayName("S1.11, S1.13: the README example: a trust policy may not carry Resource")
  void readme_validation_example() {
    Policy policy = PolicyReader.standard().read("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole", "Resource": "*"}]}""");
    assertThatProblems(PolicyValidator.standard().validate(policy, PolicyKind.TRUST))
        .hasError(ProblemCode.FORBIDDEN_ELEMENT, "/Statement/0/Resource");
  }
}
