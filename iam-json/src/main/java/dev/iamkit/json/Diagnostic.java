package dev.iamkit.json;

import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.Severity;
import dev.iamkit.core.policy.SourcePosition;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem of one input, as tools report it: a {@link PolicyProblem} (code, severity, message, JSON pointer,
 * line and column when known) and the file it was found in, when there is one. Every command of the {@code iam}
 * tool reports its problems as diagnostics, rendered by {@link DiagnosticWriter}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.of(problem).withFile("policy.json");
 * DiagnosticWriter.standard().toText(d);   // policy.json:6:17: error: Action "s3GetObject" has no ... [invalid-action]
 * }</pre>
 */
public final class Diagnostic {
  private final PolicyProblem problem;
  private final @Nullable String file;

  private Diagnostic(PolicyProblem problem, @Nullable String file) {
    this.problem = problem;
    this.file = file;
  }

  /** A diagnostic of {@code problem}, without a file. */
  public static Diagnostic of(PolicyProblem problem) {
    return new Diagnostic(Objects.requireNonNull(problem, "problem"), null);
  }

  /** The diagnostic of a document that could not be read: its problem, in its source file when known. */
  public static Diagnostic of(PolicyParseException e) {
    Objects.requireNonNull(e, "e");
    return new Diagnostic(e.toProblem(), e.source().orElse(null));
  }

  /** A copy in {@code file} (a path or another label of the input). */
  public Diagnostic withFile(String file) {
    return new Diagnostic(problem, Objects.requireNonNull(file, "file"));
  }

  /** The problem. */
  public PolicyProblem problem() {
    return problem;
  }

  /** The file, when the problem came from one. */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** The stable code, such as {@code invalid-action}. */
  public ProblemCode code() {
    return problem.code();
  }

  /** Error or warning. */
  public Severity severity() {
    return problem.severity();
  }

  /** What is wrong, quoting the offending text. */
  public String message() {
    return problem.message();
  }

  /** The JSON pointer of the offending value, {@code ""} for the whole document. */
  public String pointer() {
    return problem.pointer();
  }

  /** Line and column, when the problem came from text. */
  public Optional<SourcePosition> position() {
    return problem.position();
  }

  /** Whether this is an error (not a warning). */
  public boolean isError() {
    return problem.isError();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic d && problem.equals(d.problem) && Objects.equals(file, d.file);
  }

  @Override
  public int hashCode() {
    return Objects.hash(problem, file);
  }

  /** The diagnostic as {@link DiagnosticWriter#toText} renders it. */
  @Override
  public String toString() {
    return DiagnosticWriter.standard().toText(this);
  }
}
