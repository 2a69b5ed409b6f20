package dev.iamkit.cli.internal;

import dev.iamkit.core.analysis.ComparisonResult;
import dev.iamkit.core.analysis.Counterexample;
import dev.iamkit.core.analysis.PolicyComparison;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.json.ComparisonReportWriter;
import dev.iamkit.json.Diagnostic;
import dev.iamkit.json.DiagnosticWriter;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.ReadResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code iam compare}: is the newer policy no more permissive than the older one? Exact, with counterexamples. */
@Command(
    name = "compare",
    header = "Check that a new policy grants nothing the old one does not.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Decides both policies over a finite set of representative requests that covers every class of "
            + "requests in which they could differ (every action and resource pattern and the names that tell "
            + "them apart, the bounds of numeric, date and IP conditions, absent, single and multivalued keys, "
            + "the principals a resource or trust policy names), and prints requests NEW allows and OLD "
            + "does not (one per caller and reason, at most 10), with the statements of NEW that grant each and "
            + "what OLD said.",
        "Actions range over every name, so a wildcard also covers actions AWS adds later; "
            + "--service-reference limits them to the actions of the service reference iamkit ships.",
        "When the answer is not proven (policy variables, caps), a note on standard error says why.",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  iam compare old.json new.json                 identity policies",
        "  iam compare --kind resource old.json new.json bucket policies",
        "  iam compare --output json old.json new.json",
        "",
        "Exit status: 0 NEW grants nothing OLD does not; 1 NEW grants more (the",
        "counterexamples are printed); 2 usage error or any invalid input (a missing or",
        "unreadable file; malformed, empty, binary, not UTF-8, too large or too deep",
        "JSON; a policy AWS would reject): one line per file, FILE:LINE:COL: error:",
        "...; 3 internal error (one line; the stack trace with --debug)."})
public final class CompareCommand implements Callable<Integer> {
  private static final String NAME = "iam compare";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND", converter = Converters.KindConverter.class,
      description = "What both policies are: identity, resource, trust, permissions-boundary (alias boundary), "
          + "session, scp or rcp. Default: the KIND of files named NAME.KIND.json, otherwise identity.")
  @Nullable PolicyKind kind;

  @Option(names = "--service-reference",
      description = "Let actions range over the actions of the service reference only (today's actions), "
          + "instead of every name.")
  boolean serviceReference;

  @Option(names = "--max-requests", paramLabel = "N",
      description = "Decide at most N representative requests (default 2000000); beyond, the answer is not proven.")
  long maxRequests = 2_000_000;

  @Option(names = "--output", paramLabel = "FORMAT", converter = Converters.TextOrJson.class,
      description = "text (default): each counterexample with its explanation, and a summary on standard error; "
          + "json: {kind, old, new, noMorePermissive, complete, incompleteReasons, requestsEvaluated, "
          + "counterexamples: [{principal, action, resource, resourceAccount, context, setting, old, new}]}.")
  String output = "text";

  @Parameters(index = "0", paramLabel = "OLD", description = "The policy as it is.")
  String oldPath = "";

  @Parameters(index = "1", paramLabel = "NEW", description = "The policy as it would become.")
  String newPath = "";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxRequests <= 0) {
      err.println(NAME + ": --max-requests must be positive, found " + maxRequests);
      return ExitStatus.USAGE;
    }
    PolicyKind k = kind;
    if (k == null) {
      PolicyKind a = ValidateCommand.kindOf(Path.of(oldPath));
      PolicyKind b = ValidateCommand.kindOf(Path.of(newPath));
      if (a != b) {
        err.println(NAME + ": " + oldPath + " is named as a " + a.id() + " policy and " + newPath + " as a " + b.id()
            + " policy; give --kind");
        return ExitStatus.USAGE;
      }
      k = a;
    }
    Policy older = read(oldPath, k, err);
    Policy newer = read(newPath, k, err);
    if (older == null || newer == null) {
      err.println(NAME + ": nothing was compared");
      return ExitStatus.USAGE;
    }
    if (k == PolicyKind.VPC_ENDPOINT) {
      err.println(NAME + ": comparing " + k.id() + " policies is not supported yet; nothing was compared");
      return ExitStatus.USAGE;
    }
    PolicyComparison comparison = PolicyComparison.of(k).withMaxRequests(maxRequests);
    if (serviceReference) {
      comparison = comparison.withServiceReferenceActions();
    }
    ComparisonResult result = comparison.compare(new NamedPolicy(oldPath, older), new NamedPolicy(newPath, newer));
    if (output.equals("json")) {
      out.println(ComparisonReportWriter.standard().toJson(result, oldPath, newPath));
    } else {
      printText(out, result);
      err.println(summary(result));
    }
    return result.isNoMorePermissive() ? ExitStatus.OK : ExitStatus.FINDINGS;
  }

  /** The policy of one file, or null after printing its errors (reader and validator, located). */
  private static @Nullable Policy read(String name, PolicyKind kind, PrintWriter err) {
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      err.println(NAME + ": cannot read " + name + ": " + (Files.isDirectory(file) ? "a directory, not a policy file"
          : "no such file or directory"));
      return null;
    }
    ReadResult read;
    try {
      read = PolicyReader.standard().readLenient(file);
    } catch (UncheckedIOException e) {
      err.println(NAME + ": cannot read " + name + ": " + InputFiles.describe(e));
      return null;
    }
    List<PolicyProblem> errors = new ArrayList<>();
    read.problems().stream().filter(PolicyProblem::isError).forEach(errors::add);
    read.policy().ifPresent(policy -> {
      // Size quotas do not change what a policy allows: compare policies of any size.
      PolicyValidator validator = PolicyValidator.builder().sizeLimit(SizeLimit.NONE).build();
      for (PolicyProblem p : validator.validate(policy, kind, read.documentText())) {
        if (p.isError() && !ValidateCommand.isFollowOn(p, read.problems())) {
          errors.add(ValidateCommand.locate(p, read));
        }
      }
    });
    errors.sort(ValidateCommand.BY_POSITION);
    errors.forEach(p -> err.println(DiagnosticWriter.standard().toText(Diagnostic.of(p).withFile(name))));
    return errors.isEmpty() ? read.policy().orElse(null) : null;
  }

  private static void printText(PrintWriter out, ComparisonResult result) {
    for (Counterexample c : result.counterexamples()) {
      out.println("NEW allows, OLD does not: " + c.request().action() + " on " + c.request().resource());
      out.println("    principal: " + SimulateCommand.shortName(c.request().principal())
          + c.request().resourceAccount().map(a -> "   resource account: " + a).orElse(""));
      if (!c.request().values().isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, ContextValue> e : c.request().values().entrySet()) {
          sb.append(sb.length() == 0 ? "" : ", ").append(c.request().keyNames().getOrDefault(e.getKey(), e.getKey())).append('=')
              .append(e.getValue().isList() ? e.getValue().values().toString() : e.getValue().values().get(0));
        }
        out.println("    context: " + sb);
      }
      out.println("    with: " + c.setting());
      c.grantingStatements().forEach(m -> out.println("    NEW " + statement(m)));
      out.println("    OLD: " + c.older().decision().id()
          + (c.denyingStatements().isEmpty() ? " (no statement allows it)" : ""));
      c.denyingStatements().forEach(m -> out.println("    OLD " + statement(m)));
    }
  }

  private static String statement(MatchedStatement m) {
    return (m.effect().text().equals("Deny") ? "denied by: " : "allowed by: ") + "statement " + m.statementIndex()
        + m.sid().map(s -> " (Sid " + s + ")").orElse("") + " of " + m.policyName();
  }

  private static String summary(ComparisonResult r) {
    String n = r.counterexamples().size() + " counterexample" + (r.counterexamples().size() == 1 ? "" : "s");
    StringBuilder sb = new StringBuilder();
    if (!r.isNoMorePermissive()) {
      sb.append("NEW grants more than OLD: ").append(n).append(" (").append(r.kind().id()).append(" policies, ")
          .append(r.requestsEvaluated()).append(" representative requests decided)");
    } else if (r.complete()) {
      sb.append("NEW grants nothing OLD does not (").append(r.kind().id()).append(" policies, proven over ")
          .append(r.requestsEvaluated()).append(" representative requests)");
    } else {
      sb.append("no counterexample among ").append(r.requestsEvaluated()).append(" representative requests (")
          .append(r.kind().id()).append(" policies), but not proven:");
      r.incompleteReasons().forEach(reason -> sb.append(System.lineSeparator()).append("  ").append(reason));
    }
    return sb.toString();
  }
}
