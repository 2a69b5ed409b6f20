package dev.iamkit.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A policy document: optional Version and Id, and its statements in document order (S1). Immutable and
 * thread-safe; build with {@link #builder()}, read and write JSON with iam-json's {@code PolicyReader}
 * and {@code PolicyWriter}.
 *
 * <p>Equality is by value: statement order counts, member order and white space do not; the form a
 * value was written in (bare or array) counts, see {@link OneOrMany}.
 *
 * <pre>{@code
 * Policy p = Policy.builder() // Version 2012-10-17
 *     .statement(Statement.builder().effect(Effect.ALLOW).action("s3:GetObject").resource("*").build())
 *     .build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">Policy grammar</a>
 */
public final class Policy {
  private final @Nullable PolicyVersion version;
  private final @Nullable String id;
  private final List<Statement> statements;
  private final boolean statementArray;

  private Policy(Builder b) {
    this.version = b.version;
    this.id = b.id;
    this.statements = List.copyOf(b.statements);
    this.statementArray = b.statementArray == null ? statements.size() != 1 : b.statementArray;
    if (!statementArray && statements.size() != 1) {
      throw new IllegalArgumentException(
          "A Statement written as a single object holds exactly one statement, found " + statements.size());
    }
  }

  /**
   * A new builder with Version {@code 2012-10-17}, the version every new policy should say (S1.2), and no Id or
   * statements. Call {@code version(null)} for a document without Version.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's parts. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.version = version;
    b.id = id;
    b.statements.addAll(statements);
    b.statementArray = statementArray;
    return b;
  }

  /** The Version, if written. An absent Version behaves like 2008-10-17 (S1.2). */
  public Optional<PolicyVersion> version() {
    return Optional.ofNullable(version);
  }

  /** Whether policy variables are recognised: only under Version 2012-10-17 (S4.3). */
  public boolean supportsVariables() {
    return version == PolicyVersion.V2012_10_17;
  }

  /** The Id, if written. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The statements in document order. */
  public List<Statement> statements() {
    return statements;
  }

  /** Whether {@code Statement} was written as an array (true) or a single object (false). */
  public boolean statementArray() {
    return statementArray;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Policy p
        && version == p.version
        && Objects.equals(id, p.id)
        && statementArray == p.statementArray
        && statements.equals(p.statements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, id, statements, statementArray);
  }

  @Override
  public String toString() {
    return "Policy{Version=" + version + (id == null ? "" : ", Id=" + id) + ", Statement=" + statements + "}";
  }

  /** Builds a {@link Policy}; not thread-safe. */
  public static final class Builder {
    private @Nullable PolicyVersion version = PolicyVersion.V2012_10_17;
    private @Nullable String id;
    private final ArrayList<Statement> statements = new ArrayList<>();
    private @Nullable Boolean statementArray;

    private Builder() {}

    /** Sets or clears ({@code null}) the Version. */
    public Builder version(@Nullable PolicyVersion version) {
      this.version = version;
      return this;
    }

    /** Sets or clears ({@code null}) the Id. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** Appends a statement. */
    public Builder statement(Statement statement) {
      statements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    /** Replaces the statements. */
    public Builder statements(List<Statement> statements) {
      this.statements.clear();
      this.statements.ensureCapacity(statements.size());
      statements.forEach(this::statement);
      return this;
    }

    /**
     * Whether Statement is written as an array. Default: a single object when there is exactly one
     * statement, an array otherwise.
     */
    public Builder statementArray(boolean statementArray) {
      this.statementArray = statementArray;
      return this;
    }

    /**
     * The policy.
     *
     * @throws IllegalArgumentException if the single-object form was asked for with other than one statement
     */
    public Policy build() {
      return new Policy(this);
    }
  }
}
