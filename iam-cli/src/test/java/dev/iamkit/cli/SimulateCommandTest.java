package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {

  /** One identity policy: read reports, and a Deny on deletes (S6.4). */
  static final String POLICIES = """
        "policies": {
          "identity": [
            {
              "name": "ReportsAccess",
              "document": {
                "Version": "2012-10-17",
                "Statement": [
                  {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
                  {"Sid": "NoDeletes", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}
                ]
              }
            }
          ]
        }""";

  static String simulation(String... requests) {
    return "{\n" + POLICIES + ",\n  \"requests\": [\n" + String.join(",\n", requests) + "\n  ]\n}\n";
  }

  static String request(String id, String action, String resource, String expect) {
    return "    {\"id\": \"" + id + "\", \"principal\": \"arn:aws:iam::111122223333:user/alice\", \"action\": \""
        + action + "\", \"resource\": \"" + resource + "\", \"resourceAccount\": \"111122223333\""
        + (expect == null ? "" : ", \"expect\": \"" + expect + "\"") + "}";
  }

  static final String PASSING = simulation(
      request("S6.9 read a report", "s3:GetObject", "arn:aws:s3:::reports/q1.csv", "allow"),
      request("S6.4 delete is denied", "s3:DeleteObject", "arn:aws:s3:::reports/q1.csv", "explicit_deny"),
      request("S0.3 other bucket", "s3:GetObject", "arn:aws:s3:::payroll/jan.csv", "implicit_deny"));

  @TempDir
  Path dir;

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Nested
  class Table_output {

    @Test
    void passing_expectations_print_a_row_per_request_and_exit_0() throws IOException {
      Path file = write("reports.sim.json", PASSING);

      Cli.Result r = Cli.run("simulate", file.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      List<String> lines = r.outLines();
      assertThat(lines.get(0)).isEqualTo(file.toString());
      assertThat(lines.get(1)).matches("ID +PRINCIPAL +ACTION +RESOURCE +DECISION +EXPECTED +RESULT");
      assertThat(lines).anySatisfy(l -> assertThat(l).matches(
          "S6\\.9 read a report +111122223333:user/alice +s3:GetObject +arn:aws:s3:::reports/q1\\.csv +allow +allow +PASS"));
      assertThat(lines).anySatisfy(l -> assertThat(l).matches(
          "S6\\.4 delete is denied +111122223333:user/alice +s3:DeleteObject +\\S+ +explicit_deny +explicit_deny +PASS"));
      assertThat(lines).anySatisfy(l -> assertThat(l).matches(
          "S0\\.3 other bucket +\\S+ +s3:GetObject +\\S+ +implicit_deny +implicit_deny +PASS"));
      assertThat(lines).last().isEqualTo("3 requests: 3 passed, 0 failed");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void denied_rows_are_explained_under_the_row() throws IOException {
      Path file = write("reports.sim.json", PASSING);

      Cli.Result r = Cli.run("simulate", file.toString());

      List<String> lines = r.outLines();
      int deny = indexOf(lines, "S6.4 delete is denied");
      assertThat(lines.get(deny + 1)).isEqualTo(
          "    denied by: identity \"ReportsAccess\" statement 1 (Sid NoDeletes) Deny");
      int implicit = indexOf(lines, "S0.3 other bucket");
      assertThat(lines.get(implicit + 1)).startsWith("    no applicable Allow in: identity");
      int allowed = indexOf(lines, "S6.9 read a report");
      assertThat(lines.get(allowed + 1)).doesNotStartWith("    ");
    }

    @Test
    void a_failed_expectation_is_a_fail_row_with_its_explanation_and_exits_1() throws IOException {
      Path file = write("failing.sim.json", simulation(
          request("S6.9 read a report", "s3:GetObject", "arn:aws:s3:::reports/q1.csv", "allow"),
          request("wrong on purpose", "s3:GetObject", "arn:aws:s3:::reports/q2.csv", "implicit_deny")));

      Cli.Result r = Cli.run("simulate", file.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      List<String> lines = r.outLines();
      int failing = indexOf(lines, "wrong on purpose");
      assertThat(lines.get(failing)).matches(".* allow +implicit_deny +FAIL");
      assertThat(lines.get(failing + 1)).isEqualTo(
          "    allowed by: identity \"ReportsAccess\" statement 0 (Sid Read) Allow");
      assertThat(lines).last().isEqualTo("2 requests: 1 passed, 1 failed");
    }

    @Test
    void requests_without_expectation_never_fail() throws IOException {
      Path file = write("plain.sim.json", simulation(
          request("no expectation", "s3:GetObject", "arn:aws:s3:::payroll/jan.csv", null)));

      Cli.Result r = Cli.run("simulate", file.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.outLines()).anySatisfy(l -> assertThat(l).matches("no expectation .* implicit_deny +- +-"));
      assertThat(r.outLines()).last().isEqualTo("1 request: 0 passed, 0 failed, 1 without expectation");
    }

    @Test
    void a_directory_means_every_sim_json_below_it_in_sorted_order() throws IOException {
      write("b/second.sim.json", PASSING);
      write("a.sim.json", PASSING);
      write("policy.json", "{}");
      write("notes.txt", "not a simulation");

      Cli.Result r = Cli.run("simulate", dir.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.outLines()).filteredOn(l -> l.endsWith(".json"))
          .containsExactly(dir.resolve("a.sim.json").toString(), dir.resolve("b/second.sim.json").toString());
      assertThat(r.outLines()).last().isEqualTo("6 requests in 2 files: 6 passed, 0 failed");
    }

    @Test
    void the_repository_examples_meet_every_expectation() {
      // The examples ship with the project; the build runs in iam-cli/.
      Cli.Result r = Cli.run("simulate", "--now", "2026-06-01T12:00:00Z", "../examples");

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.outLines()).noneMatch(l -> l.endsWith("FAIL"));
      assertThat(r.outLines()).last().asString().matches("\\d+ requests in \\d+ files: \\d+ passed, 0 failed");
    }
  }

  @Nested
  class Invalid_input {

    static final String RESOURCE_POLICY_WITHOUT_PRINCIPAL = "{\n  \"policies\": {\"resource\": {\"Version\": "
        + "\"2012-10-17\",\n    \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
        + "\"Resource\": \"*\"}]}},\n  \"requests\": [\n"
        + request("read", "s3:GetObject", "arn:aws:s3:::reports/q1.csv", null) + "\n  ]\n}\n";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "aws:CurrentTime|\"yesterday\"",
        "aws:SourceIp|\"203.0.113.999\"",
        "aws:SecureTransport|\"maybe\""})
    void a_context_value_that_is_not_of_its_keys_type_exits_2_naming_the_key(String key, String value)
        throws IOException {
      // S5: a Date, an IP address and a Bool key whose value does not parse as the key's type
      Path bad = write("typed.sim.json", simulation("    {\"principal\": \"arn:aws:iam::111122223333:user/alice\", "
          + "\"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::reports/q1.csv\", "
          + "\"resourceAccount\": \"111122223333\", \"context\": {\"" + key + "\": " + value + "}}"));

      Cli.Result r = Cli.run("simulate", bad.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines().get(0)).matches("\\Q" + bad + "\\E:\\d+:\\d+: error: .*")
          .contains("/requests/0/context/" + key);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_policy_aws_would_reject_as_its_kind_exits_2_with_the_validators_positioned_problem() throws IOException {
      Path bad = write("principal.sim.json", RESOURCE_POLICY_WITHOUT_PRINCIPAL);

      Cli.Result text = Cli.run("simulate", bad.toString());
      assertThat(text.status()).as(text.toString()).isEqualTo(2);
      assertThat(text.out()).isEmpty();
      assertThat(text.errLines().get(0)).matches("\\Q" + bad + "\\E:3:\\d+: error: .*Principal.*"
          + "\\[required-element\\] at /policies/resource/Statement.*");

      Cli.Result json = Cli.run("simulate", "--output", "json", bad.toString());
      assertThat(json.status()).as(json.toString()).isEqualTo(2);
      List<Object> diagnostics = (List<Object>) ((Map<String, Object>) MiniJson.parse(json.out())).get("diagnostics");
      assertThat(diagnostics).singleElement().satisfies(o -> assertThat((Map<String, Object>) o)
          .containsEntry("code", "required-element").containsEntry("severity", "error"));

      Cli.Result lenient = Cli.run("simulate", "--no-validate", bad.toString());
      assertThat(lenient.status()).as(lenient.toString()).isZero();
    }

    @Test
    void an_invalid_file_exits_2_naming_file_line_column_and_problem_and_nothing_is_evaluated() throws IOException {
      Path good = write("a-good.sim.json", PASSING);
      Path bad = write("b-bad.sim.json", simulation(
          request("fine", "s3:GetObject", "arn:aws:s3:::reports/q1.csv", "allow"),
          "    {\"id\": \"broken\", \"principal\": \"arn:aws:iam::111122223333:user/alice\",\n"
              + "     \"action\": \"s3:GetObject\", \"resource\": \"arn:aws:s3:::reports/x\", \"expect\": \"allowed\"}"));

      Cli.Result r = Cli.run("simulate", good.toString(), bad.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines().get(0)).matches("\\Q" + bad + "\\E:\\d+:\\d+: error: .*allowed.*");
      assertThat(r.errLines()).last().isEqualTo("iam simulate: nothing was evaluated");
    }

    @Test
    @SuppressWarnings("unchecked")
    void with_output_json_the_problem_is_a_diagnostic_object_as_in_iam_validate() throws IOException {
      Path bad = write("broken.sim.json", "{\n  \"requests\": [\n}\n");

      Cli.Result r = Cli.run("simulate", "--output", "json", bad.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
      List<Object> diagnostics = (List<Object>) json.get("diagnostics");
      assertThat(diagnostics).singleElement().satisfies(o -> assertThat((Map<String, Object>) o)
          .containsOnlyKeys("file", "line", "column", "severity", "code", "message", "pointer")
          .containsEntry("file", bad.toString()).containsEntry("severity", "error"));
    }

    @Test
    void malformed_json_exits_2_with_its_position() throws IOException {
      Path bad = write("broken.sim.json", "{\n  \"requests\": [\n}\n");

      Cli.Result r = Cli.run("simulate", bad.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines().get(0)).startsWith(bad + ":3:").contains(": error: ");
    }

    @Test
    void a_missing_file_exits_2_naming_it() {
      Path missing = dir.resolve("missing.sim.json");

      Cli.Result r = Cli.run("simulate", missing.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("iam simulate: cannot read " + missing + ": no such file or directory");
    }

    @Test
    void a_directory_without_simulation_files_is_a_usage_error() throws IOException {
      write("policy.json", "{}");

      Cli.Result r = Cli.run("simulate", dir.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("no *.sim.json files under " + dir);
    }

    @Test
    void a_bad_now_is_a_usage_error_quoting_it() throws IOException {
      Path file = write("reports.sim.json", PASSING);

      Cli.Result r = Cli.run("simulate", "--now", "yesterday", file.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("\"yesterday\"", "2026-01-01T12:00:00Z");
    }

    @Test
    void an_unknown_output_is_a_usage_error() throws IOException {
      Path file = write("reports.sim.json", PASSING);

      Cli.Result r = Cli.run("simulate", "--output", "csv", file.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("\"csv\"", "text or json");
    }
  }

  @Nested
  class Json_output {

    @Test
    @SuppressWarnings("unchecked")
    void prints_results_and_summary_of_every_file() throws IOException {
      Path first = write("a.sim.json", PASSING);
      Path second = write("b.sim.json", simulation(
          request("wrong on purpose", "s3:GetObject", "arn:aws:s3:::reports/q2.csv", "implicit_deny")));

      Cli.Result r = Cli.run("simulate", "--output", "json", first.toString(), second.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
      assertThat(json).containsKeys("results", "summary");
      List<Map<String, Object>> results = (List<Map<String, Object>>) json.get("results");
      assertThat(results).extracting(m -> m.get("id")).containsExactly(
          "S6.9 read a report", "S6.4 delete is denied", "S0.3 other bucket", "wrong on purpose");
      assertThat(results).extracting(m -> m.get("decision")).containsExactly(
          "allow", "explicit_deny", "implicit_deny", "allow");
      assertThat(results.get(3)).containsEntry("expected", "implicit_deny");
      List<Map<String, Object>> matched = (List<Map<String, Object>>) results.get(1).get("matched");
      assertThat(matched).singleElement().satisfies(m -> assertThat(m)
          .containsEntry("policy", "ReportsAccess").containsEntry("sid", "NoDeletes"));
      assertThat(r.err()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void requests_without_expectation_are_counted_apart_as_in_the_table() throws IOException {
      Path file = write("mixed.sim.json", simulation(
          request("checked", "s3:GetObject", "arn:aws:s3:::reports/q1.csv", "allow"),
          request("wrong on purpose", "s3:GetObject", "arn:aws:s3:::reports/q2.csv", "implicit_deny"),
          request("unchecked", "s3:GetObject", "arn:aws:s3:::payroll/jan.csv", null)));

      Cli.Result r = Cli.run("simulate", "--output", "json", file.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
      List<Map<String, Object>> results = (List<Map<String, Object>>) json.get("results");
      assertThat(results).extracting(m -> m.get("passed")).containsExactly(true, false, null);
      assertThat(results.get(2)).containsEntry("expected", null).containsEntry("decision", "implicit_deny");
      assertThat((Map<String, Object>) json.get("summary")).containsExactlyInAnyOrderEntriesOf(Map.of(
          "total", new BigDecimal("3"), "passed", BigDecimal.ONE, "failed", BigDecimal.ONE,
          "withoutExpectation", BigDecimal.ONE));
    }
  }

  /** Issue 13's three examples, as a new user would run them, and the warnings of issue 11 §4. */
  @Nested
  class Fidelity_and_warnings {

    static final String KMS_EXAMPLE = """
        {"policies": {
           "identity": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:DescribeKey", "Resource": "arn:aws:kms:us-east-1:123456789012:key/1234"}]}],
           "resource": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/key-admin"}, "Action": "kms:*", "Resource": "*"}]}},
         "requests": [{"id": "the key policy does not enable IAM policies", "principal": "arn:aws:iam::123456789012:user/test-user",
           "action": "kms:DescribeKey", "resource": "arn:aws:kms:us-east-1:123456789012:key/1234", "expect": "implicit_deny"}]}
        """;

    static final String NOT_PRINCIPAL_EXAMPLE = """
        {"policies": {"resource": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
           "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:user/test-user"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::mybucket/testobject"}]}},
         "requests": [
           {"id": "listed user", "principal": "arn:aws:iam::123456789012:user/test-user", "action": "s3:GetObject",
            "resource": "arn:aws:s3:::mybucket/testobject", "resourceAccount": "123456789012", "expect": "implicit_deny"},
           {"id": "unlisted user", "principal": "arn:aws:iam::123456789012:user/other", "action": "s3:GetObject",
            "resource": "arn:aws:s3:::mybucket/testobject", "resourceAccount": "123456789012", "expect": "allow"}]}
        """;

    static final String UNREADABLE_EXAMPLE = """
        {"policies": {"identity": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",
           "Condition": {"NotIpAddress": {"aws:SourceIp": "123456789012"}}}]}]},
         "requests": [{"id": "an address that is not an address", "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
           "resource": "arn:aws:s3:::b/k", "resourceAccount": "111122223333", "context": {"aws:SourceIp": "10.10.72.13"}, "expect": "implicit_deny"}]}
        """;

    @Test
    void the_three_examples_of_issue_13_decide_as_stated() throws IOException {
      Path kms = write("kms.sim.json", KMS_EXAMPLE);
      Path notPrincipal = write("not-principal.sim.json", NOT_PRINCIPAL_EXAMPLE);
      Path unreadable = write("unreadable.sim.json", UNREADABLE_EXAMPLE);

      Cli.Result r = Cli.run("simulate", kms.toString(), notPrincipal.toString(), unreadable.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.outLines()).last().isEqualTo("4 requests in 3 files: 4 passed, 0 failed");
      assertThat(r.out()).contains("warning: kms-grants-not-modelled: KMS grants are not modelled")
          .contains("\"123456789012\" is not an IPv4 or IPv6 address or CIDR range");
    }

    @Test
    void an_s3_request_without_resource_account_prints_the_assumption_under_its_row() throws IOException {
      Path file = write("assumed.sim.json", "{\n" + POLICIES + ",\n  \"requests\": [{\"id\": \"read\", \"principal\":"
          + " \"arn:aws:iam::111122223333:user/alice\", \"action\": \"s3:GetObject\", \"resource\":"
          + " \"arn:aws:s3:::reports/q1.csv\", \"expect\": \"allow\"}]\n}\n");

      Cli.Result text = Cli.run("simulate", file.toString());

      assertThat(text.status()).as(text.toString()).isZero();
      List<String> lines = text.outLines();
      int row = indexOf(lines, "read");
      assertThat(lines.get(row + 1)).startsWith("    warning: resource-account-assumed: ")
          .contains("resourceAccount").contains("111122223333");

      Cli.Result json = Cli.run("simulate", "--output", "json", file.toString());
      assertThat(json.status()).as(json.toString()).isZero();
      @SuppressWarnings("unchecked")
      Map<String, Object> parsed = (Map<String, Object>) MiniJson.parse(json.out());
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> results = (List<Map<String, Object>>) parsed.get("results");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> warnings = (List<Map<String, Object>>) results.get(0).get("warnings");
      assertThat(warnings).singleElement().satisfies(w -> {
        assertThat(w).containsEntry("code", "resource-account-assumed");
        assertThat((String) w.get("message")).contains("resourceAccount");
      });
    }

    @Test
    void a_request_with_its_resource_account_has_an_empty_warnings_list() throws IOException {
      Path file = write("reports.sim.json", PASSING);

      Cli.Result r = Cli.run("simulate", "--output", "json", file.toString());

      @SuppressWarnings("unchecked")
      List<Map<String, Object>> results = (List<Map<String, Object>>) ((Map<String, Object>) MiniJson.parse(r.out()))
          .get("results");
      assertThat(results).allSatisfy(m -> assertThat(m.get("warnings")).isEqualTo(List.of()));
    }

    @Test
    void a_vpc_endpoint_policy_gates_requests_through_the_endpoint() throws IOException {
      Path file = write("endpoint.sim.json", """
          {"policies": {
             "identity": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}],
             "vpcEndpoint": {"name": "Endpoint", "document": {"Statement": [{"Effect": "Allow", "Principal": "*",
               "Action": "s3:GetObject", "Resource": "arn:aws:s3:::ours/*"}]}}},
           "requests": [
             {"id": "through", "principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:PutObject",
              "resource": "arn:aws:s3:::ours/k", "resourceAccount": "111122223333",
              "context": {"aws:SourceVpce": "vpce-1a2b3c4d"}, "expect": "implicit_deny"}]}
          """);

      Cli.Result r = Cli.run("simulate", file.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.out()).contains("    no applicable Allow in: vpc-endpoint")
          .contains("policies: identity allowed, vpc-endpoint implicit_deny");
    }
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + prefix + " in " + lines);
  }
}
