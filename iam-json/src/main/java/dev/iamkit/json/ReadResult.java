package dev.iamkit.json;

import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.SourcePosition;
import dev.iamkit.json.internal.PolicyDocumentReader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PolicyReader#readLenient(String, String)} found in one document: the policy (when its shape
 * could be built), every structural problem with its JSON pointer and line:column, the positions of values
 * for locating later problems (such as {@code PolicyValidator}'s), and the exact source text of the policy
 * object for size counting. Immutable and thread-safe.
 *
 * <p>When {@link #problems()} holds errors, {@link #policy()} is a best-effort reading: members with
 * problems are left out, and statements without a valid Effect are kept as Deny statements, so that
 * {@code PolicyValidator} checks the rest of them in the same pass. Null entries of Resource arrays are left
 * out with a warning, and the policy is otherwise exact.
 *
 * <pre>{@code
 * ReadResult r = PolicyReader.standard().readLenient(text, "policy.json");
 * r.problems().forEach(System.out::println);
 * r.policy().ifPresent(p -> PolicyValidator.standard().validate(p, PolicyKind.IDENTITY).forEach(problem ->
 *     System.out.println(problem.pointer() + " at " + r.positionOf(problem.pointer()).orElse(null))));
 * }</pre>
 */
public final class ReadResult {
  private final PolicyDocumentReader.Outcome outcome;
  private final String sourceName;

  ReadResult(PolicyDocumentReader.Outcome outcome, String sourceName) {
    this.outcome = outcome;
    this.sourceName = sourceName;
  }

  /** The policy, when the document's shape could be built (see the class documentation). */
  public Optional<Policy> policy() {
    return Optional.ofNullable(outcome.policy());
  }

  /** The structural problems (errors and warnings) in document order, each with pointer and position. */
  public List<PolicyProblem> problems() {
    return outcome.problems();
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return outcome.firstError().isPresent();
  }

  /**
   * The line and column of the value at {@code jsonPointer} (RFC 6901, relative to the policy document,
   * for example {@code /Statement/0/Action/1}), or of its nearest ancestor that exists in the source. Array
   * indexes are those of {@link #policy()}, so entries the reader left out are accounted for. Empty when
   * the text held no policy object.
   *
   * @throws IllegalArgumentException if {@code jsonPointer} is not a JSON pointer
   */
  public Optional<SourcePosition> positionOf(String jsonPointer) {
    Objects.requireNonNull(jsonPointer, "jsonPointer");
    return outcome.positionOf(jsonPointer);
  }

  /**
   * The exact source text of the policy object (inside a {@code PolicyVersion} wrapper, the Document
   * object; for a URL-encoded Document, the decoded text); the whole text when there was no policy object.
   */
  public String documentText() {
    return outcome.documentText();
  }

  /** The source name given when reading, usually a file path. */
  public String sourceName() {
    return sourceName;
  }

  @Override
  public String toString() {
    return "ReadResult{" + sourceName + ", policy=" + (outcome.policy() != null) + ", problems=" + problems() + "}";
  }
}
