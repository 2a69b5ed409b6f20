package dev.iamkit.cli.internal;

import dev.iamkit.json.Diagnostic;
import dev.iamkit.json.DiagnosticWriter;
import dev.iamkit.json.Scenario;
import dev.iamkit.json.ScenarioReader;
import dev.iamkit.json.ScenarioReport;
import dev.iamkit.json.ScenarioReportWriter;
import dev.iamkit.json.ScenarioStep;
import dev.iamkit.json.ScenarioStepResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code iam scenario}: runs scenario files (sign-in, keys, STS, authorization) against their world. */
@Command(
    name = "scenario",
    header = "Run scenarios: sign in, use keys, assume roles and authorize against a world.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Runs the steps of scenario files against their world (a whole directory of accounts, users, roles, "
            + "policies and resources) with a scenario clock, and compares each step's outcome with its "
            + "\"expect\" value: ok, a decision (allow, explicit_deny, implicit_deny) or an AWS error code "
            + "such as AccessDenied, ExpiredToken or ValidationError.",
        "Steps: signIn, authenticate, getSessionToken, assumeRole, authorize, advanceClock; see README.md "
            + "and examples/. Every file (and its world) is read before anything runs: if one is invalid, "
            + "nothing runs.",
        "Table output: one row per step (index, kind, as, expected, actual, PASS/FAIL) and what happened.",
        "Warnings of a file or its world (the validator's warnings of the world's policies, such as an action no "
            + "service defines, which the world's IAM operations accept) are printed under the scenario's name "
            + "as FILE:LINE:COL: warning: MESSAGE [code] at POINTER, and listed under the top-level \"warnings\" "
            + "in JSON (present only when there are any); they never change the exit status.",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  iam scenario examples/company/company.scenario.json",
        "  iam scenario examples/                 every *.scenario.json below examples/",
        "  iam scenario --output json checks/",
        "",
        "Exit status: 0 every expectation holds; 1 an expectation failed; 2 usage",
        "error or any invalid input, in the scenario or its world (malformed, empty,",
        "binary, not UTF-8, too large, too deep, a wrong member; a missing or",
        "unreadable path): one line per file, FILE:LINE:COL: error: ..., and nothing",
        "runs; 3 internal error (one line; the stack trace with --debug)."})
public final class ScenarioCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--output", paramLabel = "FORMAT", converter = Converters.TextOrJson.class,
      description = "text (default; table is an alias): a readable table and a summary; "
          + "json: {\"steps\":[...],\"summary\":{...}} for machines.")
  String output = "text";

  @Parameters(arity = "1..*", paramLabel = "FILE-OR-DIR",
      description = "Scenario files; a directory means every *.scenario.json file below it.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles inputs = InputFiles.expand("iam scenario", paths, ".scenario.json", err);
    InputFiles.ReadAll<Scenario> loaded = inputs.readAll("iam scenario", ScenarioReader.standard()::read, err);
    if (loaded.status() != ExitStatus.OK) {
      if (output.equals("json")) {
        out.print(DiagnosticWriter.standard().toJsonDocument(loaded.invalid()));
      }
      err.println("iam scenario: nothing was run");
      return loaded.status();
    }
    List<ScenarioReport> reports = new ArrayList<>();
    List<List<Diagnostic>> warnings = new ArrayList<>();
    // a world file several scenarios read gives each of them the same warnings, each naming that file: list them once
    Set<Diagnostic> allWarnings = new LinkedHashSet<>();
    for (InputFiles.Read<Scenario> s : loaded.read()) {
      reports.add(s.value().run());
      warnings.add(s.value().warnings());
      allWarnings.addAll(s.value().warnings());
    }
    if (output.equals("json")) {
      String json = ScenarioReportWriter.standard().toJson(reports, List.copyOf(allWarnings));
      out.print(json);
      if (!json.endsWith("\n")) {
        out.println();
      }
    } else {
      printTable(out, reports, warnings);
    }
    return reports.stream().allMatch(ScenarioReport::passed) ? ExitStatus.OK : ExitStatus.FINDINGS;
  }

  /** The table; {@code warnings} holds the warnings of each report's scenario, in the same order. */
  private static void printTable(PrintWriter out, List<ScenarioReport> reports, List<List<Diagnostic>> warnings) {
    int total = 0;
    int failed = 0;
    for (int f = 0; f < reports.size(); f++) {
      ScenarioReport report = reports.get(f);
      if (f > 0) {
        out.println();
      }
      out.println(report.source());
      for (Diagnostic w : warnings.get(f)) {
        out.println(DiagnosticWriter.standard().toText(w));
      }
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"STEP", "KIND", "AS", "EXPECTED", "ACTUAL", "RESULT"});
      for (ScenarioStepResult r : report.steps()) {
        ScenarioStep s = r.step();
        rows.add(new String[] {"#" + s.index(), s.operation().kind(), s.asName().orElse("-"),
            s.expectation().map(e -> e.id()).orElse("-"), r.actual().id(), r.passed() ? "PASS" : "FAIL"});
      }
      int[] widths = new int[rows.get(0).length];
      for (String[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
      out.println(SimulateCommand.format(rows.get(0), widths));
      for (int i = 0; i < report.steps().size(); i++) {
        ScenarioStepResult r = report.steps().get(i);
        out.println(SimulateCommand.format(rows.get(i + 1), widths));
        out.println("    " + r.message());
        total++;
        failed += r.passed() ? 0 : 1;
      }
    }
    out.println();
    out.println(total + (total == 1 ? " step" : " steps")
        + (reports.size() > 1 ? " in " + reports.size() + " scenarios" : "")
        + ": " + (total - failed) + " passed, " + failed + " failed");
  }
}
