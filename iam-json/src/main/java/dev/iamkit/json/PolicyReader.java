package dev.iamkit.json;

import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.json.internal.PolicyDocumentReader;
import dev.iamkit.json.internal.TextInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads AWS policy documents (S1) into {@link Policy} values, on Jackson's streaming parser. Immutable and
 * thread-safe: share {@link #standard()} or a configured instance.
 *
 * <p>Reads exactly AWS's JSON grammar: a policy object with Version, Id and Statement; statement members
 * Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource and Condition, spelled
 * exactly; no duplicate member names; nothing after the document; only TAB, LF, CR and U+0020 to U+00FF
 * (S1.1). Values keep the form they were written in (bare or array, JSON numbers and booleans in
 * conditions), so {@link PolicyWriter} writes them back as they were. The output of AWS's
 * {@code get-policy-version}, {@code {"PolicyVersion": {..., "Document": policy}}}, is unwrapped; the
 * Document may also be a URL-encoded string, as the IAM API returns it. Pointers are then relative to the
 * policy document and positions point into the file.
 *
 * <p>What the grammar leaves to the policy kind (ARN syntax, required elements, Sid characters, ...) is
 * {@link dev.iamkit.core.policy.PolicyValidator}'s job: an empty Action array, for example, reads fine.
 *
 * <p>Input is bounded by {@link ReadLimits} ({@link Builder#limits(ReadLimits)}): at most
 * {@link ReadLimits#maxPolicyChars()} characters (default 1,048,576, room for the largest AWS managed policy,
 * 243,027 bytes; a file certainly longer is refused from its size before it is read), {@link ReadLimits#maxDepth()}
 * levels of nesting (default 64), and bounded strings, statements and value lists, so hostile input fails with a
 * problem naming the limit rather than exhausting memory or the stack.
 *
 * <pre>{@code
 * Policy p = PolicyReader.standard().read(Path.of("policy.json"));
 *
 * ReadResult r = PolicyReader.standard().readLenient(text, "inline");
 * for (PolicyProblem problem : r.problems()) { ... }   // every structural problem, with positions
 * }</pre>
 */
public final class PolicyReader {
  /** The default bound on document size, in characters. */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 1_048_576;
  /** The default bound on nesting of objects and arrays. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  private static final PolicyReader STANDARD = builder().build();

  private final ReadLimits limits;
  private final PolicyDocumentReader documents;

  private PolicyReader(Builder b) {
    this.limits = b.limits;
    this.documents = new PolicyDocumentReader(limits);
  }

  /** A reader with the default bounds. */
  public static PolicyReader standard() {
    return STANDARD;
  }

  /** A builder starting from the default bounds. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this reader's settings. */
  public Builder toBuilder() {
    return new Builder().limits(limits);
  }

  /** The largest document read, in characters: {@link ReadLimits#maxPolicyChars()} of {@link #limits()}. */
  public int maxDocumentChars() {
    return limits.maxPolicyChars();
  }

  /** The deepest nesting of objects and arrays read. */
  public int maxDepth() {
    return limits.maxDepth();
  }

  /** The limits this reader holds documents to. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a policy document.
   *
   * @throws PolicyParseException for the first problem in document order, with pointer and line:column
   */
  public Policy read(String json) {
    Objects.requireNonNull(json, "json");
    return strict(documents.read(json), null);
  }

  /**
   * Reads a policy document from {@code reader} (not closed).
   *
   * @throws PolicyParseException for the first problem in document order
   * @throws UncheckedIOException if reading fails
   */
  public Policy read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    try {
      return strict(documents.read(TextInput.read(reader, limits.maxPolicyChars())), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a UTF-8 policy document from {@code in} (not closed). Bytes that are not UTF-8, and a byte-order
   * mark (U+FEFF is outside the characters IAM accepts, S1.1), are problems.
   *
   * @throws PolicyParseException for the first problem in document order
   * @throws UncheckedIOException if reading fails
   */
  public Policy read(InputStream in) {
    Objects.requireNonNull(in, "in");
    return strict(readUtf8(in), null);
  }

  /**
   * Reads a UTF-8 policy document file; messages name the file.
   *
   * @throws PolicyParseException for the first problem in document order
   * @throws UncheckedIOException if the file cannot be read
   */
  public Policy read(Path file) {
    Objects.requireNonNull(file, "file");
    return strict(readFile(file), file.toString());
  }

  /**
   * Reads a policy document and reports every structural problem it can instead of throwing: it goes on
   * after unknown members, a wrong Effect or Version, wrongly typed elements and unusable array entries.
   * Never throws for what the text contains.
   *
   * @param json the document
   * @param sourceName a label for messages, usually the file path
   */
  public ReadResult readLenient(String json, String sourceName) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(sourceName, "sourceName");
    return new ReadResult(documents.read(json), sourceName);
  }

  /**
   * Reads a UTF-8 policy document file like {@link #readLenient(String, String)}, with the path as source name.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult readLenient(Path file) {
    Objects.requireNonNull(file, "file");
    return new ReadResult(readFile(file), file.toString());
  }

  private PolicyDocumentReader.Outcome readFile(Path file) {
    try {
      long size = TextInput.oversize(file, limits.maxPolicyChars());
      if (size >= 0) {
        return documents.refused(TextInput.oversizeMessage(size, "a policy document", "maxPolicyChars",
            limits.maxPolicyChars()));
      }
    } catch (IOException e) {
      throw TextInput.cannotRead(file, e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readUtf8(in);
    } catch (IOException e) {
      throw TextInput.cannotRead(file, e);
    }
  }

  private PolicyDocumentReader.Outcome readUtf8(InputStream in) {
    try {
      TextInput.Decoded d = TextInput.readUtf8(in, limits.maxPolicyChars());
      return d.error() == null ? documents.read(d.text()) : documents.undecodable(d.text(), d.error());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Policy strict(PolicyDocumentReader.Outcome outcome, @Nullable String source) {
    PolicyProblem error = outcome.firstError().orElse(null);
    if (error != null) {
      throw new PolicyParseException(error, source);
    }
    if (outcome.policy() == null) {
      throw new IllegalStateException("No policy and no error: " + outcome.problems());
    }
    return outcome.policy();
  }

  @Override
  public String toString() {
    return "PolicyReader{" + limits + "}";
  }

  /** Builds a {@link PolicyReader}; not thread-safe. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.standard();

    private Builder() {}

    /**
     * The limits documents are held to (default {@link ReadLimits#standard()}): {@link ReadLimits#maxPolicyChars()}
     * bounds the document, and the depth, string, member, element, statement and value limits apply inside it.
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The largest document read, in characters (default {@value PolicyReader#DEFAULT_MAX_DOCUMENT_CHARS}); sets
     * {@link ReadLimits#maxPolicyChars()} of the limits.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxDocumentChars(int maxDocumentChars) {
      if (maxDocumentChars < 1) {
        throw new IllegalArgumentException("maxDocumentChars must be at least 1, found " + maxDocumentChars);
      }
      this.limits = limits.toBuilder().maxPolicyChars(maxDocumentChars).build();
      return this;
    }

    /**
     * The deepest nesting of objects and arrays read (default {@value PolicyReader#DEFAULT_MAX_DEPTH}); a policy
     * needs 6 levels, 8 inside a {@code PolicyVersion} wrapper.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxDepth(int maxDepth) {
      if (maxDepth < 1) {
        throw new IllegalArgumentException("maxDepth must be at least 1, found " + maxDepth);
      }
      this.limits = limits.toBuilder().maxDepth(maxDepth).build();
      return this;
    }

    /** The reader. */
    public PolicyReader build() {
      return new PolicyReader(this);
    }
  }
}
