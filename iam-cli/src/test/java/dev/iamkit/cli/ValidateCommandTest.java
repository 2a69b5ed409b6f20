package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  static final String VALID = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Sid": "ReadReports",
            "Effect": "Allow",
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::example-reports/*"
          }
        ]
      }
      """;

  /** An identity policy with a Principal (S1.11: forbidden) on line 6. */
  static final String WITH_PRINCIPAL = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"},
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::example-reports/*"
          }
        ]
      }
      """;

  static final String TRUST = """
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": {"Service": "lambda.amazonaws.com"},
            "Action": "sts:AssumeRole"
          }
        ]
      }
      """;

  @TempDir
  Path dir;

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Nested
  class Text_output {

    @Test
    void a_valid_policy_prints_nothing_and_exits_0_with_a_summary_on_stderr() throws IOException {
      Path file = write("ok.json", VALID);

      Cli.Result r = Cli.run("validate", file.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).containsExactly("1 file, 0 errors, 0 warnings");
    }

    @Test
    void an_error_is_printed_as_file_line_column_severity_message_code_and_exits_1() throws IOException {
      // S1.11: Principal is forbidden in identity policies.
      Path file = write("principal.json", WITH_PRINCIPAL);

      Cli.Result r = Cli.run("validate", file.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      assertThat(r.outLines()).isNotEmpty().allSatisfy(line ->
          assertThat(line).matches("\\Q" + file + "\\E:\\d+:\\d+: (error|warning): .+ \\[[a-z-]+\\]( at /.*)?"));
      assertThat(r.outLines()).anySatisfy(line ->
          assertThat(line).startsWith(file + ":6:").contains(": error: ").endsWith("[forbidden-element] at /Statement/0/Principal"));
      assertThat(r.errLines()).last().asString().matches("1 file, [1-9]\\d* errors?, \\d+ warnings?");
    }

    @Test
    void malformed_json_is_an_error_with_its_position() throws IOException {
      Path file = write("broken.json", "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n}\n");

      Cli.Result r = Cli.run("validate", file.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      assertThat(r.outLines()).hasSize(1);
      assertThat(r.outLines().get(0)).startsWith(file + ":4:").contains(": error: ").endsWith("[json-syntax] at /Statement/0");
    }

    @Test
    void text_that_is_not_utf8_is_an_error_at_the_offending_byte() throws IOException {
      Path file = dir.resolve("latin1.json");
      Files.write(file, "{\n  \"Id\": \"caf\u00e9\"\n}\n".getBytes(StandardCharsets.ISO_8859_1));

      Cli.Result r = Cli.run("validate", file.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      assertThat(r.outLines()).singleElement().asString()
          .startsWith(file + ":2:13: error: Not valid UTF-8: byte 0xE9 at byte offset 14")
          .endsWith("[invalid-character]");
    }

    @Test
    void problems_of_a_file_are_sorted_by_line_and_column() throws IOException {
      // S1.8 / S1.9 problems in statements 1 and 0, S1.5 a duplicate Sid: several findings on several lines.
      Path file = write("many.json", """
          {
            "Version": "2012-10-17",
            "Statement": [
              {"Sid": "A", "Effect": "Allow", "Action": "s3GetObject", "Resource": "*"},
              {"Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "not an arn"}
            ]
          }
          """);

      Cli.Result r = Cli.run("validate", file.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      List<int[]> positions = r.outLines().stream().map(line -> {
        String[] parts = line.substring(file.toString().length() + 1).split(":", 3);
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
      }).toList();
      assertThat(positions).hasSizeGreaterThanOrEqualTo(2);
      for (int i = 1; i < positions.size(); i++) {
        int[] a = positions.get(i - 1);
        int[] b = positions.get(i);
        assertThat(a[0] < b[0] || (a[0] == b[0] && a[1] <= b[1])).as(r.out()).isTrue();
      }
      assertThat(r.out()).contains("[invalid-action]", "[invalid-resource]");
    }

    @Test
    void a_statement_the_reader_rejects_is_not_also_reported_missing() throws IOException {
      // S1.6: "allow" fails; the reader leaves the statement out, and the validator must not add that
      // Statement is empty (S1.4) on top.
      Path file = write("effect.json", """
          {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "allow", "Action": "s3:GetObject", "Resource": "*"}]
          }
          """);

      Cli.Result r = Cli.run("validate", file.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      assertThat(r.outLines()).singleElement().asString()
          .startsWith(file + ":3:").contains("\"allow\"").endsWith("[invalid-effect] at /Statement/0/Effect");
    }

    @Test
    void warnings_alone_exit_0() throws IOException {
      // S1.13: NotAction with Allow is accepted by AWS but reported as a warning.
      Path file = write("notaction.json", """
          {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}]
          }
          """);

      Cli.Result r = Cli.run("validate", file.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.outLines()).singleElement().asString()
          .startsWith(file + ":3:").contains(": warning: ").endsWith("[not-element-with-allow] at /Statement/0/NotAction");
      assertThat(r.errLines()).containsExactly("1 file, 0 errors, 1 warning");
    }

    @Test
    void get_policy_version_output_is_unwrapped() throws IOException {
      Path file = write("wrapped.json", "{\"PolicyVersion\": {\"VersionId\": \"v1\", \"IsDefaultVersion\": true,\n"
          + "  \"Document\": " + VALID + "}}\n");

      Cli.Result r = Cli.run("validate", file.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.out()).isEmpty();
    }
  }

  @Nested
  class Kinds_and_size_limits {

    @Test
    void a_trust_policy_is_an_error_as_identity_policy_and_valid_with_kind_trust() throws IOException {
      Path file = write("role.json", TRUST);

      assertThat(Cli.run("validate", file.toString()).status()).isEqualTo(1);
      Cli.Result r = Cli.run("validate", "--kind", "trust", file.toString());
      assertThat(r.status()).as(r.toString()).isZero();
    }

    @Test
    void a_trust_policy_checked_as_identity_policy_suggests_kind_trust() throws IOException {
      Path file = write("role.json", TRUST);

      Cli.Result r = Cli.run("validate", file.toString());

      assertThat(r.outLines()).filteredOn(l -> l.contains("[forbidden-element]")).singleElement().asString()
          .startsWith(file + ":").contains("check it with --kind trust");
      // an explicit --kind identity is taken at its word
      assertThat(Cli.run("validate", "--kind", "identity", file.toString()).out()).doesNotContain("--kind trust");
    }

    @Test
    void the_kind_comes_from_a_file_name_of_the_form_name_kind_json() throws IOException {
      Path file = write("deployer.trust.json", TRUST);

      assertThat(Cli.run("validate", file.toString()).status()).isZero();
      assertThat(Cli.run("validate", "--kind", "identity", file.toString()).status()).isEqualTo(1);
    }

    @Test
    void kind_vpc_endpoint_requires_a_principal_and_reads_the_default_endpoint_policy() throws IOException {
      // S6.16: an endpoint policy has resource-policy grammar and must contain a Principal element.
      Path good = write("default.json",
          "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"*\", \"Resource\": \"*\"}]}\n");
      Path bad = write("no-principal.json",
          "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}\n");

      Cli.Result ok = Cli.run("validate", "--kind", "vpc-endpoint", good.toString());
      assertThat(ok.status()).as(ok.toString()).isZero();
      Cli.Result missing = Cli.run("validate", "--kind", "endpoint", bad.toString());
      assertThat(missing.status()).as(missing.toString()).isEqualTo(1);
      assertThat(missing.out()).contains("a VPC endpoint policy statement must name a Principal");
      assertThat(Cli.run("validate", write("gate.vpc-endpoint.json", Files.readString(bad)).toString()).status())
          .isEqualTo(1);
    }

    @Test
    void the_boundary_kind_is_permissions_boundary_with_boundary_kept_as_alias() throws IOException {
      Path file = write("limits.json", VALID);

      Cli.Result full = Cli.run("validate", "--kind", "permissions-boundary", file.toString());
      Cli.Result alias = Cli.run("validate", "--kind", "boundary", file.toString());

      assertThat(full.status()).as(full.toString()).isZero();
      assertThat(alias.status()).as(alias.toString()).isZero();
      assertThat(alias.out()).isEqualTo(full.out());
      assertThat(Cli.run("validate", write("limits.permissions-boundary.json", VALID).toString()).status()).isZero();
      assertThat(Cli.run("validate", write("limits.boundary.json", VALID).toString()).status()).isZero();
    }

    @Test
    void size_limit_picks_another_quota() throws IOException {
      // S10.2: 2,048 characters for a user's inline policies, 6,144 for a managed policy (white space not counted).
      StringBuilder statements = new StringBuilder();
      for (int i = 0; i < 30; i++) {
        statements.append(i == 0 ? "" : ",\n").append("    {\"Sid\": \"Read").append(i)
            .append("\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::bucket-")
            .append(i).append("/*\"}");
      }
      Path file = write("big.json", "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n" + statements + "\n  ]\n}\n");

      Cli.Result managed = Cli.run("validate", file.toString());
      Cli.Result inline = Cli.run("validate", "--size-limit", "user-inline", file.toString());
      Cli.Result none = Cli.run("validate", "--size-limit", "none", file.toString());

      assertThat(managed.status()).as(managed.toString()).isZero();
      assertThat(inline.status()).as(inline.toString()).isEqualTo(1);
      assertThat(inline.out()).contains("[size-limit-exceeded]");
      assertThat(none.status()).isZero();
    }

    @Test
    void an_unknown_kind_is_a_usage_error_quoting_it() throws IOException {
      Path file = write("ok.json", VALID);

      Cli.Result r = Cli.run("validate", "--kind", "bucket", file.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("\"bucket\"", "identity, resource, trust, permissions-boundary (or boundary), session, scp, rcp");
    }

    @Test
    void an_unknown_size_limit_is_a_usage_error() throws IOException {
      Path file = write("ok.json", VALID);

      Cli.Result r = Cli.run("validate", "--size-limit", "huge", file.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("\"huge\"", "managed, user-inline");
    }
  }

  @Nested
  class Files_and_directories {

    @Test
    void a_directory_means_every_json_file_below_it_in_sorted_order() throws IOException {
      write("b.json", WITH_PRINCIPAL);
      write("a/z.json", WITH_PRINCIPAL);
      write("a/y.json", VALID);
      write("a/notes.txt", "not a policy");
      write("c.JSON.bak", "not a policy");

      Cli.Result r = Cli.run("validate", dir.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      List<String> files = r.outLines().stream().map(l -> l.substring(0, l.indexOf(".json:") + 5)).distinct().toList();
      assertThat(files).containsExactly(dir.resolve("a/z.json").toString(), dir.resolve("b.json").toString());
      assertThat(r.errLines()).last().asString().startsWith("3 files, ");
    }

    @Test
    void folders_starting_with_a_dot_or_underscore_are_not_entered_but_can_be_named() throws IOException {
      write("policy.json", VALID);
      Path meta = write("_meta/policies-list.json", "[{\"PolicyName\": \"x\"}]");
      write(".git/config.json", "{}");

      Cli.Result r = Cli.run("validate", dir.toString());

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.errLines()).containsExactly("1 file, 0 errors, 0 warnings");

      Cli.Result named = Cli.run("validate", meta.toString());
      assertThat(named.status()).as(named.toString()).isEqualTo(1);
      Cli.Result folder = Cli.run("validate", dir.resolve("_meta").toString());
      assertThat(folder.status()).as(folder.toString()).isEqualTo(1);
    }

    @Test
    void a_missing_file_exits_2_naming_it_and_the_other_files_are_still_checked() throws IOException {
      Path bad = write("bad.json", WITH_PRINCIPAL);
      Path missing = dir.resolve("missing.json");

      Cli.Result r = Cli.run("validate", missing.toString(), bad.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).contains("iam validate: cannot read " + missing + ": no such file or directory");
      assertThat(r.out()).contains(bad + ":6:");
    }

    @Test
    void an_unreadable_file_exits_2_naming_it() throws IOException {
      Path link = dir.resolve("dangling.json");
      Files.createSymbolicLink(link, dir.resolve("nowhere.json"));

      Cli.Result r = Cli.run("validate", link.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).contains("iam validate: cannot read " + link);
    }

    @Test
    void a_directory_without_json_files_is_a_usage_error() throws IOException {
      write("empty/readme.txt", "nothing");

      Cli.Result r = Cli.run("validate", dir.resolve("empty").toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("no *.json files under " + dir.resolve("empty"));
    }

    @Test
    void no_file_argument_is_a_usage_error() {
      Cli.Result r = Cli.run("validate");

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("Missing required parameter", "FILE");
    }

    @Test
    void the_repository_examples_are_valid() {
      // The examples ship with the project; the build runs in iam-cli/.
      Cli.Result r = Cli.run("validate", "../examples/policies");

      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(r.errLines()).singleElement().asString().endsWith(" files, 0 errors, 0 warnings");
    }
  }

  @Nested
  class Json_output {

    @Test
    @SuppressWarnings("unchecked")
    void prints_an_array_of_file_line_column_severity_code_message_pointer() throws IOException {
      Path bad = write("bad.json", WITH_PRINCIPAL);
      Path ok = write("ok.json", VALID);

      Cli.Result r = Cli.run("validate", "--format", "json", bad.toString(), ok.toString());

      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).isEmpty();
      List<Object> array = (List<Object>) MiniJson.parse(r.out());
      assertThat(array).isNotEmpty().allSatisfy(o -> assertThat((Map<String, Object>) o)
          .containsOnlyKeys("file", "line", "column", "severity", "code", "message", "pointer"));
      Map<String, Object> principal = array.stream().map(o -> (Map<String, Object>) o)
          .filter(m -> m.get("code").equals("forbidden-element")).findFirst().orElseThrow();
      assertThat(principal).containsEntry("file", bad.toString())
          .containsEntry("severity", "error")
          .containsEntry("pointer", "/Statement/0/Principal");
      assertThat(principal.get("line").toString()).isEqualTo("6");
      assertThat(principal.get("message")).asString().isNotBlank();
    }

    @Test
    void prints_an_empty_array_when_there_is_nothing_to_report() throws IOException {
      Path ok = write("ok.json", VALID);

      Cli.Result r = Cli.run("validate", "--format", "json", ok.toString());

      assertThat(r.status()).isZero();
      assertThat(MiniJson.parse(r.out())).isEqualTo(List.of());
    }

    @Test
    void an_unreadable_file_still_prints_the_array_and_exits_2() throws IOException {
      Path ok = write("ok.json", VALID);
      Path missing = dir.resolve("missing.json");

      Cli.Result r = Cli.run("validate", "--format", "json", ok.toString(), missing.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(MiniJson.parse(r.out())).isEqualTo(List.of());
      assertThat(r.err()).contains("cannot read " + missing);
    }

    @Test
    void output_json_and_the_hidden_format_alias_print_the_same() throws IOException {
      Path bad = write("bad.json", WITH_PRINCIPAL);

      Cli.Result output = Cli.run("validate", "--output", "json", bad.toString());
      Cli.Result format = Cli.run("validate", "--format", "json", bad.toString());

      assertThat(output.out()).isEqualTo(format.out()).startsWith("[");
      assertThat(Cli.run("validate", "--help").out()).contains("--output").doesNotContain("--format");
    }

    @Test
    void an_unknown_format_is_a_usage_error() throws IOException {
      Path ok = write("ok.json", VALID);

      Cli.Result r = Cli.run("validate", "--format", "xml", ok.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("\"xml\"", "text or json");
    }
  }
}
