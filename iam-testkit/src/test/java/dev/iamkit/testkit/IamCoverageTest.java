package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.iamkit.core.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The JUnit 5 extension: clears before a class, reports (and optionally fails) after it. */
class IamCoverageTest {
  static final Policy POLICY = Policies.allow("s3:GetObject").on("*").sid("Read")
      .and().deny("s3:DeleteObject").on("*").sid("NoDelete").build();

  /** Run only through the launcher below (surefire skips nested classes). */
  @ExtendWith(IamCoverage.class)
  static class Reporting {
    @Test
    void reads() {
      assertThat(POLICY).allows("s3:GetObject").on("arn:aws:s3:::b/k");
    }
  }

  /** Run only through the launcher below. */
  static class Strict {
    @RegisterExtension
    static final IamCoverage COVERAGE = IamCoverage.failingOnUncovered();

    @Test
    void reads() {
      assertThat(POLICY).allows("s3:GetObject").on("arn:aws:s3:::b/k");
    }
  }

  /** Run only through the launcher below. */
  static class StrictAndComplete {
    @RegisterExtension
    static final IamCoverage COVERAGE = IamCoverage.failingOnUncovered();

    @Test
    void reads_and_is_refused_deletes() {
      assertThat(POLICY).allows("s3:GetObject").on("arn:aws:s3:::b/k")
          .doesNotAllow("s3:DeleteObject").on("arn:aws:s3:::b/k");
    }
  }

  private record Run(List<String> reports, List<TestExecutionResult> classResults) {}

  private static Run run(Class<?> testClass) {
    List<String> reports = new ArrayList<>();
    List<TestExecutionResult> classResults = new ArrayList<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
        new TestExecutionListener() {
          @Override
          public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            entry.getKeyValuePairs().entrySet().stream().filter(e -> e.getKey().equals("iam-coverage"))
                .map(Map.Entry::getValue).forEach(reports::add);
          }

          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.getSource().map(s -> s.toString().contains("ClassSource")).orElse(false)) {
              classResults.add(result);
            }
          }
        });
    return new Run(reports, classResults);
  }

  @Test
  void the_extension_reports_the_statements_no_request_matched_after_the_class() {
    IamCoverage.evaluate(Fixtures.identityPolicies(Fixtures.allow("sqs:*", "*")),
        Fixtures.request(Fixtures.ALICE, "s3:GetObject", "*"));   // cleared before the class runs
    Run run = run(Reporting.class);
    assertThat(run.reports()).singleElement().isEqualTo("Statement coverage: 1 of 2 statements decided some request\n"
        + "  never matched: identity \"policy\" statement 1 (NoDelete) Deny: 0 requests");
    assertThat(run.classResults()).singleElement()
        .satisfies(r -> assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
  }

  @Test
  void failing_on_uncovered_fails_the_class_listing_the_statements() {
    Run run = run(Strict.class);
    assertThat(run.classResults()).singleElement().satisfies(r -> {
      assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
      assertThat(r.getThrowable()).get().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
          .hasMessageContaining("never matched: identity \"policy\" statement 1 (NoDelete) Deny");
    });
    Run complete = run(StrictAndComplete.class);
    assertThat(complete.classResults()).singleElement()
        .satisfies(r -> assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
    assertThat(complete.reports()).singleElement().asString()
        .startsWith("Statement coverage: 2 of 2 statements decided some request");
  }
}
