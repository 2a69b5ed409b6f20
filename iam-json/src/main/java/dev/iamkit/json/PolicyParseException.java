package dev.iamkit.json;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when text is not valid JSON or not the shape of a policy (or simulation) document. Says what was
 * expected and where: the JSON pointer of the offending value, its line and column, and the source name
 * when reading a file. Never carries the document text itself.
 *
 * <p>The message is {@code SOURCE: Invalid document at POINTER (line L, column C): DETAIL [CODE]}, the source and the
 * position left out when unknown; {@link #detail()} is the DETAIL alone, in iamkit's words (never the JSON parser's):
 *
 * <pre>{@code
 * policy.json: Invalid document at /Statement/0/Effect (line 4, column 14): Expected Effect "Allow" or "Deny" (case-sensitive), found "allow" (S1.6) [invalid-effect]
 * policy.json: Invalid document at /Statement (line 3, column 16): Not valid JSON: the document ends before the array is closed: expected a value or ']' [json-syntax]
 * }</pre>
 */
public final class PolicyParseException extends IamException {
  private static final long serialVersionUID = 1L;

  private final ProblemCode code;
  private final String pointer;
  private final @Nullable SourcePosition position;
  private final @Nullable String source;
  private final String detail;

  /**
   * Creates an exception.
   *
   * @param code what kind of problem
   * @param detail what was expected and what was found, without location
   * @param pointer JSON pointer of the offending value ("" for the whole document)
   * @param position line and column, when known
   * @param source the file name or other source label, when known
   */
  public PolicyParseException(ProblemCode code, String detail, String pointer,
      @Nullable SourcePosition position, @Nullable String source) {
    super(format(code, detail, pointer, position, source));
    this.code = Objects.requireNonNull(code, "code");
    this.detail = Objects.requireNonNull(detail, "detail");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.position = position;
    this.source = source;
  }

  /**
   * Creates an exception from a problem found while reading.
   *
   * @param problem the problem (its code, message, pointer and position)
   * @param source the file name or other source label, when known
   */
  public PolicyParseException(PolicyProblem problem, @Nullable String source) {
    this(problem.code(), problem.message(), problem.pointer(), problem.position().orElse(null), source);
  }

  private static String format(ProblemCode code, String detail, String pointer, @Nullable SourcePosition position,
      @Nullable String source) {
    StringBuilder sb = new StringBuilder();
    if (source != null) {
      sb.append(source).append(": ");
    }
    sb.append("Invalid document at ").append(pointer.isEmpty() ? "/" : pointer);
    if (position != null) {
      sb.append(" (line ").append(position.line()).append(", column ").append(position.column()).append(')');
    }
    return sb.append(": ").append(detail).append(" [").append(code.id()).append(']').toString();
  }

  public ProblemCode code() {
    return code;
  }

  /** What was expected and found, without location. */
  public String detail() {
    return detail;
  }

  /** JSON pointer of the offending value; "" for the document itself. */
  public String pointer() {
    return pointer;
  }

  /** Line and column, when known. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  /** This exception as an error {@link PolicyProblem} (code, detail, pointer, position), for tools that list problems. */
  public PolicyProblem toProblem() {
    PolicyProblem p = PolicyProblem.error(code, detail, pointer);
    return position == null ? p : p.withPosition(position);
  }

  /** The source name (usually a file path), when known. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }
}
