package dev.iamkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code iam} command. Subcommands: {@code validate}, {@code simulate}. */
@Command(
    name = "iam",
    mixinStandardHelpOptions = true,
    version = "iam 0.1.0-SNAPSHOT",
    description = "AWS IAM semantics without AWS: validate policies and simulate requests exactly as AWS decides them.",
    subcommands = {CommandLine.HelpCommand.class})
public final class IamCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (0 ok, 1 findings, 2 usage or input error). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new IamCommand());
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
