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

/** {@code iam simulate --coverage}: the statements no request was decided by. */
class SimulateCoverageTest {
  @TempDir
  Path dir;

  private Path readsOnly() throws IOException {
    Path file = dir.resolve("reads.sim.json");
    Files.writeString(file, SimulateCommandTest.simulation(
        SimulateCommandTest.request("read", "s3:GetObject", "arn:aws:s3:::reports/q1.csv", "allow")),
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void text_output_lists_the_statements_no_request_matched() throws IOException {
    Cli.Result r = Cli.run("simulate", "--coverage", readsOnly().toString());

    assertThat(r.status()).as(r.toString()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly(
        "1 request: 1 passed, 0 failed",
        "Statement coverage: 1 of 2 statements decided some request",
        "  never matched: identity \"ReportsAccess\" statement 1 (NoDeletes) Deny: 0 requests");
  }

  @Test
  void without_the_option_nothing_is_reported() throws IOException {
    Cli.Result r = Cli.run("simulate", readsOnly().toString());
    assertThat(r.out()).doesNotContain("coverage");
  }

  @Test
  @SuppressWarnings("unchecked")
  void json_output_has_a_coverage_member() throws IOException {
    Cli.Result r = Cli.run("simulate", "--coverage", "--output", "json", readsOnly().toString());

    assertThat(r.status()).as(r.toString()).isZero();
    Map<String, Object> json = (Map<String, Object>) MiniJson.parse(r.out());
    Map<String, Object> coverage = (Map<String, Object>) json.get("coverage");
    assertThat(coverage).containsEntry("statements", new BigDecimal("2")).containsEntry("matched", BigDecimal.ONE);
    assertThat((List<Map<String, Object>>) coverage.get("unmatched")).singleElement().satisfies(m -> assertThat(m)
        .containsEntry("kind", "identity").containsEntry("policy", "ReportsAccess").containsEntry("statement", BigDecimal.ONE)
        .containsEntry("sid", "NoDeletes").containsEntry("effect", "Deny").containsEntry("level", BigDecimal.ZERO));
    Map<String, Object> plain = (Map<String, Object>) MiniJson.parse(
        Cli.run("simulate", "--output", "json", readsOnly().toString()).out());
    assertThat(plain).doesNotContainKey("coverage");
  }
}
