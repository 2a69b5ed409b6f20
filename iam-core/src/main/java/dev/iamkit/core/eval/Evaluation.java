package dev.iamkit.core.eval;

import dev.iamkit.core.policy.PolicyKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The decision on one request and why (S6.17, S11.3). Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #decision()}: ALLOW, EXPLICIT_DENY or IMPLICIT_DENY;</li>
 *   <li>{@link #matchedStatements()}: for EXPLICIT_DENY the applicable Deny statements; for ALLOW the Allow
 *       statements on the path that granted; for IMPLICIT_DENY none;</li>
 *   <li>{@link #blockingKind()} and {@link #blockingLevel()}: for IMPLICIT_DENY, the gate that had no
 *       applicable Allow (SCP or RCP with the level, boundary, session, trust policy, or identity when no
 *       policy granted);</li>
 *   <li>{@link #kindResults()}: what each kind of policy said;</li>
 *   <li>{@link #missingContextKeys()}: keys that conditions of otherwise-matching statements referenced but
 *       the request did not carry (AWS's MissingContextValues);</li>
 *   <li>{@link #diagnostics()}: problems met while evaluating (unknown operators, unparseable values), each
 *       of which failed closed (S3.14);</li>
 *   <li>{@link #warnings()}: what the evaluator assumed or does not model for this request (a resource account
 *       taken to be the caller's, a KMS key without key policy, KMS grants), each with a stable code.</li>
 * </ul>
 */
public final class Evaluation {
  private final Decision decision;
  private final List<MatchedStatement> matchedStatements;
  private final Map<PolicyKind, KindResult> kindResults;
  private final @Nullable PolicyKind blockingKind;
  private final OptionalInt blockingLevel;
  private final Set<String> missingContextKeys;
  private final List<EvaluationDiagnostic> diagnostics;
  private final List<EvaluationWarning> warnings;

  private Evaluation(Builder b) {
    this.decision = Objects.requireNonNull(b.decision, "decision");
    this.matchedStatements = List.copyOf(b.matchedStatements);
    EnumMap<PolicyKind, KindResult> results = new EnumMap<>(PolicyKind.class);
    results.putAll(b.kindResults);
    this.kindResults = Collections.unmodifiableMap(results);
    this.blockingKind = b.blockingKind;
    this.blockingLevel = b.blockingLevel;
    this.missingContextKeys = Collections.unmodifiableSet(new TreeSet<>(b.missingContextKeys));
    this.diagnostics = List.copyOf(b.diagnostics);
    this.warnings = List.copyOf(b.warnings);
  }

  private Evaluation(Evaluation e, List<EvaluationWarning> warnings) {
    this.decision = e.decision;
    this.matchedStatements = e.matchedStatements;
    this.kindResults = e.kindResults;
    this.blockingKind = e.blockingKind;
    this.blockingLevel = e.blockingLevel;
    this.missingContextKeys = e.missingContextKeys;
    this.diagnostics = e.diagnostics;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * This evaluation with {@code warning} added after its own warnings: for those who gather requests around the
   * evaluator (the directory) and know something it cannot, such as a refusal by the service itself.
   */
  public Evaluation withWarning(EvaluationWarning warning) {
    Objects.requireNonNull(warning, "warning");
    List<EvaluationWarning> all = new java.util.ArrayList<>(warnings);
    all.add(warning);
    return new Evaluation(this, all);
  }

  /** A new builder; used by evaluators. */
  public static Builder builder(Decision decision) {
    return new Builder(decision);
  }

  public Decision decision() {
    return decision;
  }

  /** Whether the request is allowed. */
  public boolean isAllowed() {
    return decision == Decision.ALLOW;
  }

  /** The deciding statements (see the class documentation). */
  public List<MatchedStatement> matchedStatements() {
    return matchedStatements;
  }

  /**
   * The result of every kind that can take part: IDENTITY, PERMISSIONS_BOUNDARY, SESSION, RESOURCE or
   * TRUST, SCP and RCP, and VPC_ENDPOINT when the set has an endpoint policy. Kinds that did not take part are
   * {@link KindResult#NOT_APPLICABLE}.
   */
  public Map<PolicyKind, KindResult> kindResults() {
    return kindResults;
  }

  /** The result of one kind; {@link KindResult#NOT_APPLICABLE} when it did not take part. */
  public KindResult result(PolicyKind kind) {
    return kindResults.getOrDefault(kind, KindResult.NOT_APPLICABLE);
  }

  /** For IMPLICIT_DENY: the kind whose missing Allow decided it. */
  public Optional<PolicyKind> blockingKind() {
    return Optional.ofNullable(blockingKind);
  }

  /**
   * For an SCP or RCP gate: the level (0 = organization root) that had no applicable Allow; empty for every other
   * outcome.
   */
  public OptionalInt blockingLevel() {
    return blockingLevel;
  }

  /** Context keys (as written in the policies) needed by conditions but absent from the request, sorted. */
  public Set<String> missingContextKeys() {
    return missingContextKeys;
  }

  /** Evaluation problems that failed closed. */
  public List<EvaluationDiagnostic> diagnostics() {
    return diagnostics;
  }

  /** What the evaluator assumed or does not model for this request, in the order noticed; empty for most. */
  public List<EvaluationWarning> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evaluation e
        && decision == e.decision
        && matchedStatements.equals(e.matchedStatements)
        && kindResults.equals(e.kindResults)
        && Objects.equals(blockingKind, e.blockingKind)
        && blockingLevel.equals(e.blockingLevel)
        && missingContextKeys.equals(e.missingContextKeys)
        && diagnostics.equals(e.diagnostics)
        && warnings.equals(e.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(decision, matchedStatements, kindResults, blockingKind, blockingLevel, missingContextKeys);
  }

  /** A multi-line explanation: decision, deciding statements, blocking gate, per-kind results, missing keys. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(decision.id());
    blockingKind().ifPresent(k -> sb.append(" (no applicable Allow in ").append(k.id())
        .append(blockingLevel.isPresent() ? " level " + blockingLevel.getAsInt() : "").append(')'));
    for (MatchedStatement m : matchedStatements) {
      sb.append("\n  ").append(m);
    }
    sb.append("\n  kinds: ").append(kindResults);
    if (!missingContextKeys.isEmpty()) {
      sb.append("\n  missing context keys: ").append(missingContextKeys);
    }
    for (EvaluationDiagnostic d : diagnostics) {
      sb.append("\n  diagnostic: ").append(d);
    }
    for (EvaluationWarning w : warnings) {
      sb.append("\n  warning: ").append(w);
    }
    return sb.toString();
  }

  /** Builds an {@link Evaluation}; not thread-safe. */
  public static final class Builder {
    private final Decision decision;
    private final java.util.ArrayList<MatchedStatement> matchedStatements = new java.util.ArrayList<>();
    private final EnumMap<PolicyKind, KindResult> kindResults = new EnumMap<>(PolicyKind.class);
    private @Nullable PolicyKind blockingKind;
    private OptionalInt blockingLevel = OptionalInt.empty();
    private final Set<String> missingContextKeys = new TreeSet<>();
    private final java.util.ArrayList<EvaluationDiagnostic> diagnostics = new java.util.ArrayList<>();
    private final java.util.ArrayList<EvaluationWarning> warnings = new java.util.ArrayList<>();

    private Builder(Decision decision) {
      this.decision = Objects.requireNonNull(decision, "decision");
    }

    public Builder matched(MatchedStatement statement) {
      matchedStatements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    public Builder matched(List<MatchedStatement> statements) {
      statements.forEach(this::matched);
      return this;
    }

    public Builder kindResult(PolicyKind kind, KindResult result) {
      kindResults.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(result, "result"));
      return this;
    }

    /** The gate without an applicable Allow, for a kind without levels (every kind but SCP and RCP). */
    public Builder blocking(PolicyKind kind) {
      Objects.requireNonNull(kind, "kind");
      if (kind == PolicyKind.SCP || kind == PolicyKind.RCP) {
        throw new IllegalArgumentException("An " + kind.id() + " gate has a level: use blocking(kind, level)");
      }
      this.blockingKind = kind;
      this.blockingLevel = OptionalInt.empty();
      return this;
    }

    /** The SCP or RCP level (0 = organization root) without an applicable Allow. */
    public Builder blocking(PolicyKind kind, int level) {
      Objects.requireNonNull(kind, "kind");
      if (kind != PolicyKind.SCP && kind != PolicyKind.RCP) {
        throw new IllegalArgumentException("Only SCP and RCP gates have levels, found " + kind.id());
      }
      if (level < 0) {
        throw new IllegalArgumentException("A level is 0 (the organization root) or more, found " + level);
      }
      this.blockingKind = kind;
      this.blockingLevel = OptionalInt.of(level);
      return this;
    }

    public Builder missingContextKey(String key) {
      missingContextKeys.add(Objects.requireNonNull(key, "key"));
      return this;
    }

    public Builder diagnostic(EvaluationDiagnostic diagnostic) {
      diagnostics.add(Objects.requireNonNull(diagnostic, "diagnostic"));
      return this;
    }

    /** Adds a warning (see {@link Evaluation#warnings()}). */
    public Builder warning(EvaluationWarning warning) {
      warnings.add(Objects.requireNonNull(warning, "warning"));
      return this;
    }

    public Evaluation build() {
      return new Evaluation(this);
    }
  }
}
