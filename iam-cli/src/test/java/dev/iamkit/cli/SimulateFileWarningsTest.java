package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warnings of a simulation file itself (issue 11 §4): the validator's warnings of its policies and context keys
 * that no service defines are printed in the DiagnosticWriter format and listed under the top-level "warnings" of
 * the JSON output; they never change the exit status.
 */
class SimulateFileWarningsTest {
  private static final String FILE = """
      {"policies": {"identity": [{"Version": "2012-10-17", "Statement": {"Effect": "Allow",
        "NotAction": "iam:*", "Resource": "*"}}]},
       "requests": [{"principal": "arn:aws:iam::111122223333:user/alice", "action": "s3:GetObject",
         "resource": "arn:aws:s3:::b/k", "resourceAccount": "111122223333",
         "context": {"aws:SoruceIp": "203.0.113.5"}, "expect": "allow"}]}
      """;

  @TempDir
  Path dir;

  private Path write() throws IOException {
    Path file = dir.resolve("typo.sim.json");
    Files.writeString(file, FILE, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  @DisplayName("text: FILE:LINE:COL: warning: MESSAGE [code] at POINTER under the file's name; exit 0")
  void text_prints_the_warnings_of_the_file() throws IOException {
    Path file = write();
    Cli.Result r = Cli.run("simulate", file.toString());
    assertThat(r.status()).as("%s", r).isZero();
    assertThat(r.outLines()).as("%s", r)
        .contains(file + ":5:16: warning: Context key \"aws:SoruceIp\" is defined by no service and mentioned by no "
            + "policy of this file: check its spelling; no condition tests it [unknown-context-key] at "
            + "/requests/0/context/aws:SoruceIp")
        .anySatisfy(line -> assertThat(line).startsWith(file + ":2:")
            .contains(": warning: NotAction with \"Allow\"").endsWith("at /policies/identity/0/Statement/NotAction"));
    assertThat(r.outLines().get(0)).isEqualTo(file.toString());
  }

  @Test
  @DisplayName("json: the top-level \"warnings\" lists the diagnostics of the file; exit 0")
  @SuppressWarnings("unchecked")
  void json_lists_the_warnings_of_the_file() throws IOException {
    Path file = write();
    Cli.Result r = Cli.run("simulate", "--output", "json", file.toString());
    assertThat(r.status()).as("%s", r).isZero();
    Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
    List<Map<String, Object>> warnings = (List<Map<String, Object>>) json.get("warnings");
    assertThat(warnings).extracting(w -> w.get("code"))
        .containsExactly("not-element-with-allow", "unknown-context-key");
    assertThat(warnings.get(1)).containsEntry("file", file.toString()).containsEntry("severity", "warning")
        .containsEntry("pointer", "/requests/0/context/aws:SoruceIp");
    assertThat(((Number) warnings.get(1).get("line")).intValue()).isEqualTo(5);
  }

  @Test
  @DisplayName("S3.14: a service key's value of the wrong type is exit 2 at its pointer")
  void service_key_of_the_wrong_type_is_exit_2() throws IOException {
    Path file = dir.resolve("max.sim.json");
    Files.writeString(file, FILE.replace("\"aws:SoruceIp\": \"203.0.113.5\"", "\"s3:max-keys\": \"many\""),
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("simulate", file.toString());
    assertThat(r.status()).as("%s", r).isEqualTo(2);
    assertThat(r.errLines().get(0)).startsWith(file + ":5:").contains("s3:max-keys")
        .endsWith("at /requests/0/context/s3:max-keys");
  }
}
