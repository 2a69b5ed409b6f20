package dev.iamkit.cli.internal;

import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.core.policy.SourcePosition;
import dev.iamkit.json.Diagnostic;
import dev.iamkit.json.DiagnosticWriter;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.ReadResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code iam validate}: checks policy documents as IAM does when they are saved. */
@Command(
    name = "validate",
    header = "Check policy documents as IAM does when they are saved.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Checks policy documents as IAM checks them when they are saved: JSON and grammar, the elements "
            + "the policy kind needs or forbids, actions, resources, principals, conditions and the size quota.",
        "Prints one line per problem, sorted by position: FILE:LINE:COL: error|warning: MESSAGE [code]; then "
            + "a summary on standard error. Errors are what AWS would reject; warnings are accepted by AWS but "
            + "probably not what was meant.",
        "Files are policy documents or get-policy-version output ({\"PolicyVersion\":{\"Document\":...}}). "
            + "Without --kind, a file named NAME.KIND.json (bucket.resource.json, deployer.trust.json, "
            + "guard.scp.json) is checked as that kind, and any other file as an identity policy.",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  iam validate policy.json             a customer managed policy (quota 6,144)",
        "  iam validate --size-limit user-inline inline.json",
        "                                       an inline user policy (quota 2,048)",
        "  iam validate --kind trust trust.json a role trust policy",
        "  iam validate deployer.trust.json     the same, kind from the file name",
        "  iam validate --kind scp scps/        every *.json below scps/",
        "  iam validate --size-limit none --output json aws-managed/",
        "",
        "Sample output:",
        "  policy.json:6:17: error: Action \"s3GetObject\" has no service prefix: ...",
        "      [invalid-action]",
        "  policy.json:11:20: warning: NotAction with \"Allow\": it allows every other",
        "      action of every service, ... [not-element-with-allow]",
        "  1 file, 1 error, 1 warning",
        "",
        "Exit status: 0 no document has an error (warnings allowed); 1 a document has",
        "an error or cannot be accepted at all (malformed JSON, empty, binary, not",
        "UTF-8, too large, too deep), each a FILE:LINE:COL: error: line; 2 usage error",
        "or a path it cannot use (missing, a folder without *.json files, unreadable);",
        "3 internal error (one line; the stack trace with --debug)."})
public final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND", converter = Converters.KindConverter.class,
      description = "Where the policies are used: identity, resource, trust, permissions-boundary (alias boundary), "
          + "session, scp, rcp or vpc-endpoint (alias endpoint); decides which elements they must and may have. "
          + "Default: the KIND of a file named NAME.KIND.json, "
          + "otherwise identity (a customer managed policy).")
  @Nullable PolicyKind kind;

  @Option(names = "--size-limit", paramLabel = "LIMIT", converter = Converters.SizeLimitConverter.class,
      description = "The size quota to check: managed, user-inline, group-inline, role-inline, trust, session, "
          + "organizations, vpc-endpoint, or none (AWS managed policies). Default: the kind's usual quota (identity "
          + "and permissions-boundary: managed; trust: trust; session: session; scp and rcp: organizations; "
          + "vpc-endpoint: vpc-endpoint; resource: none).")
  @Nullable SizeLimit sizeLimit;

  @Option(names = "--output", paramLabel = "FORMAT", converter = Converters.TextOrJson.class,
      description = "text (default): one line per problem and a summary on standard error; "
          + "json: a JSON array of {file, line, column, severity, code, message, pointer}.")
  String format = "text";

  /** The former name of {@code --output}, kept as a hidden alias. */
  @Option(names = "--format", hidden = true, converter = Converters.TextOrJson.class)
  void format(String value) {
    format = value;
  }

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Policy documents to check; a directory means every *.json file below it.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    // Without --size-limit, each policy gets its kind's quota (SizeLimit.defaultFor).
    PolicyValidator validator = sizeLimit == null ? PolicyValidator.standard()
        : PolicyValidator.builder().sizeLimit(sizeLimit).build();
    InputFiles inputs = InputFiles.expand("iam validate", paths, ".json", err);
    int status = inputs.status();
    List<Diagnostic> findings = new ArrayList<>();
    int checked = 0;
    for (Path file : inputs.files()) {
      String name = file.toString();
      ReadResult read;
      try {
        read = PolicyReader.standard().readLenient(file);
      } catch (UncheckedIOException e) {
        err.println("iam validate: cannot read " + name + ": " + InputFiles.describe(e));
        status = ExitStatus.worst(status, ExitStatus.USAGE);
        continue;
      }
      checked++;
      PolicyKind fileKind = kind != null ? kind : kindOf(file);
      List<PolicyProblem> problems = problems(read, fileKind, validator);
      boolean trustHint = kind == null && fileKind == PolicyKind.IDENTITY && looksLikeTrustPolicy(read);
      for (PolicyProblem p : problems) {
        Diagnostic d = Diagnostic.of(trustHint ? withTrustHint(p) : p).withFile(name);
        findings.add(d);
        if (p.isError()) {
          status = ExitStatus.worst(status, ExitStatus.FINDINGS);
        }
        if (format.equals("text")) {
          out.println(DiagnosticWriter.standard().toText(d));
        }
      }
    }
    if (format.equals("json")) {
      out.print(DiagnosticWriter.standard().toJson(findings));
    } else {
      long errors = findings.stream().filter(Diagnostic::isError).count();
      long warnings = findings.size() - errors;
      err.println(plural(checked, "file") + ", " + plural(errors, "error") + ", " + plural(warnings, "warning"));
    }
    return status;
  }

  /** Every problem of one file, positioned and sorted by position (problems without one first). */
  private static List<PolicyProblem> problems(ReadResult read, PolicyKind kind, PolicyValidator validator) {
    List<PolicyProblem> all = new ArrayList<>(read.problems());
    read.policy().ifPresent(policy -> {
      for (PolicyProblem p : validator.validate(policy, kind, read.documentText())) {
        if (!isFollowOn(p, read.problems())) {
          all.add(locate(p, read));
        }
      }
    });
    all.sort(BY_POSITION);
    return all;
  }

  /** The kind named by a file name NAME.KIND.json, else {@link PolicyKind#IDENTITY}. */
  static PolicyKind kindOf(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      String stem = name.substring(0, name.length() - ".json".length());
      int dot = stem.lastIndexOf('.');
      if (dot > 0) {
        String id = stem.substring(dot + 1);
        try {
          return PolicyKind.fromId(id); // NAME.boundary.json as well as NAME.permissions-boundary.json
        } catch (IllegalArgumentException notAKind) {
          return PolicyKind.IDENTITY;
        }
      }
    }
    return PolicyKind.IDENTITY;
  }

  /** Problems about something missing, which the reader causes when it leaves out a member it rejected. */
  private static final Set<ProblemCode> MISSING_SOMETHING = EnumSet.of(ProblemCode.EMPTY_STATEMENT,
      ProblemCode.MISSING_ACTION, ProblemCode.MISSING_RESOURCE, ProblemCode.REQUIRED_ELEMENT,
      ProblemCode.VERSION_REQUIRED);

  /**
   * Whether a validator problem only repeats a reader error: the reader leaves out what it rejected (a
   * statement with Effect "allow", an Action that is a number), and the validator then finds it missing.
   * Such a problem says "missing" at the rejected value or one of its ancestors.
   */
  static boolean isFollowOn(PolicyProblem p, List<PolicyProblem> readerProblems) {
    if (!MISSING_SOMETHING.contains(p.code())) {
      return false;
    }
    for (PolicyProblem r : readerProblems) {
      if (!r.isError()) {
        continue;
      }
      String at = r.pointer();
      boolean related = p.pointer().isEmpty()
          ? p.code() == ProblemCode.VERSION_REQUIRED && at.equals("/Version")
          : at.equals(p.pointer()) || at.startsWith(p.pointer() + "/");
      if (related) {
        return true;
      }
    }
    return false;
  }

  /** The problem located at its pointer (ReadResult falls back to the nearest enclosing value). */
  static PolicyProblem locate(PolicyProblem p, ReadResult read) {
    if (p.position().isPresent()) {
      return p;
    }
    return read.positionOf(p.pointer()).map(p::withPosition).orElse(p);
  }

  static final Comparator<PolicyProblem> BY_POSITION = Comparator
      .comparingInt((PolicyProblem p) -> p.position().map(SourcePosition::line).orElse(0))
      .thenComparingInt(p -> p.position().map(SourcePosition::column).orElse(0));

  /**
   * Whether a document read as an identity policy is a role trust policy: a statement with a Principal whose
   * actions are all trust actions (S1.11).
   */
  static boolean looksLikeTrustPolicy(ReadResult read) {
    return read.policy().map(policy -> policy.statements().stream().anyMatch(st -> st.principal().isPresent()
        && st.action().map(a -> a.values().stream().allMatch(Action::isTrustAction)).orElse(false)))
        .orElse(false);
  }

  /** The problem of a forbidden Principal with the suggestion to check the file as a trust policy. */
  static PolicyProblem withTrustHint(PolicyProblem p) {
    if (p.code() != ProblemCode.FORBIDDEN_ELEMENT || !p.pointer().endsWith("/Principal")) {
      return p;
    }
    PolicyProblem hinted = PolicyProblem.of(p.severity(), p.code(), p.message()
        + "; this looks like a role trust policy: check it with --kind trust (or name the file NAME.trust.json)",
        p.pointer());
    return p.position().map(hinted::withPosition).orElse(hinted);
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
