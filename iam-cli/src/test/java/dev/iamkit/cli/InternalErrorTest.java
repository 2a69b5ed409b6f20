package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §3: an error that escapes a command (a bug, {@link OutOfMemoryError}, {@link StackOverflowError}) is
 * answered with one line and exit status 3 (internal error), never 1 (findings), and with the stack trace only
 * under {@code --debug}.
 */
class InternalErrorTest {
  @TempDir
  Path dir;

  @Test
  void a_stack_overflow_in_a_command_is_one_line_and_exit_3() throws Exception {
    Path policy = dir.resolve("broken.json");
    Files.writeString(policy, "{\"Version\": \"2012-10-17\", \"Statement\": []}");
    Cli.Result r = runWithFailingOutput(new StackOverflowError(), "validate", policy.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(3);
    assertThat(r.errLines()).as(r.toString()).hasSize(1);
    assertThat(r.err()).startsWith("iam validate: out of stack space").contains("--debug")
        .doesNotContain("\tat ", "StackOverflowError");
  }

  @Test
  void out_of_memory_outside_a_command_is_one_line_and_exit_3() {
    Cli.Result r = runWithFailingOutput(new OutOfMemoryError("Java heap space"), "--version");

    assertThat(r.status()).as(r.toString()).isEqualTo(3);
    assertThat(r.errLines()).as(r.toString()).hasSize(1);
    assertThat(r.err()).startsWith("iam: out of memory").doesNotContain("\tat ");
  }

  @Test
  void with_debug_the_stack_trace_follows_the_line() throws Exception {
    Path policy = dir.resolve("broken.json");
    Files.writeString(policy, "{\"Version\": \"2012-10-17\", \"Statement\": []}");
    Cli.Result r = runWithFailingOutput(new StackOverflowError(), "validate", "--debug", policy.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(3);
    assertThat(r.errLines().get(0)).contains("out of stack space").doesNotContain("--debug");
    assertThat(r.err()).contains("\tat ");
  }

  @Test
  void a_bug_names_itself_in_one_line() {
    StringWriter err = new StringWriter();
    int status = IamCommand.internalError(new IllegalStateException("broken\nsecond line"), "iam simulate", false,
        new PrintWriter(err));

    assertThat(status).isEqualTo(3);
    assertThat(err.toString()).isEqualTo("iam simulate: internal error, a bug in iamkit (IllegalStateException: broken);"
        + " run with --debug for the stack trace" + System.lineSeparator());
  }

  @Test
  void out_of_memory_says_what_to_do() {
    StringWriter err = new StringWriter();
    int status = IamCommand.internalError(new OutOfMemoryError("Java heap space"), "iam simulate", false,
        new PrintWriter(err));

    assertThat(status).isEqualTo(3);
    assertThat(err.toString()).startsWith("iam simulate: out of memory; give Java more heap").doesNotContain("\tat ");
  }

  /** Runs the command with a standard output that fails with {@code error} when written to. */
  private static Cli.Result runWithFailingOutput(Error error, String... args) {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        throw error;
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    StringWriter err = new StringWriter();
    int status = IamCommand.run(new PrintWriter(failing), new PrintWriter(err), args);
    return new Cli.Result(status, "", err.toString());
  }
}
