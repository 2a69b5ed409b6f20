package dev.iamkit.cli.internal;

import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.EvaluationWarning;
import dev.iamkit.core.eval.KindResult;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.eval.StatementCoverage;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.json.Diagnostic;
import dev.iamkit.json.DiagnosticWriter;
import dev.iamkit.json.Simulation;
import dev.iamkit.json.SimulationReader;
import dev.iamkit.json.SimulationReportWriter;
import dev.iamkit.json.SimulationResult;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code iam simulate}: decides the requests of simulation files and checks their expectations. */
@Command(
    name = "simulate",
    header = "Decide the requests of simulation files as AWS would.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Decides the requests of simulation files as AWS would, without AWS (like simulate-custom-policy), "
            + "and compares each decision with the request's \"expect\" value.",
        "A simulation file holds policies (identity, permissionsBoundary, session, resource, scp and rcp "
            + "levels, vpcEndpoint) and requests (principal, action, resource, resourceAccount, context, expect); see "
            + "README.md and examples/. Every file is read before anything is evaluated: if one is invalid, "
            + "nothing is evaluated. Each policy is validated as its kind, with its kind's default size quota, "
            + "as iam validate would (a policy AWS would reject makes the file invalid) unless --no-validate.",
        "Table output: one row per request (id, principal, action, resource, decision, expected, PASS/FAIL); "
            + "under failing and denied rows, why: the deciding statements, the gate without an Allow, what "
            + "each kind of policy said, and the context keys the policies needed but the request lacked; "
            + "under any row, the warnings of its evaluation (what was assumed, such as the resource account, "
            + "or is not modelled, such as KMS grants).",
        "Warnings of a file itself (the validator's warnings of its policies; a context key that no service "
            + "defines and no policy of the file mentions, unknown-context-key) are printed under the file's name "
            + "as FILE:LINE:COL: warning: MESSAGE [code] at POINTER, and listed under the top-level \"warnings\" "
            + "in JSON; they never change the exit status.",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  iam simulate examples/identity-basics.sim.json",
        "  iam simulate examples/                  every *.sim.json below examples/",
        "  iam simulate --output json --now 2026-01-01T12:00:00Z checks/",
        "  iam simulate --coverage checks/         which statements no request exercised",
        "  iam simulate --benchmark --seconds 10 workload.sim.json   what a decision costs",
        "",
        "Exit status: 0 every expectation met; 1 an expectation failed; 2 usage error",
        "or any invalid input (malformed, empty, binary, not UTF-8, too large, too",
        "deep, a wrong member, a policy AWS would reject; a missing or unreadable",
        "path): one line per file, FILE:LINE:COL: error: ..., and nothing is",
        "evaluated; 3 internal error (one line; the stack trace with --debug)."})
public final class SimulateCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--output", paramLabel = "FORMAT", converter = Converters.TextOrJson.class,
      description = "text (default; table is an alias): a readable table and a summary; "
          + "json: {\"results\":[...],\"summary\":{...},\"warnings\":[...]} for machines, or {\"diagnostics\":[...]} (the objects "
          + "of iam validate --output json) when an input is invalid.")
  String output = "text";

  @Option(names = "--now", paramLabel = "INSTANT", converter = Converters.InstantConverter.class,
      description = "The time of the requests (aws:CurrentTime, aws:EpochTime) unless a request sets them, "
          + "as an ISO-8601 instant such as 2026-01-01T12:00:00Z. Default: the system clock.")
  @Nullable Instant now;

  @Option(names = "--coverage",
      description = "Also report the statements no request was decided by (an Allow that granted nothing, a "
          + "Deny that denied nothing): after the table, or under \"coverage\" in JSON.")
  boolean coverage;

  @Option(names = "--no-validate",
      description = "Do not validate the policies as their kind (only read them): to evaluate policies AWS would "
          + "not accept from a customer, such as an Allow in an RCP other than AWS's RCPFullAWSAccess (which "
          + "is accepted) or a policy of version 2008-10-17.")
  boolean noValidate;

  @Option(names = "--benchmark",
      description = "Measure instead of report: read and compile once, warm up, then evaluate the requests "
          + "round-robin on one thread for --seconds and print requests, decisions, decisions per second, "
          + "nanoseconds per decision and whether every expectation was met (as JSON with --output json: "
          + "{\"requests\":R,\"decisions\":D,\"decisionsPerSecond\":X,\"nsPerDecision\":Y,"
          + "\"expectationsMet\":true}). Exit status as without it.")
  boolean benchmark;

  @Option(names = "--seconds", paramLabel = "N",
      description = "With --benchmark: how long to measure, in seconds (default 5; warm-up is one more "
          + "second at most).")
  @Nullable Integer seconds;

  /** Measured time in milliseconds instead of --seconds, so that tests stay fast. */
  @Option(names = "--benchmark-millis", hidden = true)
  long millis = -1;

  @Parameters(arity = "1..*", paramLabel = "FILE-OR-DIR",
      description = "Simulation files; a directory means every *.sim.json file below it.")
  List<String> paths = new ArrayList<>();

  /** The results of one file, and the warnings of the file itself. */
  private record FileResults(String name, List<SimulationResult> results, List<Diagnostic> warnings) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant at = now != null ? now : Instant.now();
    int measureSeconds = seconds != null ? seconds : 5;
    String misuse = !benchmark ? (seconds != null ? "--seconds needs --benchmark" : null)
        : coverage ? "--coverage cannot be combined with --benchmark"
        : measureSeconds < 1 ? "--seconds must be at least 1, got " + measureSeconds : null;
    if (misuse != null) {
      err.println("iam simulate: " + misuse);
      return ExitStatus.USAGE;
    }

    InputFiles inputs = InputFiles.expand("iam simulate", paths, ".sim.json", err);
    // Read every file first: an invalid file stops the run before anything is evaluated.
    InputFiles.ReadAll<Simulation> loaded = inputs.readAll("iam simulate",
        (noValidate ? SimulationReader.withoutValidation() : SimulationReader.standard())::read, err);
    if (loaded.status() != ExitStatus.OK) {
      if (output.equals("json")) {
        out.print(DiagnosticWriter.standard().toJsonDocument(loaded.invalid()));
      }
      err.println("iam simulate: nothing was evaluated");
      return loaded.status();
    }

    List<FileResults> all = new ArrayList<>();
    List<SimulationResult> flat = new ArrayList<>();
    List<Diagnostic> fileWarnings = new ArrayList<>();
    for (InputFiles.Read<Simulation> l : loaded.read()) {
      List<SimulationResult> results = l.value().run(Evaluator.standard(), at);
      all.add(new FileResults(l.name(), results, l.value().warnings()));
      flat.addAll(results);
      fileWarnings.addAll(l.value().warnings());
    }
    if (benchmark) {
      long nanos = millis > 0 ? millis * 1_000_000L : measureSeconds * 1_000_000_000L;
      return SimulationBenchmark.run(flat, at, nanos, output.equals("json"), out);
    }
    StatementCoverage statements = StatementCoverage.create();
    flat.forEach(r -> statements.record(r.request().policies(), r.evaluation()));
    if (output.equals("json")) {
      String json = coverage ? SimulationReportWriter.standard().toJson(flat, fileWarnings, statements)
          : SimulationReportWriter.standard().toJson(flat, fileWarnings);
      out.print(json);
      if (!json.endsWith("\n")) {
        out.println();
      }
    } else {
      printTable(out, all);
      if (coverage) {
        out.println(statements);
      }
    }
    return flat.stream().anyMatch(SimulateCommand::failed) ? ExitStatus.FINDINGS : ExitStatus.OK;
  }

  static boolean failed(SimulationResult r) {
    return r.check() == SimulationResult.Check.FAILED;
  }

  private static void printTable(PrintWriter out, List<FileResults> files) {
    int requests = 0;
    int passed = 0;
    int failed = 0;
    for (int f = 0; f < files.size(); f++) {
      FileResults file = files.get(f);
      if (f > 0) {
        out.println();
      }
      out.println(file.name());
      for (Diagnostic w : file.warnings()) {
        out.println(DiagnosticWriter.standard().toText(w));
      }
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"ID", "PRINCIPAL", "ACTION", "RESOURCE", "DECISION", "EXPECTED", "RESULT"});
      for (int i = 0; i < file.results().size(); i++) {
        rows.add(row(file.results().get(i), i));
      }
      int[] widths = new int[rows.get(0).length];
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
      out.println(format(rows.get(0), widths));
      for (int i = 0; i < file.results().size(); i++) {
        SimulationResult r = file.results().get(i);
        out.println(format(rows.get(i + 1), widths));
        requests++;
        switch (r.check()) {
          case PASSED -> passed++;
          case FAILED -> failed++;
          case NO_EXPECTATION -> { }
        }
        if (failed(r) || r.evaluation().decision() != Decision.ALLOW) {
          for (String line : explain(r.evaluation())) {
            out.println("    " + line);
          }
        } else {
          for (String line : warnings(r.evaluation())) {
            out.println("    " + line);
          }
        }
      }
    }
    out.println();
    int unchecked = requests - passed - failed;
    out.println(requests + (requests == 1 ? " request" : " requests")
        + (files.size() > 1 ? " in " + files.size() + " files" : "")
        + ": " + passed + " passed, " + failed + " failed"
        + (unchecked > 0 ? ", " + unchecked + " without expectation" : ""));
  }

  /** The request's id, or {@code #N} (1-based position in its file) when it has none. */
  private static String[] row(SimulationResult r, int index) {
    RequestContext request = r.request().request();
    String expected = r.request().expected().map(d -> d.id()).orElse("-");
    String result = switch (r.check()) {
      case PASSED -> "PASS";
      case FAILED -> "FAIL";
      case NO_EXPECTATION -> "-";
    };
    return new String[] {r.request().id().orElse("#" + (index + 1)), shortName(request.principal()), request.action(), request.resource(),
        r.evaluation().decision().id(), expected, result};
  }

  /** A table row, each cell padded to its column's width (the last cell is not padded). */
  static String format(String[] row, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        sb.append("  ");
      }
      sb.append(row[i]);
      if (i < row.length - 1) {
        sb.append(" ".repeat(widths[i] - row[i].length()));
      }
    }
    return sb.toString();
  }

  /** The principal without the {@code arn:PARTITION:SERVICE::} prefix, or the service name, or anonymous. */
  static String shortName(Principal p) {
    String arn;
    if (p instanceof Principal.RootUser root) {
      arn = root.arn().toString();
    } else if (p instanceof Principal.IamUser user) {
      arn = user.arn().toString();
    } else if (p instanceof Principal.RoleSession session) {
      arn = session.sessionArn().toString();
    } else if (p instanceof Principal.FederatedUser fed) {
      arn = fed.arn().toString();
    } else if (p instanceof Principal.ServicePrincipal service) {
      return service.name();
    } else if (p instanceof Principal.WebIdentityUser web) {
      return "federated:" + web.provider();
    } else {
      return "anonymous";
    }
    // arn:aws:iam::111122223333:user/alice -> 111122223333:user/alice
    int colons = 0;
    for (int i = 0; i < arn.length(); i++) {
      if (arn.charAt(i) == ':' && ++colons == 4) {
        return arn.substring(i + 1);
      }
    }
    return arn;
  }

  /** Why: deciding statements, blocking gate, what each kind said, missing keys, diagnostics. */
  static List<String> explain(Evaluation e) {
    List<String> lines = new ArrayList<>();
    switch (e.decision()) {
      case EXPLICIT_DENY -> e.matchedStatements().forEach(m -> lines.add("denied by: " + statement(m)));
      case ALLOW -> e.matchedStatements().forEach(m -> lines.add("allowed by: " + statement(m)));
      case IMPLICIT_DENY -> lines.add(e.blockingKind()
          .map(k -> "no applicable Allow in: " + kindName(k)
              + (e.blockingLevel().isPresent() ? " level " + e.blockingLevel().getAsInt() : ""))
          .orElse("no policy allows"));
    }
    StringBuilder kinds = new StringBuilder();
    for (Map.Entry<PolicyKind, KindResult> k : e.kindResults().entrySet()) {
      if (k.getValue() != KindResult.NOT_APPLICABLE) {
        kinds.append(kinds.length() == 0 ? "" : ", ").append(kindName(k.getKey())).append(' ')
            .append(k.getValue().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (kinds.length() > 0) {
      lines.add("policies: " + kinds);
    }
    if (!e.missingContextKeys().isEmpty()) {
      lines.add("missing context keys: " + String.join(", ", e.missingContextKeys()));
    }
    e.diagnostics().forEach(d -> lines.add("diagnostic: " + d));
    lines.addAll(warnings(e));
    return lines;
  }

  /** One line per warning of the evaluation: {@code warning: CODE: MESSAGE}. */
  static List<String> warnings(Evaluation e) {
    List<String> lines = new ArrayList<>(e.warnings().size());
    for (EvaluationWarning w : e.warnings()) {
      lines.add("warning: " + w.code().id() + ": " + w.message());
    }
    return lines;
  }

  private static String statement(MatchedStatement m) {
    return kindName(m.kind())
        + (m.kind() == PolicyKind.SCP || m.kind() == PolicyKind.RCP ? " level " + m.level() : "")
        + " \"" + m.policyName() + "\" statement " + m.statementIndex()
        + m.sid().map(s -> " (Sid " + s + ")").orElse("") + " " + m.effect().text();
  }

  private static String kindName(PolicyKind k) {
    return k.id();
  }
}
