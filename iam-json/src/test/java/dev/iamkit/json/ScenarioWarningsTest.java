package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator's warnings of a world's policies (S1.11): the directory's operations refuse only errors, so a
 * scenario reports the warnings itself, each in its file at its pointer, line and column, as a simulation file does.
 */
@DisplayName("Scenario.warnings(): the validator's warnings of the world's policies (S1.11)")
class ScenarioWarningsTest {
  private static final String ACCOUNT = "/world/accounts/111122223333";

  /** A world whose policies of every kind carry warnings; each warned value is alone on its line. */
  static final String WORLD = """
      {
        "organization": {"id": "o-a1b2c3d4e5", "managementAccount": "111122223333",
          "root": {"scps": {"FullAWSAccess": {}, "NoTypo": {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
            "Action":
              "organizations:LeaveOrganisation",
            "Resource": "*"}]}}, "accounts": ["111122223333"]}},
        "accounts": {
          "111122223333": {
            "policies": {"P": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": [
              "s3:GetObjekt",
              "s3:GetObject"], "Resource": "*",
              "Condition": {"ForAllValues:StringEquals": {
                "aws:username": "alice"}}}]}},
            "roles": {"R": {"trust": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
              "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}]}}},
            "resources": {"arn:aws:s3:::b": {"policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
              "Principal": "*", "Action":
                "s3:DeleteObjekt",
              "Resource": "arn:aws:s3:::b/*"}]}}}
          }
        }
      }""";

  private static String scenario(String world) {
    return "{\"world\": " + world + ",\n\"steps\": []}";
  }

  /** The 1-based line of the first line of {@code text} holding {@code needle}, after {@code offset} lines. */
  private static int line(String text, String needle, int offset) {
    List<String> lines = text.lines().toList();
    return offset + IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(needle)).findFirst()
        .orElseThrow() + 1;
  }

  @Test
  @DisplayName("S1.11: an unknown action of an SCP, an identity and a resource policy and a misused set qualifier"
      + " (S3.13) are warnings at their pointers, lines and columns in the scenario file; FullAWSAccess has none")
  void warnings_of_an_inline_world() {
    String text = scenario(WORLD);
    Scenario s = ScenarioReader.standard().read(text, "s.scenario.json", null);

    assertThat(s.warnings()).allSatisfy(w -> {
      assertThat(w.file()).contains("s.scenario.json");
      assertThat(w.isError()).isFalse();
    });
    assertThat(s.warnings()).extracting(Diagnostic::code, Diagnostic::pointer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_ACTION,
            "/world/organization/root/scps/NoTypo/Statement/0/Action"),
        org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_ACTION, ACCOUNT + "/policies/P/Statement/0/Action/0"),
        org.assertj.core.groups.Tuple.tuple(ProblemCode.SET_QUALIFIER_MISUSE,
            ACCOUNT + "/policies/P/Statement/0/Condition/ForAllValues:StringEquals/aws:username"),
        org.assertj.core.groups.Tuple.tuple(ProblemCode.SET_QUALIFIER_MISUSE,
            ACCOUNT + "/policies/P/Statement/0/Condition/ForAllValues:StringEquals/aws:username"),
        org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_ACTION,
            ACCOUNT + "/resources/arn:aws:s3:::b/policy/Statement/0/Action"));
    List<String> lines = text.lines().toList();
    int scp = line(text, "LeaveOrganisation", 0);
    assertThat(s.warnings().get(0).position()).contains(
        new SourcePosition(scp, lines.get(scp - 1).indexOf('"') + 1));
    int objekt = line(text, "s3:GetObjekt", 0);
    assertThat(s.warnings().get(1).position()).contains(
        new SourcePosition(objekt, lines.get(objekt - 1).indexOf('"') + 1));
    assertThat(s.warnings().get(2).position().orElseThrow().line()).isEqualTo(line(text, "\"alice\"}}}]", 0));
    assertThat(s.warnings().get(4).position().orElseThrow().line()).isEqualTo(line(text, "s3:DeleteObjekt", 0));
    assertThat(s.warnings().get(1).message()).contains("s3:GetObjekt");
  }

  @Test
  @DisplayName("a world file of its own: its warnings name the world file, at lines of that file")
  void warnings_of_a_world_file(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("world.json"), WORLD, StandardCharsets.UTF_8);
    Path file = dir.resolve("s.scenario.json");
    Files.writeString(file, "{\"world\": \"world.json\", \"steps\": []}", StandardCharsets.UTF_8);

    Scenario s = ScenarioReader.standard().read(file);

    assertThat(s.warnings()).hasSize(5).allSatisfy(w -> assertThat(w.file()).contains(dir.resolve("world.json")
        .toString()));
    assertThat(s.warnings().get(1).pointer()).isEqualTo("/accounts/111122223333/policies/P/Statement/0/Action/0");
    assertThat(s.warnings().get(1).position().orElseThrow().line()).isEqualTo(line(WORLD, "s3:GetObjekt", 0));
  }

  @Test
  @DisplayName("a world without warnings gives none; an AWS managed policy over the default quota of an identity"
      + " policy is no warning (the directory stores it without a quota), and the scenario runs as before")
  void no_warnings_and_no_errors_from_the_warning_pass() {
    assertThat(ScenarioReader.standard().read(ScenarioReaderTest.scenario(ScenarioReaderTest.KEYS), "s.json", null)
        .warnings()).isEmpty();
    String resources = IntStream.range(0, 700).mapToObj(i -> "\"arn:aws:s3:::bucket/key-" + i + "\"")
        .collect(Collectors.joining(", "));
    String big = "{\"awsManagedPolicies\": {\"Big\": {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\":"
        + " \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": [" + resources + "]}]}},"
        + " \"accounts\": {\"111122223333\": {}}}";
    assertThat(big.length()).isGreaterThan(6144 * 3);
    Scenario s = ScenarioReader.standard().read(scenario(big), "s.json", null);
    assertThat(s.warnings()).isEmpty();
    assertThat(s.run().passed()).isTrue();
  }

  @Test
  @DisplayName("an invalid world is still refused at its first error, before any warning counts")
  void errors_still_refuse_the_world() {
    String bad = WORLD.replace("\"Effect\": \"Allow\", \"Action\": [", "\"Effect\": \"Allow\", \"NotPrincipal\": \"*\","
        + " \"Action\": [");
    assertThat(bad).isNotEqualTo(WORLD);
    assertThatThrownBy(() -> ScenarioReader.standard().read(scenario(bad), "s.json", null))
        .isInstanceOf(PolicyParseException.class).hasMessageContaining("/world/accounts/111122223333/policies/P");
  }

  @Test
  @DisplayName("ScenarioReportWriter: \"warnings\" after the summary only when there are warnings")
  void report_json() {
    Scenario s = ScenarioReader.standard().read(scenario(WORLD), "s.scenario.json", null);
    ScenarioReport report = s.run();
    String without = ScenarioReportWriter.standard().toJson(List.of(report));
    assertThat(ScenarioReportWriter.standard().toJson(List.of(report), List.of())).isEqualTo(without);
    assertThat(without).doesNotContain("warnings");
    String with = ScenarioReportWriter.standard().toJson(List.of(report), s.warnings());
    assertThat(with).startsWith(without.substring(0, without.lastIndexOf('}')).stripTrailing() + ",\n  \"warnings\": [")
        .contains("\"code\": \"unknown-action\"").contains("\"file\": \"s.scenario.json\"")
        .contains("\"pointer\": \"" + ACCOUNT + "/policies/P/Statement/0/Action/0\"");
  }
}
