package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  static final String READ_OBJECT = """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}
      ]}
      """;
  static final String READ_ALL = """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "ReadAll", "Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::reports/*"}
      ]}
      """;

  @TempDir
  Path dir;

  String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Nested
  class ExitStatus {
    @Test
    void a_policy_compared_with_itself_exits_0_with_a_proof_on_standard_error() throws IOException {
      String p = write("p.json", READ_OBJECT);
      Cli.Result r = Cli.run("compare", p, p);
      assertThat(r.status()).as("%s", r).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("NEW grants nothing OLD does not (identity policies, proven over");
    }

    @Test
    void a_wider_wildcard_exits_1_and_prints_the_counterexample_and_the_granting_statement() throws IOException {
      String older = write("old.json", READ_OBJECT);
      String newer = write("new.json", READ_ALL);
      Cli.Result r = Cli.run("compare", older, newer);
      assertThat(r.status()).as("%s", r).isEqualTo(1);
      assertThat(r.outLines().get(0)).startsWith("NEW allows, OLD does not: s3:Get").contains(" on arn:aws:s3:::reports/");
      assertThat(r.out()).contains("NEW allowed by: statement 0 (Sid ReadAll) of " + newer)
          .contains("OLD: implicit_deny (no statement allows it)");
      assertThat(r.err()).contains("NEW grants more than OLD: 1 counterexample");
    }

    @Test
    void the_reverse_direction_exits_0() throws IOException {
      Cli.Result r = Cli.run("compare", write("old.json", READ_ALL), write("new.json", READ_OBJECT));
      assertThat(r.status()).as("%s", r).isZero();
    }

    @Test
    void an_invalid_policy_exits_2_naming_file_line_and_column() throws IOException {
      String older = write("old.json", READ_OBJECT);
      String newer = write("new.json", """
          {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "s3GetObject", "Resource": "*"}
          ]}
          """);
      Cli.Result r = Cli.run("compare", older, newer);
      assertThat(r.status()).as("%s", r).isEqualTo(2);
      assertThat(r.err()).contains(newer + ":2:").contains("[invalid-action]").contains("iam compare: nothing was compared");
      assertThat(r.out()).isEmpty();
    }

    @Test
    void malformed_json_and_a_missing_file_exit_2() throws IOException {
      String older = write("old.json", READ_OBJECT);
      assertThat(Cli.run("compare", older, write("bad.json", "{\"Statement\": [")).status()).isEqualTo(2);
      Cli.Result missing = Cli.run("compare", older, dir.resolve("none.json").toString());
      assertThat(missing.status()).isEqualTo(2);
      assertThat(missing.err()).contains("cannot read").contains("none.json");
    }

    @Test
    void a_missing_argument_is_a_usage_error() throws IOException {
      assertThat(Cli.run("compare", write("old.json", READ_OBJECT)).status()).isEqualTo(2);
    }
  }

  @Nested
  class Kinds {
    @Test
    void a_new_principal_in_a_resource_policy_is_reported_with_the_principal() throws IOException {
      String older = write("old.json", """
          {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"},
            "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}]}
          """);
      String newer = write("new.json", """
          {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
            "Principal": {"AWS": ["arn:aws:iam::111122223333:user/alice", "444455556666"]},
            "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}]}
          """);
      Cli.Result r = Cli.run("compare", "--kind", "resource", older, newer);
      assertThat(r.status()).as("%s", r).isEqualTo(1);
      assertThat(r.out()).contains("principal: 444455556666:");
    }

    @Test
    void the_kind_comes_from_file_names_and_differing_names_need_kind() throws IOException {
      String a = write("a.resource.json", READ_OBJECT);
      String b = write("b.json", READ_OBJECT);
      Cli.Result r = Cli.run("compare", a, b);
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("give --kind");
    }

    @Test
    void service_reference_actions_make_get_star_equal_to_the_listed_get_actions() throws IOException {
      String older = write("old.json", READ_OBJECT);
      String newer = write("new.json", READ_ALL);
      Cli.Result r = Cli.run("compare", "--service-reference", "--output", "json", older, newer);
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.out()).contains("\"action\": \"s3:Get");
    }
  }

  @Nested
  class Json {
    @Test
    void json_output_holds_the_verdict_and_each_counterexample() throws IOException {
      String older = write("old.json", READ_OBJECT);
      String newer = write("new.json", """
          {"Version": "2012-10-17", "Statement": [
            {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*",
             "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}},
            {"Sid": "Office", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::reports/*",
             "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}}
          ]}
          """);
      Cli.Result r = Cli.run("compare", "--output", "json", older, newer);
      assertThat(r.status()).as("%s", r).isEqualTo(1);
      // the layout is Jackson's; compare without white space
      String compact = r.out().replaceAll("\\s+", "");
      assertThat(compact).startsWith("{\"kind\":\"identity\"").contains("\"noMorePermissive\":false")
          .contains("\"complete\":true").contains("\"action\":\"s3:PutObject\"")
          .contains("\"context\":{\"aws:SourceIp\":\"203.0.113.")
          .contains("\"new\":{\"decision\":\"allow\",\"matched\":[{\"policy\":" + MiniJsonString.of(newer)
              + ",\"sid\":\"Office\",\"statement\":1,\"effect\":\"Allow\"}]}")
          .contains("\"old\":{\"decision\":\"implicit_deny\",\"matched\":[]}");
      assertThat(r.err()).isEmpty();
      Object parsed = MiniJson.parse(r.out());
      assertThat(parsed).isInstanceOf(java.util.Map.class);
    }
  }

  /** A JSON string literal for a path (backslashes on Windows). */
  static final class MiniJsonString {
    static String of(String s) {
      return "\"" + s.replace("\\", "\\\\") + "\"";
    }
  }
}
