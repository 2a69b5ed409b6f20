package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz target for the scenario file reader (issue 11 §1); regression inputs in
 * {@code ScenarioReaderFuzzTestInputs/}.
 */
class ScenarioReaderFuzzTest {
  private static final Path DIR = temporaryFolder();
  private static final Path FILE = DIR.resolve("fuzz.scenario.json");

  /**
   * Law: any bytes give a scenario or a {@link PolicyParseException} that names a file (the scenario, or the
   * world file it names) and has a position, never another exception. A scenario read runs to a report with
   * one result per step, none of them an {@code InternalError} (the runner's answer to a failure that is no AWS
   * answer), the same report on every run, and its text and JSON reports are written without an exception.
   */
  @FuzzTest(maxDuration = "5m")
  void any_bytes_give_a_scenario_or_a_positioned_error_naming_the_file(byte[] data) throws IOException {
    Files.write(FILE, data);
    Scenario scenario;
    try {
      scenario = ScenarioReader.standard().read(FILE);
    } catch (PolicyParseException e) {
      assertThat(e.source()).as(e.getMessage()).isPresent();
      assertThat(e.getMessage()).contains(e.source().get());
      assertThat(e.position()).as(e.getMessage()).isPresent();
      return;
    }
    assertThat(scenario.source()).isEqualTo(FILE.toString());
    ScenarioReport report = scenario.run();
    assertThat(report.steps()).hasSameSizeAs(scenario.steps());
    assertThat(report.steps()).allSatisfy(r -> assertThat(r.actual().id()).as(r.message()).isNotEqualTo("InternalError"));
    ScenarioReportWriter writer = ScenarioReportWriter.standard();
    String json = writer.toJson(java.util.List.of(report));
    assertThat(writer.toJson(java.util.List.of(scenario.run()))).isEqualTo(json);
  }

  private static Path temporaryFolder() {
    try {
      Path dir = Files.createTempDirectory("fuzz-scenario");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
