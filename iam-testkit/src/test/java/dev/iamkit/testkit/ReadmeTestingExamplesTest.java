package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.*;
import static org.quicktheories.QuickTheory.qt;

import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.PolicyWriter;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's "Permission tests", "Property tests" and "Expectations kept as files" examples, as written. */
class ReadmeTestingExamplesTest {

  @Nested
  class ReportsPolicyTest {
    private final Policy policy = Policies.allow("s3:GetObject", "s3:ListBucket").on("arn:aws:s3:::reports/*")
        .when(c -> c.bool("aws:SecureTransport", true)).sid("ReadReports")
        .and().deny("s3:DeleteObject").on("*").sid("NeverDelete")
        .build();

    @Test
    void reads_reports_over_tls_only_and_never_deletes() {
      assertThat(policy)
          .isValidAs(PolicyKind.IDENTITY)
          .allows("s3:GetObject").withContext("aws:SecureTransport", "true").on("arn:aws:s3:::reports/q1.csv")
          .doesNotAllow("s3:GetObject").on("arn:aws:s3:::reports/q1.csv")
          .doesNotAllow("s3:DeleteObject").as("arn:aws:iam::111122223333:user/bob").on("arn:aws:s3:::reports/q1.csv");
      assertThat(policy.statements()).hasSize(2);   // plain AssertJ, same import
    }

    @Test
    void the_failure_message_shown_in_the_readme() {
      assertThatThrownBy(() -> assertThat(policy).allows("s3:GetObject").on("arn:aws:s3:::reports/q1.csv"))
          .hasMessageStartingWith(String.join(System.lineSeparator(),
              "Expecting the policy to allow",
              "  principal: arn:aws:iam::111122223333:user/alice",
              "  action:    s3:GetObject",
              "  resource:  arn:aws:s3:::reports/q1.csv (account 111122223333)",
              "  context:   (none given) plus the principal and time keys AWS sets",
              "but the decision was implicit_deny (no applicable Allow in identity)",
              "  deciding statements: none",
              "  missing context keys: [aws:SecureTransport]",
              "  why each Allow statement did not apply:",
              "    statement 0 (ReadReports): its Condition is not met (the request lacks aws:SecureTransport): {"))
          .hasMessageContaining("the identity policy under test:");
    }
  }

  @Test
  void plain_random_generator_property() {
    RandomGenerator random = new SplittableRandom(42);
    IamGenerator<Policy> policies = IamGenerators.policies(PolicyKind.IDENTITY);
    for (int i = 0; i < 200; i++) {
      IamGenerator.Sample<Policy> sample = policies.sample(random);
      if (!PolicyReader.standard().read(PolicyWriter.compact().write(sample.value())).equals(sample.value())) {
        Policy smallest = sample.shrink(p -> !PolicyReader.standard().read(PolicyWriter.compact().write(p)).equals(p)).value();
        throw new AssertionError("does not round-trip: " + PolicyWriter.pretty().write(smallest));
      }
    }
  }

  @Test
  void quicktheories_property() {
    qt().withExamples(200).withFixedSeed(7)
        .forAll(PolicyGenerators.of(IamGenerators.policySets()), RequestGenerators.requests())
        .checkAssert((set, request) -> assertThat(Evaluator.standard().evaluate(set, request)).hasNoDiagnostics());
  }

  @Nested
  @ExtendWith(IamCoverage.class)
  class PolicyRepositoryTest {
    @TestFactory
    Stream<DynamicNode> expectations() {
      return ScenarioTests.from(Path.of("src/test/resources/scenario-tests/good"));
    }
  }
}
