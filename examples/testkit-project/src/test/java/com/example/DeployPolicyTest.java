package com.example;

import static dev.iamkit.testkit.IamAssertions.*;

import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.testkit.AbstractPolicyAssert;
import dev.iamkit.testkit.IamCoverage;
import dev.iamkit.testkit.IamGenerator;
import dev.iamkit.testkit.IamGenerators;
import dev.iamkit.testkit.InvalidPolicyException;
import dev.iamkit.testkit.PolicyGenerators;
import dev.iamkit.testkit.Policies;
import dev.iamkit.testkit.RequestGenerators;
import dev.iamkit.testkit.ScenarioTests;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.QuickTheory;

@ExtendWith(IamCoverage.class)
class DeployPolicyTest {
  static final Policy DEPLOY = Policies.allow("s3:GetObject", "s3:PutObject").on("arn:aws:s3:::artifacts/*")
      .when(c -> c.ipAddress("aws:SourceIp", "203.0.113.0/24")).sid("Artifacts")
      .and().deny("s3:DeleteObject", "s3:DeleteBucket").on("arn:aws:s3:::audit", "arn:aws:s3:::audit/*").sid("KeepAudit")
      .build();

  @Test
  void deploy_role_still_cannot_delete_the_audit_bucket() {
    assertThat(DEPLOY)
        .isValidAs(PolicyKind.IDENTITY)
        .allows("s3:PutObject").withContext("aws:SourceIp", "203.0.113.5").on("arn:aws:s3:::artifacts/app.jar")
        .doesNotAllow("s3:PutObject").withContext("aws:SourceIp", "198.51.100.1").on("arn:aws:s3:::artifacts/app.jar")
        .doesNotAllow("s3:DeleteObject").as("arn:aws:sts::111122223333:assumed-role/Deploy/ci")
        .on("arn:aws:s3:::audit/2026.log");
    assertThat(List.of("a")).containsExactly("a");
  }

  @Test
  void failures_explain_the_decision() {
    assertThatThrownBy(() -> assertThat(DEPLOY).allows("s3:DeleteObject").on("arn:aws:s3:::audit/x"))
        .hasMessageContaining("explicit_deny").hasMessageContaining("KeepAudit");
  }

  @Test
  void refused_policies_fail_at_build() {
    assertThatThrownBy(() -> Policies.allow("s3:GetObject").build()).isInstanceOf(InvalidPolicyException.class);
    assertThat(Policies.allow("s3:GetObject").buildUnchecked()).hasProblem(ProblemCode.MISSING_RESOURCE);
  }

  @Test
  void trust_and_resource_policies() {
    Policy trust = Policies.allow("sts:AssumeRole").principalService("lambda.amazonaws.com").build();
    assertThat(trust).allows("sts:AssumeRole").as(Principal.service("lambda.amazonaws.com"))
        .on("arn:aws:iam::111122223333:role/Deploy");
  }

  static final class MyAssert extends AbstractPolicyAssert<MyAssert, Policy> {
    MyAssert(Policy p) {
      super(p, MyAssert.class);
    }

    MyAssert keepsAudit() {
      return doesNotAllow("s3:DeleteBucket").on("arn:aws:s3:::audit");
    }
  }

  @Test
  void extension() {
    new MyAssert(DEPLOY).keepsAudit().hasStatementCount(2);
  }

  @Test
  void plain_generators() {
    SplittableRandom random = new SplittableRandom(1);
    IamGenerator<Policy> gen = IamGenerators.policies(PolicyKind.SCP);
    for (int i = 0; i < 50; i++) {
      assertThat(gen.next(random)).isValidAs(PolicyKind.SCP);
    }
  }

  @Test
  void quicktheories() {
    QuickTheory.qt().withExamples(50).forAll(PolicyGenerators.of(IamGenerators.policySets()), RequestGenerators.requests())
        .checkAssert((set, r) -> assertThat(Evaluator.standard().evaluate(set, r)).isNotNull());
  }

  @TestFactory
  Stream<DynamicNode> files() {
    return ScenarioTests.from(Path.of("src/test/resources/iam"));
  }
}
