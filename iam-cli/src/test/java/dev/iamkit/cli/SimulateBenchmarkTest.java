package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code iam simulate --benchmark}: the shape of the report and that it measures the decisions of the plain run.
 * Never asserts timings; the hidden {@code --benchmark-millis} keeps the runs short.
 */
class SimulateBenchmarkTest {

  @TempDir
  Path dir;

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  static Map<?, ?> object(String json) {
    Object parsed = MiniJson.parse(json);
    assertThat(parsed).isInstanceOf(Map.class);
    return (Map<?, ?>) parsed;
  }

  @Test
  void json_report_has_the_documented_fields_and_exit_0_when_expectations_are_met() throws IOException {
    Path file = write("reports.sim.json", SimulateCommandTest.PASSING);

    Cli.Result r = Cli.run("simulate", "--benchmark", "--benchmark-millis", "50", "--output", "json",
        file.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    Map<?, ?> json = object(r.out());
    assertThat(List.<Object>copyOf(json.keySet())).containsExactly(
        "requests", "decisions", "decisionsPerSecond", "nsPerDecision", "expectationsMet");
    assertThat(json.get("requests")).isEqualTo(new BigDecimal(3));
    assertThat(((BigDecimal) json.get("decisions")).signum()).isPositive();
    assertThat(((BigDecimal) json.get("decisionsPerSecond")).signum()).isPositive();
    assertThat(((BigDecimal) json.get("nsPerDecision")).signum()).isPositive();
    assertThat(json.get("expectationsMet")).isEqualTo(true);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void a_failed_expectation_is_reported_and_exits_1_as_in_the_plain_run() throws IOException {
    Path file = write("failing.sim.json", SimulateCommandTest.simulation(
        SimulateCommandTest.request("read", "s3:GetObject", "arn:aws:s3:::reports/q1.csv", "allow"),
        SimulateCommandTest.request("wrong on purpose", "s3:GetObject", "arn:aws:s3:::reports/q2.csv",
            "implicit_deny")));

    Cli.Result plain = Cli.run("simulate", file.toString());
    Cli.Result json = Cli.run("simulate", "--benchmark", "--benchmark-millis", "20", "--output", "json",
        file.toString());
    Cli.Result text = Cli.run("simulate", "--benchmark", "--benchmark-millis", "20", file.toString());

    assertThat(plain.status()).isEqualTo(1);
    assertThat(json.status()).as(json.toString()).isEqualTo(1);
    assertThat(object(json.out()).get("expectationsMet")).isEqualTo(false);
    assertThat(text.status()).as(text.toString()).isEqualTo(1);
    assertThat(text.outLines()).last().asString().startsWith("expectations not met");
  }

  @Test
  void text_report_names_requests_decisions_and_rates() throws IOException {
    Path file = write("reports.sim.json", SimulateCommandTest.PASSING);

    Cli.Result r = Cli.run("simulate", "--benchmark", "--benchmark-millis", "20", file.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.outLines()).hasSize(2);
    assertThat(r.outLines().get(0)).matches(
        "3 requests, \\d+ decisions in \\d+\\.\\d\\d s on one thread: \\d+ decisions/s, \\d+\\.\\d ns per decision");
    assertThat(r.outLines().get(1)).isEqualTo("expectations met");
  }

  @Test
  void the_examples_are_benchmarked_with_the_decisions_and_status_of_the_plain_run() {
    // Every decision timed is compared with the plain run's (a difference is an internal error, exit 3), and
    // the examples mix allow, explicit and implicit denies, conditions, SCPs, RCPs and resource policies.
    Cli.Result plain = Cli.run("simulate", "--now", "2026-06-01T00:00:00Z", "../examples");
    Cli.Result bench = Cli.run("simulate", "--now", "2026-06-01T00:00:00Z", "--benchmark", "--benchmark-millis",
        "50", "--output", "json", "../examples");

    assertThat(bench.status()).as(bench.toString()).isEqualTo(plain.status()).isZero();
    Map<?, ?> json = object(bench.out());
    String summary = plain.outLines().get(plain.outLines().size() - 1);
    assertThat(summary).startsWith(json.get("requests") + " requests");
    assertThat(json.get("expectationsMet")).isEqualTo(true);
  }

  @Test
  void invalid_input_exits_2_with_a_diagnostic_and_nothing_is_measured() throws IOException {
    Path bad = write("broken.sim.json", "{\n  \"requests\": [\n}\n");

    Cli.Result r = Cli.run("simulate", "--benchmark", "--benchmark-millis", "20", "--output", "json",
        bad.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(object(r.out()).containsKey("diagnostics")).isTrue();
    assertThat(r.err()).contains("nothing was evaluated");
  }

  @Test
  void seconds_below_one_seconds_without_benchmark_and_coverage_are_usage_errors() throws IOException {
    Path file = write("reports.sim.json", SimulateCommandTest.PASSING);

    Cli.Result alone = Cli.run("simulate", "--seconds", "1", file.toString());
    assertThat(alone.status()).isEqualTo(2);
    assertThat(alone.err()).contains("--seconds needs --benchmark");

    assertThat(Cli.run("simulate", "--benchmark", "--seconds", "0", file.toString()).status()).isEqualTo(2);
    assertThat(Cli.run("simulate", "--benchmark", "--coverage", file.toString()).status()).isEqualTo(2);
  }
}
