package dev.iamkit.core.policy;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a policy: severity, stable {@link ProblemCode}, a message that says what is
 * wrong and quotes the offending text, and where: a JSON pointer into the document (RFC 6901, for
 * example {@code /Statement/0/Action/1}) and, when the problem came from parsing text, the line and
 * column. Immutable and thread-safe.
 */
public final class PolicyProblem {
  private final Severity severity;
  private final ProblemCode code;
  private final String message;
  private final String pointer;
  private final @Nullable SourcePosition position;

  private PolicyProblem(Severity severity, ProblemCode code, String message, String pointer,
      @Nullable SourcePosition position) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.position = position;
  }

  /** A problem without a source position. */
  public static PolicyProblem of(Severity severity, ProblemCode code, String message, String pointer) {
    return new PolicyProblem(severity, code, message, pointer, null);
  }

  /** An error without a source position. */
  public static PolicyProblem error(ProblemCode code, String message, String pointer) {
    return of(Severity.ERROR, code, message, pointer);
  }

  /** A warning without a source position. */
  public static PolicyProblem warning(ProblemCode code, String message, String pointer) {
    return of(Severity.WARNING, code, message, pointer);
  }

  /** A copy located at {@code position}. */
  public PolicyProblem withPosition(SourcePosition position) {
    return new PolicyProblem(severity, code, message, pointer, Objects.requireNonNull(position, "position"));
  }

  public Severity severity() {
    return severity;
  }

  public ProblemCode code() {
    return code;
  }

  public String message() {
    return message;
  }

  /** JSON pointer to the offending value; the empty string means the whole document. */
  public String pointer() {
    return pointer;
  }

  /** Line and column in the source text, when known. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  /** Whether this is an error (AWS would reject the policy). */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyProblem p
        && severity == p.severity
        && code == p.code
        && message.equals(p.message)
        && pointer.equals(p.pointer)
        && Objects.equals(position, p.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, message, pointer, position);
  }

  /** {@code error: MESSAGE [code] at POINTER (line L, column C)}. */
  @Override
  public String toString() {
    return severity.label() + ": " + message + " [" + code.id() + "] at " + (pointer.isEmpty() ? "/" : pointer)
        + (position == null ? "" : " (line " + position.line() + ", column " + position.column() + ")");
  }
}
