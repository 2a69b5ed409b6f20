package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;
import static dev.iamkit.testkit.IamAssertions.assertThatThrownBy;

import dev.iamkit.core.eval.StatementCoverage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class ScenarioTestsTest {
  private static final Path ROOT = Path.of("src/test/resources/scenario-tests");
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  /** The way users run it: this factory's tests must all pass. */
  @TestFactory
  Stream<DynamicNode> good_files_run_as_dynamic_tests() {
    return ScenarioTests.from(ROOT.resolve("good"));
  }

  private static List<DynamicNode> children(DynamicNode node) {
    return ((DynamicContainer) node).getChildren().map(n -> (DynamicNode) n).toList();
  }

  @Test
  void one_container_per_file_in_name_order_and_one_test_per_request_named_by_id() {
    List<DynamicNode> files = ScenarioTests.from(ROOT.resolve("good"), NOW).toList();
    assertThat(files).extracting(DynamicNode::getDisplayName).containsExactly("nested/office.sim.json", "reports.sim.json");
    assertThat(children(files.get(1))).extracting(DynamicNode::getDisplayName)
        .containsExactly("alice reads", "alice cannot delete", "request 2: s3:PutObject on arn:aws:s3:::reports/q1.csv");
    assertThat(files.get(1).getTestSourceUri()).hasValueSatisfying(u -> assertThat(u.toString()).endsWith("reports.sim.json"));
  }

  @Test
  void a_missed_expectation_fails_with_the_explanation() throws Throwable {
    List<DynamicNode> files = ScenarioTests.from(ROOT.resolve("mixed"), NOW).toList();
    assertThat(files).extracting(DynamicNode::getDisplayName)
        .containsExactly("broken.sim.json", "later.scenario.json", "wrong.sim.json");
    DynamicTest wrong = (DynamicTest) children(files.get(2)).get(0);
    assertThat(wrong.getDisplayName()).isEqualTo("expects too much");
    assertThatThrownBy(() -> wrong.getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Request \"expects too much\" (")
        .hasMessageContaining("wrong.sim.json:6:5)")
        .hasMessageContaining("action:    s3:PutObject")
        .hasMessageContaining("expected allow but the decision was implicit_deny (no applicable Allow in identity)")
        .hasMessageEndingWith("identity identity[0]: {\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}}");
  }

  @Test
  void an_unreadable_file_fails_with_the_reader_message_and_scenarios_are_aborted() {
    List<DynamicNode> files = ScenarioTests.from(ROOT.resolve("mixed"), NOW).toList();
    DynamicTest read = (DynamicTest) children(files.get(0)).get(0);
    assertThat(read.getDisplayName()).isEqualTo("read");
    assertThatThrownBy(() -> read.getExecutable().execute()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("broken.sim.json").hasMessageContaining("s3");
    DynamicTest later = (DynamicTest) children(files.get(1)).get(0);
    assertThatThrownBy(() -> later.getExecutable().execute()).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("Scenario files need iamkit's directory support");
  }

  @Test
  void a_single_file_and_bad_paths(@TempDir Path empty) {
    assertThat(ScenarioTests.from(ROOT.resolve("good/reports.sim.json"), NOW).toList())
        .extracting(DynamicNode::getDisplayName).containsExactly("reports.sim.json");
    assertThatThrownBy(() -> ScenarioTests.from(ROOT.resolve("nowhere")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No such file or folder:");
    List<DynamicNode> none = ScenarioTests.from(empty, NOW).toList();
    assertThat(none).hasSize(1);
    assertThatThrownBy(() -> ((DynamicTest) none.get(0)).getExecutable().execute())
        .hasMessageContaining("Expected .sim.json or .scenario.json files under").hasMessageContaining("but found none");
  }

  @Test
  void runs_are_recorded_in_the_coverage() throws Throwable {
    IamCoverage.reset();
    for (DynamicNode file : ScenarioTests.from(ROOT.resolve("good"), NOW).toList()) {
      for (DynamicNode test : children(file)) {
        ((DynamicTest) test).getExecutable().execute();
      }
    }
    assertThat(IamCoverage.current().uncovered()).extracting(StatementCoverage.Entry::toString)
        .containsExactly("identity \"reports\" statement 2 (Unused) Allow: 0 requests");
    assertThat(IamCoverage.report()).startsWith("Statement coverage: 3 of 4 statements decided some request")
        .contains("never matched: identity \"reports\" statement 2 (Unused) Allow: 0 requests");
    assertThatThrownBy(IamCoverage::assertAllStatementsMatched).isInstanceOf(AssertionError.class)
        .hasMessageContaining("(Unused)");
    IamCoverage.reset();
  }
}
