package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioCommandTest {

  static final String WORLD = """
      {
        "accounts": {
          "111122223333": {
            "users": {
              "alice": {
                "password": "alice-Passw0rd!",
                "accessKeys": [{"id": "AKIAALICECLIEXAMPLE1", "secret": "alice0000000000000000000000000000EXAMPL", "status": "Active"}],
                "inline": {"Read": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}}
              }
            }
          }
        }
      }""";

  static String scenario(String... steps) {
    return "{\n  \"world\": " + WORLD + ",\n  \"start\": \"2026-01-01T00:00:00Z\",\n  \"steps\": [\n    "
        + String.join(",\n    ", steps) + "\n  ]\n}\n";
  }

  static final String KEYS = "{\"authenticate\": {\"accessKeyId\": \"AKIAALICECLIEXAMPLE1\", \"secretAccessKey\":"
      + " \"alice0000000000000000000000000000EXAMPL\"}, \"as\": \"alice\"}";

  @TempDir
  Path dir;

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Nested
  class Exit_status {
    @Test
    void every_expectation_holding_exits_0() throws IOException {
      Path file = write("ok.scenario.json", scenario(KEYS,
          "{\"authorize\": {\"caller\": \"alice\", \"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::b/k\"},"
              + " \"expect\": \"allow\"}",
          "{\"signIn\": {\"account\": \"111122223333\", \"user\": \"alice\", \"password\": \"wrong\"},"
              + " \"expect\": \"SignInFailed\"}"));

      Cli.Result r = Cli.run("scenario", file.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.outLines()).last().isEqualTo("3 steps: 3 passed, 0 failed");
    }

    @Test
    void a_failed_expectation_exits_1_and_the_table_shows_it() throws IOException {
      Path file = write("fail.scenario.json", scenario(KEYS,
          "{\"authorize\": {\"caller\": \"alice\", \"action\": \"s3:PutObject\", \"resource\": \"arn:aws:s3:::b/k\"},"
              + " \"expect\": \"allow\"}"));

      Cli.Result r = Cli.run("scenario", file.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      assertThat(r.outLines()).anyMatch(l -> l.startsWith("#1") && l.contains("allow") && l.contains("implicit_deny")
          && l.endsWith("FAIL"));
      assertThat(r.outLines()).last().isEqualTo("2 steps: 1 passed, 1 failed");
    }

    @Test
    void invalid_input_exits_2_naming_file_line_column_and_pointer_and_nothing_runs() throws IOException {
      Path good = write("a.scenario.json", scenario(KEYS));
      Path bad = write("b.scenario.json", scenario(KEYS,
          "{\"authorize\": {\"caller\": \"bob\", \"action\": \"s3:GetObject\", \"resource\": \"*\"}}"));

      Cli.Result r = Cli.run("scenario", good.toString(), bad.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains(bad + ":")
          .contains("at /steps/1/authorize/caller").contains("\"bob\" names no earlier step")
          .contains("nothing was run");
      assertThat(r.errLines().get(0)).matches(".*b\\.scenario\\.json:\\d+:\\d+: error: .*");
    }

    @Test
    void an_invalid_world_is_reported_at_its_pointer_in_the_world_file() throws IOException {
      write("w/world.json", """
          {"accounts": {"111122223333": {"users": {"alice": {"policies": ["Missing"]}}}}}
          """);
      Path file = write("w/s.scenario.json", "{\"world\": \"world.json\", \"steps\": []}");

      Cli.Result r = Cli.run("scenario", file.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).contains("world.json:1:").contains("NoSuchEntity")
          .contains("at /accounts/111122223333/users/alice/policies/0");
    }

    @Test
    void a_missing_file_exits_2() {
      Cli.Result r = Cli.run("scenario", dir.resolve("none.scenario.json").toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("no such file or directory");
    }
  }

  @Nested
  class Json_output {
    @Test
    @SuppressWarnings("unchecked")
    void reports_each_step_with_kind_as_expected_actual_passed_and_message_and_a_summary() throws IOException {
      Path file = write("j.scenario.json", scenario(KEYS,
          "{\"authorize\": {\"caller\": \"alice\", \"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::b/k\"}}",
          "{\"authenticate\": {\"accessKeyId\": \"AKIAALICECLIEXAMPLE1\", \"secretAccessKey\": \"wrong\"},"
              + " \"expect\": \"SignatureDoesNotMatch\"}"));

      Cli.Result r = Cli.run("scenario", "--output", "json", file.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
      List<Map<String, Object>> steps = (List<Map<String, Object>>) json.get("steps");
      assertThat(steps).hasSize(3);
      assertThat(steps.get(0)).containsEntry("index", new java.math.BigDecimal(0)).containsEntry("kind", "authenticate")
          .containsEntry("as", "alice").containsEntry("expected", null).containsEntry("actual", "ok")
          .containsEntry("passed", true).containsEntry("principal", "arn:aws:iam::111122223333:user/alice")
          .containsEntry("time", "2026-01-01T00:00:00Z");
      assertThat(steps.get(1)).containsEntry("kind", "authorize").containsEntry("actual", "allow")
          .containsEntry("passed", true);
      assertThat(steps.get(2)).containsEntry("expected", "SignatureDoesNotMatch")
          .containsEntry("actual", "SignatureDoesNotMatch").containsEntry("passed", true);
      assertThat((Map<String, Object>) json.get("summary")).containsEntry("scenarios", new java.math.BigDecimal(1))
          .containsEntry("total", new java.math.BigDecimal(3)).containsEntry("failed", new java.math.BigDecimal(0));
      assertThat(r.out()).doesNotContain("alice0000000000000000000000000000EXAMPL").doesNotContain("wrong\"");
      assertThat(json).as("a world without warnings has no \"warnings\"").doesNotContainKey("warnings");
    }
  }

  /**
   * The validator's warnings of the world's policies (S1.11), which the world's IAM operations accept: printed and
   * listed as iam simulate prints and lists the warnings of a file; they never change the exit status.
   */
  @Nested
  class Warnings {
    /** The world with an unknown action and a set qualifier on a single-valued key (S3.13) in alice's policy. */
    final String warnedWorld = WORLD.replace("\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}",
        "\"Action\": [\"s3:GetObject\", \"s3:GetObjekt\"], \"Resource\": \"*\", \"Condition\":"
            + " {\"ForAllValues:StringEquals\": {\"aws:username\": \"alice\"}}}");

    Path warned(String name, String... steps) throws IOException {
      assertThat(warnedWorld).isNotEqualTo(WORLD);
      return write(name, scenario(steps).replace(WORLD, warnedWorld));
    }

    @Test
    void text_prints_each_warning_under_the_scenario_name_as_file_line_col_and_exits_0() throws IOException {
      Path file = warned("w.scenario.json", KEYS);

      Cli.Result r = Cli.run("scenario", file.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      String pointer = "/world/accounts/111122223333/users/alice/inline/Read/Statement/0";
      assertThat(r.outLines().get(0)).isEqualTo(file.toString());
      assertThat(r.outLines().get(1)).startsWith(file + ":9:").contains(": warning: Action \"s3:GetObjekt\"")
          .endsWith("[unknown-action] at " + pointer + "/Action/1");
      assertThat(r.outLines().get(2)).startsWith(file + ":9:").contains(": warning: ")
          .endsWith("[set-qualifier-misuse] at " + pointer + "/Condition/ForAllValues:StringEquals/aws:username");
      assertThat(r.outLines().get(4)).startsWith("STEP ");
      assertThat(r.outLines()).last().isEqualTo("1 step: 1 passed, 0 failed");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void warnings_do_not_change_a_failure_to_exit_other_than_1() throws IOException {
      Path file = warned("f.scenario.json", KEYS,
          "{\"authorize\": {\"caller\": \"alice\", \"action\": \"s3:PutObject\", \"resource\": \"*\"},"
              + " \"expect\": \"allow\"}");

      Cli.Result r = Cli.run("scenario", file.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      assertThat(r.outLines()).anyMatch(l -> l.contains(": warning: ") && l.endsWith("/Action/1"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void json_lists_the_warnings_after_the_summary_as_iam_validate_writes_diagnostics() throws IOException {
      Path file = warned("j.scenario.json", KEYS);

      Cli.Result r = Cli.run("scenario", "--output", "json", file.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
      assertThat(json.keySet()).containsExactly("steps", "summary", "warnings");
      List<Map<String, Object>> warnings = (List<Map<String, Object>>) json.get("warnings");
      assertThat(warnings).extracting(w -> w.get("code"))
          .containsExactly("unknown-action", "set-qualifier-misuse", "set-qualifier-misuse");
      assertThat(warnings.get(0)).containsEntry("file", file.toString()).containsEntry("severity", "warning")
          .containsEntry("line", new java.math.BigDecimal(9))
          .containsEntry("pointer", "/world/accounts/111122223333/users/alice/inline/Read/Statement/0/Action/1")
          .containsKeys("column", "message");
    }

    @Test
    @SuppressWarnings("unchecked")
    void json_lists_a_warning_of_a_world_file_two_scenarios_share_once() throws IOException {
      Path world = write("shared/world.json", warnedWorld);
      String text = "{\"world\": \"world.json\", \"steps\": [" + KEYS + "]}";
      Path a = write("shared/a.scenario.json", text);
      Path b = write("shared/b.scenario.json", text);

      Cli.Result r = Cli.run("scenario", "--output", "json", a.toString(), b.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
      List<Map<String, Object>> warnings = (List<Map<String, Object>>) json.get("warnings");
      // each warning names the world file, so it stands once however many scenarios read that file
      assertThat(warnings).extracting(w -> w.get("code"))
          .containsExactly("unknown-action", "set-qualifier-misuse", "set-qualifier-misuse");
      assertThat(warnings).allSatisfy(w -> assertThat(w).containsEntry("file", world.toString()));
      // the text form prints them under each scenario that reads the world
      Cli.Result t = Cli.run("scenario", a.toString(), b.toString());
      assertThat(t.outLines()).filteredOn(l -> l.contains(": warning: ")).hasSize(6);
    }
  }

  /** Every AssumeRole rule of S8 as a scenario file (src/test/resources/scenarios/sts). */
  static Stream<Path> stsScenarios() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios/sts"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".scenario.json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stsScenarios")
  @SuppressWarnings("unchecked")
  void sts_rule_scenarios_meet_every_expectation(Path file) {
    Cli.Result r = Cli.run("scenario", "--output", "json", file.toString());

    assertThat(r.err()).isEmpty();
    Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
    List<Map<String, Object>> steps = (List<Map<String, Object>>) json.get("steps");
    assertThat(steps).isNotEmpty();
    assertThat(steps).allSatisfy(s -> assertThat(s.get("passed")).as("step %s: expected %s, got %s (%s)",
        s.get("index"), s.get("expected"), s.get("actual"), s.get("message")).isEqualTo(true));
    assertThat(r.status()).isZero();
  }

  @Test
  void the_format_of_issue_8_as_written_runs_and_meets_every_expectation() {
    // The issue's example world and scenario, with a real document where it shows {} for one, and empty
    // maps (rcps, an OU's scps, inline, tags, context) kept empty.
    Cli.Result r = Cli.run("scenario", "src/test/resources/scenarios/issue-8-example.scenario.json");

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.outLines()).last().isEqualTo("11 steps: 11 passed, 0 failed");
  }

  @Test
  void the_company_example_meets_every_expectation() {
    // The examples ship with the project; the build runs in iam-cli/.
    Cli.Result r = Cli.run("scenario", "../examples");

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.outLines()).noneMatch(l -> l.endsWith("FAIL"));
    assertThat(r.outLines()).last().asString().matches("\\d+ steps: \\d+ passed, 0 failed");
  }

  @Test
  void reports_never_show_a_password_secret_or_token() {
    Cli.Result table = Cli.run("scenario", "../examples/company/company.scenario.json");
    Cli.Result json = Cli.run("scenario", "--output", "json", "../examples/company/company.scenario.json");

    for (Cli.Result r : List.of(table, json)) {
      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.out()).doesNotContain("Passw0rd").doesNotContain("EXAMPLE\"").doesNotContain("aLiCe0000")
          .doesNotContain("KRSXG5CTMVRXEZLU").doesNotContain("guess");
    }
  }

  @Test
  void help_explains_steps_expectations_and_exit_statuses() {
    Cli.Result r = Cli.run("help", "scenario");

    assertThat(r.out()).contains("Usage: iam scenario", "--output", "signIn", "assumeRole", "advanceClock",
        "AccessDenied", "iam scenario examples/company/company.scenario.json", "Exit status");
  }
}
