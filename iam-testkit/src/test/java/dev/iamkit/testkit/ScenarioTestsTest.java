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
    assertThat(files).extracting(DynamicNode::getDisplayName).containsExactly("deploy.scenario.json", "nested/office.sim.json", "reports.sim.json");
    assertThat(children(files.get(2))).extracting(DynamicNode::getDisplayName)
        .containsExactly("alice reads", "alice cannot delete", "request 2: s3:PutObject on arn:aws:s3:::reports/q1.csv");
    assertThat(files.get(2).getTestSourceUri()).hasValueSatisfying(u -> assertThat(u.toString()).endsWith("reports.sim.json"));
  }

  @Test
  void a_missed_expectation_fails_with_the_explanation() throws Throwable {
    List<DynamicNode> files = ScenarioTests.from(ROOT.resolve("mixed"), NOW).toList();
    assertThat(files).extracting(DynamicNode::getDisplayName)
        .containsExactly("broken.sim.json", "invalid.scenario.json", "later.scenario.json", "wrong.sim.json");
    DynamicTest wrong = (DynamicTest) children(files.get(3)).get(0);
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
  void an_unreadable_file_fails_with_the_reader_message() {
    List<DynamicNode> files = ScenarioTests.from(ROOT.resolve("mixed"), NOW).toList();
    DynamicTest read = (DynamicTest) children(files.get(0)).get(0);
    assertThat(read.getDisplayName()).isEqualTo("read");
    assertThatThrownBy(() -> read.getExecutable().execute()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("broken.sim.json").hasMessageContaining("s3");
  }

  @Test
  void a_scenario_file_is_one_container_with_one_test_per_step_named_by_index_kind_and_as() {
    List<DynamicNode> files = ScenarioTests.from(ROOT.resolve("good"), NOW).toList();
    List<DynamicNode> steps = children(files.get(0));
    assertThat(steps).extracting(DynamicNode::getDisplayName).containsExactly(
        "step 0: authenticate as alice", "step 1: authorize", "step 2: assumeRole as deployer", "step 3: authorize");
    assertThat(steps.get(3).getTestSourceUri())
        .hasValueSatisfying(u -> assertThat(u.toString()).endsWith("deploy.scenario.json"));
  }

  @Test
  void a_scenario_step_that_misses_its_expectation_fails_with_its_message_and_the_others_pass() throws Throwable {
    List<DynamicNode> steps = children(ScenarioTests.from(ROOT.resolve("mixed"), NOW).toList().get(2));
    for (int i = 0; i < 3; i++) {
      ((DynamicTest) steps.get(i)).getExecutable().execute();
    }
    DynamicTest last = (DynamicTest) steps.get(3);
    assertThatThrownBy(() -> last.getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Step \"step 3: authorize\" (")
        .hasMessageContaining("later.scenario.json:28:5)")
        .hasMessageContaining("Authorize[caller=deployer, action=s3:PutObject, resource=arn:aws:s3:::artifacts/app.zip")
        .hasMessageContaining("expected explicit_deny but it ended with allow (as arn:aws:sts::111122223333:"
            + "assumed-role/Deployer/deploy) at 2026-01-01T00:00:00Z: allow: allowed by identity \"deploy\" statement 0");
  }

  @Test
  void an_invalid_scenario_file_is_one_failing_test_with_the_readers_positioned_message() {
    DynamicNode invalid = ScenarioTests.from(ROOT.resolve("mixed"), NOW).toList().get(1);
    List<DynamicNode> tests = children(invalid);
    assertThat(tests).extracting(DynamicNode::getDisplayName).containsExactly("read");
    assertThatThrownBy(() -> ((DynamicTest) tests.get(0)).getExecutable().execute())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("invalid.scenario.json")
        .hasMessageContaining("at /world/accounts/111122223333/users/alice/groups/0 (line 1, column 73)")
        .hasMessageContaining("The group with name Nobody cannot be found");
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
