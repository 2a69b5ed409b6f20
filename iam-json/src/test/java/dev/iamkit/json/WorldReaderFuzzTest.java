package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.json.internal.ScenarioRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fuzz target for the world file reader (issue 11 §1); regression inputs in {@code WorldReaderFuzzTestInputs/}. */
class WorldReaderFuzzTest {
  private static final Path FILE = temporaryFile();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  /**
   * Law: any bytes give a world or a {@link PolicyParseException} that names the file and has a position,
   * never another exception. For every world read, writing it (with and without secrets) and reading the text
   * back gives an equal world (one that writes to the same text), and the written text is a fixed point.
   */
  @FuzzTest(maxDuration = "5m")
  void any_bytes_give_a_world_or_a_positioned_error_and_worlds_round_trip(byte[] data) throws IOException {
    Files.write(FILE, data);
    Directory world;
    try {
      world = reader().read(FILE);
    } catch (PolicyParseException e) {
      assertThat(e.source()).contains(FILE.toString());
      assertThat(e.getMessage()).contains(FILE.toString());
      assertThat(e.position()).as(e.getMessage()).isPresent();
      return;
    }
    for (WorldWriter writer : new WorldWriter[] {WorldWriter.withSecrets(), WorldWriter.standard()}) {
      String written = writer.write(world);
      Directory again = reader().read(written, "written.json");
      assertThat(writer.write(again)).as(writer + "\n" + written).isEqualTo(written);
      // a fixed point: the text read and written again is the same text, and so is the next round
      assertThat(writer.write(reader().read(writer.write(again), "again.json"))).isEqualTo(written);
    }
  }

  /** A reader with a fixed clock, seeded randomness and the cheapest password hash, as the scenarios use. */
  private static WorldReader reader() {
    return WorldReader.of(CLOCK, ScenarioRunner.seeded("fuzz"), ScenarioRunner.PASSWORD_ITERATIONS);
  }

  private static Path temporaryFile() {
    try {
      Path file = Files.createTempFile("fuzz", ".world.json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
