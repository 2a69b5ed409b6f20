package dev.iamkit.core.eval;

import dev.iamkit.core.internal.engine.CompiledPolicySet;
import dev.iamkit.core.internal.engine.Engine;
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
  /**
   * The explanation; null until first needed when this evaluation was made by {@link Evaluator} (which decides at
   * once and explains on demand). Written at most once per thread that needs it; {@link Details} is immutable with
   * final fields, so a racy read sees either null or a complete explanation, as with {@link String#hashCode()}.
   */
  private @Nullable Details details;
  /** What a lazy evaluation explains from; null for evaluations built by a {@link Builder}. */
  private final @Nullable CompiledPolicySet set;
  private final @Nullable RequestContext request;

  /** Everything but the decision (S6.17). Immutable. */
  private static final class Details {
    final List<MatchedStatement> matchedStatements;
    final Map<PolicyKind, KindResult> kindResults;
    final @Nullable PolicyKind blockingKind;
    final OptionalInt blockingLevel;
    final Set<String> missingContextKeys;
    final List<EvaluationDiagnostic> diagnostics;
    final List<EvaluationWarning> warnings;

    Details(Builder b) {
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

    Details(Details d, List<EvaluationWarning> warnings) {
      this.matchedStatements = d.matchedStatements;
      this.kindResults = d.kindResults;
      this.blockingKind = d.blockingKind;
      this.blockingLevel = d.blockingLevel;
      this.missingContextKeys = d.missingContextKeys;
      this.diagnostics = d.diagnostics;
      this.warnings = List.copyOf(warnings);
    }
  }

  private Evaluation(Builder b) {
    this.decision = Objects.requireNonNull(b.decision, "decision");
    this.details = new Details(b);
    this.set = null;
    this.request = null;
  }

  private Evaluation(Decision decision, Details details) {
    this.decision = decision;
    this.details = details;
    this.set = null;
    this.request = null;
  }

  private Evaluation(Decision decision, CompiledPolicySet set, RequestContext request) {
    this.decision = decision;
    this.set = set;
    this.request = request;
  }

  /** A decision taken by {@link Evaluator}, explained from {@code set} and {@code request} when first asked. */
  static Evaluation lazy(Decision decision, CompiledPolicySet set, RequestContext request) {
    return new Evaluation(decision, set, request);
  }

  /** The explanation, built on first use for a lazy evaluation (always the same for the same inputs). */
  private Details details() {
    Details d = details;
    if (d != null) {
      return d;
    }
    // Only lazy evaluations start without details, and they always have both.
    CompiledPolicySet s = Objects.requireNonNull(set, "set");
    RequestContext r = Objects.requireNonNull(request, "request");
    Evaluation full = Engine.evaluate(s, r, r.facts());
    assert full.decision == decision : "the decision-only path said " + decision + ", the explanation "
        + full.decision + " for " + r;
    d = Objects.requireNonNull(full.details, "details");
    details = d;
    return d;
  }

  /**
   * This evaluation with {@code warning} added after its own warnings: for those who gather requests around the
   * evaluator (the directory) and know something it cannot, such as a refusal by the service itself.
   */
  public Evaluation withWarning(EvaluationWarning warning) {
    Objects.requireNonNull(warning, "warning");
    Details d = details();
    List<EvaluationWarning> all = new java.util.ArrayList<>(d.warnings);
    all.add(warning);
    return new Evaluation(decision, new Details(d, all));
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
    return details().matchedStatements;
  }

  /**
   * The result of every kind that can take part: IDENTITY, PERMISSIONS_BOUNDARY, SESSION, RESOURCE or
   * TRUST, SCP and RCP, and VPC_ENDPOINT when the set has an endpoint policy. Kinds that did not take part are
   * {@link KindResult#NOT_APPLICABLE}.
   */
  public Map<PolicyKind, KindResult> kindResults() {
    return details().kindResults;
  }

  /** The result of one kind; {@link KindResult#NOT_APPLICABLE} when it did not take part. */
  public KindResult result(PolicyKind kind) {
    return details().kindResults.getOrDefault(kind, KindResult.NOT_APPLICABLE);
  }

  /** For IMPLICIT_DENY: the kind whose missing Allow decided it. */
  public Optional<PolicyKind> blockingKind() {
    return Optional.ofNullable(details().blockingKind);
  }

  /**
   * For an SCP or RCP gate: the level (0 = organization root) that had no applicable Allow; empty for every other
   * outcome.
   */
  public OptionalInt blockingLevel() {
    return details().blockingLevel;
  }

  /** Context keys (as written in the policies) needed by conditions but absent from the request, sorted. */
  public Set<String> missingContextKeys() {
    return details().missingContextKeys;
  }

  /** Evaluation problems that failed closed. */
  public List<EvaluationDiagnostic> diagnostics() {
    return details().diagnostics;
  }

  /** What the evaluator assumed or does not model for this request, in the order noticed; empty for most. */
  public List<EvaluationWarning> warnings() {
    return details().warnings;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Evaluation e)) {
      return false;
    }
    Details a = details();
    Details b = e.details();
    return decision == e.decision
        && a.matchedStatements.equals(b.matchedStatements)
        && a.kindResults.equals(b.kindResults)
        && Objects.equals(a.blockingKind, b.blockingKind)
        && a.blockingLevel.equals(b.blockingLevel)
        && a.missingContextKeys.equals(b.missingContextKeys)
        && a.diagnostics.equals(b.diagnostics)
        && a.warnings.equals(b.warnings);
  }

  @Override
  public int hashCode() {
    Details d = details();
    return Objects.hash(decision, d.matchedStatements, d.kindResults, d.blockingKind, d.blockingLevel,
        d.missingContextKeys);
  }

  /** A multi-line explanation: decision, deciding statements, blocking gate, per-kind results, missing keys. */
  @Override
  public String toString() {
    Details d = details();
    StringBuilder sb = new StringBuilder(decision.id());
    blockingKind().ifPresent(k -> sb.append(" (no applicable Allow in ").append(k.id())
        .append(d.blockingLevel.isPresent() ? " level " + d.blockingLevel.getAsInt() : "").append(')'));
    for (MatchedStatement m : d.matchedStatements) {
      sb.append("\n  ").append(m);
    }
    sb.append("\n  kinds: ").append(d.kindResults);
    if (!d.missingContextKeys.isEmpty()) {
      sb.append("\n  missing context keys: ").append(d.missingContextKeys);
    }
    for (EvaluationDiagnostic diagnostic : d.diagnostics) {
      sb.append("\n  diagnostic: ").append(diagnostic);
    }
    for (EvaluationWarning w : d.warnings) {
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
