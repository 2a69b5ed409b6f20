package dev.iamkit.cli;

import dev.iamkit.cli.internal.CompareCommand;
import dev.iamkit.cli.internal.ExitStatus;
import dev.iamkit.cli.internal.ScenarioCommand;
import dev.iamkit.cli.internal.SimulateCommand;
import dev.iamkit.cli.internal.ValidateCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code iam} command: {@code iam validate} checks policy documents as IAM would when they are saved,
 * {@code iam simulate} decides the requests of simulation files as AWS would, {@code iam scenario} runs
 * scenarios of sign-ins, keys, role sessions and requests against a world, {@code iam compare} checks that a
 * new policy grants nothing an old one does not.
 *
 * <p>Exit statuses: 0 success, 1 findings (a policy with an error, a failed expectation), 2 usage error or
 * invalid input, 3 internal error. Each call of {@link #run(PrintWriter, PrintWriter, String...)} builds a new
 * command, so calls are independent and may run on several threads at once.
 *
 * <pre>{@code
 * int status = IamCommand.run("validate", "--kind", "trust", "trust.json");
 * }</pre>
 */
@Command(
    name = "iam",
    mixinStandardHelpOptions = true,
    version = "iam 0.1.0-SNAPSHOT",
    description = {"AWS IAM semantics without AWS: validate policies and simulate requests exactly as AWS "
        + "decides them.", ""},
    subcommands = {ValidateCommand.class, SimulateCommand.class, ScenarioCommand.class, CompareCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  iam validate policy.json               check a customer managed policy",
        "  iam validate --kind trust trust.json   check a role trust policy",
        "  iam validate policies/                 check every *.json below a folder",
        "  iam simulate examples/identity-basics.sim.json",
        "                                         decide requests, check expectations",
        "  iam scenario examples/company/company.scenario.json",
        "                                         sign in, assume roles, authorize",
        "  iam compare old.json new.json          does NEW grant anything OLD does not?",
        "  iam help simulate                      a subcommand's options and output",
        "",
        "Exit status: 0 ok; 1 findings (policy errors, failed expectations; for",
        "validate also a document it cannot accept: malformed, empty, binary, not",
        "UTF-8, too large, too deep); 2 usage error or invalid input (validate: a path",
        "it cannot use; simulate, scenario and compare: any invalid input, one line",
        "naming the file); 3 internal error (out of memory, out of stack, a bug; one",
        "line, the stack trace with --debug)."})
public final class IamCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** A new top-level command; picocli fills in its {@code spec}. Use {@link #run(String...)} to run it. */
  public IamCommand() {}

  @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error (exit status 3), print the stack trace too.")
  boolean debug;

  /** Runs the command line and exits the JVM with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line on {@code System.out} and {@code System.err} and returns its exit status
   * (0 ok, 1 findings, 2 usage or input error, 3 internal error).
   */
  public static int run(String... args) {
    // The console's encoding, as System.out itself uses.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
    return run(out, err, args);
  }

  /**
   * Runs the command line, writing results to {@code out} and messages (errors, summaries, build notes)
   * to {@code err}, and returns its exit status. Both writers are flushed, not closed.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(args, "args");
    CommandLine cl = new CommandLine(new IamCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(IamCommand::usageError);
    IamCommand root = cl.getCommand();
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        internalError(ex, commandLine.getCommandSpec().qualifiedName(), root.debug, commandLine.getErr()));
    try {
      return cl.execute(args);
    } catch (Throwable t) { // OutOfMemoryError, StackOverflowError and other errors escape picocli's handler
      return internalError(t, commandName(cl), root.debug || Arrays.asList(args).contains("--debug"), err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Answers an error that escaped a command (a bug, {@link OutOfMemoryError}, {@link StackOverflowError}) with one
   * line and {@link ExitStatus#INTERNAL_ERROR}; the stack trace follows only with {@code --debug}. Never exit 1,
   * which means that a finding was made.
   */
  static int internalError(Throwable t, String command, boolean debug, PrintWriter err) {
    String what;
    if (t instanceof OutOfMemoryError) {
      what = "out of memory; give Java more heap (IAM_JAVA_OPTS=-Xmx2g for the iam script) or split the input";
    } else if (t instanceof StackOverflowError) {
      what = "out of stack space; the input is nested too deeply (IAM_JAVA_OPTS=-Xss8m for the iam script gives more)";
    } else {
      String message = t.getMessage();
      what = "internal error, a bug in iamkit (" + t.getClass().getSimpleName()
          + (message == null || message.isBlank() ? "" : ": " + oneLine(message)) + ")";
    }
    err.println(command + ": " + what + (debug ? "" : "; run with --debug for the stack trace"));
    if (debug) {
      t.printStackTrace(err);
    }
    err.flush();
    return ExitStatus.INTERNAL_ERROR;
  }

  /** The qualified name of the (sub)command that ran, such as {@code iam validate}; {@code iam} before parsing. */
  private static String commandName(CommandLine cl) {
    CommandLine.ParseResult pr = cl.getParseResult();
    String name = "iam";
    while (pr != null) {
      name = pr.commandSpec().qualifiedName();
      pr = pr.hasSubcommand() ? pr.subcommand() : null;
    }
    return name;
  }

  private static String oneLine(String message) {
    String first = message.lines().findFirst().orElse("");
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }

  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitStatus.USAGE;
  }

  /** Without a subcommand: print the usage to standard error; a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitStatus.USAGE;
  }
}
