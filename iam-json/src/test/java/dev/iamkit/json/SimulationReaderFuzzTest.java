package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.iamkit.core.eval.Evaluator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fuzz target for the simulation file reader (issue 11 §1); regression inputs in {@code SimulationReaderFuzzTestInputs/}. */
class SimulationReaderFuzzTest {
  private static final Path FILE = temporaryFile();

  /**
   * Law: any bytes give a simulation or a {@link PolicyParseException} that names the file and has a position,
   * never another exception; every request read can be evaluated without an exception.
   */
  @FuzzTest(maxDuration = "5m")
  void any_bytes_give_a_simulation_or_a_positioned_error_naming_the_file(byte[] data) throws IOException {
    Files.write(FILE, data);
    Simulation simulation;
    try {
      simulation = SimulationReader.standard().read(FILE);
    } catch (PolicyParseException e) {
      assertThat(e.source()).contains(FILE.toString());
      assertThat(e.getMessage()).contains(FILE.toString());
      assertThat(e.position()).as(e.getMessage()).isPresent();
      return;
    }
    for (SimulationRequest r : simulation.requests()) {
      assertThat(Evaluator.standard().evaluate(r.policies(), r.request())).isNotNull();
    }
  }

  private static Path temporaryFile() {
    try {
      Path file = Files.createTempFile("fuzz", ".sim.json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
