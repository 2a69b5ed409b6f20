package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §3, "Limits that hold": the commands answer a file past the readers' limits with a short positioned
 * message, never a stack trace, and (in a JVM of 64 MiB heap) before memory runs out; what still runs out of
 * memory is the internal-error exit 3 in one line. The big files are generated at test time.
 */
class ReadLimitsCliTest {
  @TempDir
  Path dir;

  static final String REQUEST = "{\"principal\":\"arn:aws:iam::111122223333:user/alice\",\"action\":\"s3:GetObject\","
      + "\"resource\":\"arn:aws:s3:::bucket/key\",\"expect\":\"allow\"}";
  static final String STATEMENT = "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/*\"}";

  /** A file of {@code bytes} zero bytes that takes no disk space: only its size is ever looked at. */
  private Path sparse(String name, long bytes) throws IOException {
    Path file = dir.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
    return file;
  }

  /** Writes {@code head}, then {@code item} joined by commas until the file has about {@code bytes}, then {@code tail}. */
  private Path generate(String name, String head, String item, String tail, long bytes) throws IOException {
    Path file = dir.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(head);
      long written = head.length();
      for (boolean first = true; written < bytes; first = false) {
        if (!first) {
          w.write(',');
        }
        w.write(item);
        written += item.length() + 1;
      }
      w.write(tail);
    }
    return file;
  }

  private Path simulationWithPolicyOf(long bytes) throws IOException {
    return generate("policy5mb.sim.json", "{\"policies\":{\"identity\":[{\"Version\":\"2012-10-17\",\"Statement\":[",
        STATEMENT, "]}]},\"requests\":[" + REQUEST + "]}", bytes);
  }

  private Path simulationOf(long bytes) throws IOException {
    return generate("big.sim.json", "{\"policies\":{\"identity\":[{\"Version\":\"2012-10-17\",\"Statement\":"
        + STATEMENT + "}]},\"requests\":[", REQUEST, "]}", bytes);
  }

  @Nested
  class In_process {
    @Test
    void validate_answers_a_too_large_policy_with_one_line_naming_the_limit() throws Exception {
      Path file = sparse("huge.json", 5_000_000);
      Cli.Result r = Cli.run("validate", file.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      assertThat(r.out() + r.err()).as(r.toString()).contains(file + ":1:1: error: Too large for a policy document")
          .contains("maxPolicyChars").doesNotContain("\tat ", "Exception");
    }

    @Test
    void simulate_answers_a_too_large_file_with_exit_2_and_one_line_naming_the_limit() throws Exception {
      Path file = sparse("huge.sim.json", 70_000_000);
      Cli.Result r = Cli.run("simulate", file.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.errLines().get(0)).as(r.toString())
          .startsWith(file + ":1:1: error: Too large for a simulation file: the file has 70,000,000 bytes")
          .contains("maxFileChars");
      assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void scenario_answers_a_too_large_file_with_exit_2_and_one_line_naming_the_limit() throws Exception {
      Path file = sparse("huge.scenario.json", 70_000_000);
      Cli.Result r = Cli.run("scenario", file.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.errLines().get(0)).as(r.toString())
          .startsWith(file + ":1:1: error: Too large for a scenario file").contains("maxFileChars");
      assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void simulate_answers_a_too_large_policy_inside_a_file_at_the_policy() throws Exception {
      Path file = simulationWithPolicyOf(2_000_000);
      Cli.Result r = Cli.run("simulate", file.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.errLines().get(0)).as(r.toString()).startsWith(file + ":1:26: error: Too large for a policy document")
          .contains("maxPolicyChars", "/policies/identity/0");
    }
  }

  /** What a forked {@code iam} printed and returned. */
  record Forked(int status, List<String> lines) {}

  /** Runs {@code iam ARGS} in a JVM of 64 MiB heap on this test's class path. */
  private Forked iamWith64MiB(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), IamCommand.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("iam " + String.join(" ", args) + " did not end in 120 s");
    }
    return new Forked(p.exitValue(), Files.readAllLines(dir.resolve("out.txt")));
  }

  @Nested
  class With_a_64_MiB_heap {
    @Test
    @DisplayName("simulate: a 70 MB simulation file is exit 2 with one line, refused from its size, not OutOfMemoryError")
    void a_70_mb_simulation_file() throws Exception {
      Path file = simulationOf(70_000_000);
      Forked r = iamWith64MiB("simulate", file.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.lines().get(0)).as(r.toString()).startsWith(file + ":1:1: error: Too large for a simulation file")
          .contains("maxFileChars");
      assertThat(String.join("\n", r.lines())).doesNotContain("OutOfMemoryError", "\tat ");
    }

    @Test
    @DisplayName("scenario: a 20 MB scenario file is exit 2 with one line, refused from its size, not OutOfMemoryError")
    void a_20_mb_scenario_file() throws Exception {
      Path file = generate("big.scenario.json", "{\"world\":{},\"steps\":[", "{\"advanceClock\":\"PT1H\"}", "]}",
          20_000_000);
      Forked r = iamWith64MiB("scenario", file.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.lines().get(0)).as(r.toString()).startsWith(file + ":1:1: error: Too large for a scenario file")
          .contains("maxFileChars");
      assertThat(String.join("\n", r.lines())).doesNotContain("OutOfMemoryError", "\tat ");
    }

    @Test
    @DisplayName("simulate: a file holding a 5 MB policy is exit 2 naming the policy, not OutOfMemoryError")
    void a_file_holding_a_5_mb_policy() throws Exception {
      Path file = simulationWithPolicyOf(5_000_000);
      Forked r = iamWith64MiB("simulate", file.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.lines().get(0)).as(r.toString()).startsWith(file + ":1:26: error: Too large for a policy document")
          .contains("/policies/identity/0");
      assertThat(String.join("\n", r.lines())).doesNotContain("OutOfMemoryError", "\tat ");
    }

    @Test
    @DisplayName("simulate: a 5 MB string and a 5 MB Action list are exit 2 at the value, not OutOfMemoryError")
    void a_5_mb_string_and_a_5_mb_list() throws Exception {
      Path string = generate("string.sim.json", "{\"policies\":{},\"requests\":[{\"id\":\"", "r".repeat(1_000),
          "\"}]}", 5_000_000);
      Forked r = iamWith64MiB("simulate", string.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.lines().get(0)).as(r.toString()).contains("maxStringChars", "/requests/0/id");

      Path list = generate("list.sim.json", "{\"policies\":{\"identity\":[{\"Version\":\"2012-10-17\",\"Statement\":"
          + "{\"Effect\":\"Allow\",\"Resource\":\"*\",\"Action\":[", "\"s3:GetObject\"", "]}}]},\"requests\":[]}", 5_000_000);
      r = iamWith64MiB("simulate", list.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.lines().get(0)).as(r.toString()).contains("maxElements", "/policies/identity/0/Statement/Action/100000");
    }

    @Test
    @DisplayName("validate: a 5 MB policy file is one finding line, refused from its size")
    void a_5_mb_policy_file() throws Exception {
      Path file = generate("big.json", "{\"Version\":\"2012-10-17\",\"Statement\":[", STATEMENT, "]}", 5_000_000);
      Forked r = iamWith64MiB("validate", file.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(1);
      assertThat(r.lines().get(0)).as(r.toString()).startsWith(file + ":1:1: error: Too large for a policy document");
    }

    @Test
    @DisplayName("a file whose JSON tree outgrows 64 MiB before a limit can stop it is exit 3 with one line, no stack trace")
    void out_of_memory_that_still_escapes_is_the_internal_error() throws Exception {
      // 800 statements of 1,000 distinct actions each, within the file, string, member and element limits: 14 MB,
      // 800,000 strings in the tree at once (the policy's own limits are checked once the tree is read)
      StringBuilder statement = new StringBuilder("{\"Effect\":\"Allow\",\"Resource\":\"*\",\"Action\":[");
      for (int i = 0; i < 1_000; i++) {
        statement.append(i == 0 ? "" : ",").append("\"s3:GetObject").append(i).append('"');
      }
      statement.append("]}");
      Path file = generate("heavy.sim.json", "{\"policies\":{\"identity\":[{\"Version\":\"2012-10-17\",\"Statement\":[",
          statement.toString(), "]}]},\"requests\":[]}", 800L * statement.length());
      Forked r = iamWith64MiB("simulate", "--no-validate", file.toString());
      assertThat(r.status()).as(r.toString()).isEqualTo(3);
      assertThat(r.lines()).as(r.toString()).hasSize(1);
      assertThat(r.lines().get(0)).startsWith("iam simulate: out of memory").contains("--debug");
    }
  }
}
