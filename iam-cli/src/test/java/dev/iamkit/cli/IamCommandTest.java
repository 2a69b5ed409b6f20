package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class IamCommandTest {

  @Test
  void without_a_subcommand_prints_the_usage_on_stderr_and_exits_2() {
    Cli.Result r = Cli.run();

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Usage: iam", "validate", "simulate");
  }

  @Test
  void help_lists_the_subcommands_with_examples_and_exit_statuses() {
    Cli.Result r = Cli.run("--help");

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("validate", "simulate", "Examples:", "iam validate policy.json",
        "iam simulate examples/identity-basics.sim.json", "Exit status");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void version_prints_the_version() {
    Cli.Result r = Cli.run("--version");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("iam 0.1.0");
  }

  @Test
  void validate_help_explains_output_kinds_and_examples() {
    Cli.Result r = Cli.run("validate", "--help");

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(words(r.out())).contains("Usage: iam validate", "--kind", "--size-limit", "--output",
        "FILE:LINE:COL: error|warning: MESSAGE [code]", "iam validate deployer.trust.json", "Examples:", "Sample output:",
        "Exit status");
  }

  @Test
  void simulate_help_explains_output_and_exit_statuses() {
    Cli.Result r = Cli.run("simulate", "--help");

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(words(r.out())).contains("Usage: iam simulate", "--output", "--now", "iam simulate examples/", "Examples:",
        "Exit status");
  }

  /** Help text with every run of white space (line wrapping) as one space. */
  private static String words(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void help_subcommand_shows_a_subcommand_usage() {
    Cli.Result r = Cli.run("help", "validate");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Usage: iam validate");
  }

  @Test
  void an_unknown_subcommand_is_a_usage_error_naming_it() {
    Cli.Result r = Cli.run("valdate", "x.json");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("valdate", "Did you mean", "validate", "Try 'iam --help'");
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    Cli.Result r = Cli.run("validate", "--strict", "x.json");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("iam validate: Unknown option: '--strict'", "Try 'iam validate --help'");
  }

  @Test
  void run_flushes_but_does_not_close_the_writers() {
    StringWriter out = new StringWriter();
    PrintWriter writer = new PrintWriter(out);

    IamCommand.run(writer, new PrintWriter(new StringWriter()), "--version");
    writer.print("after");
    writer.flush();

    assertThat(out.toString()).startsWith("iam ").endsWith("after");
    assertThat(writer.checkError()).isFalse();
  }
}
