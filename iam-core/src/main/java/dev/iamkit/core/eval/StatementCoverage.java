package dev.iamkit.core.eval;

import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which statements of the policies under test decided some request: record every evaluation with the
 * policy set it was made against, then ask for the statements no request exercised (an Allow that granted
 * nothing, a Deny that denied nothing). A statement counts as exercised when it is among the deciding
 * statements of an {@link Evaluation} ({@link Evaluation#matchedStatements()}): an Allow that applied to a
 * request that a Deny refused, or that another Allow on the granting path already granted, is not counted.
 * Policies are told apart by kind, name, SCP/RCP level and content, so two files that both name a policy
 * {@code identity[0]} keep separate entries.
 *
 * <pre>{@code
 * StatementCoverage coverage = StatementCoverage.create();
 * coverage.record(set, Evaluator.standard().evaluate(set, request));
 * coverage.uncovered();   // [identity policy "identity[0]" statement 1 (DenyDelete) Deny: 0 requests]
 * }</pre>
 *
 * <p>Thread-safe: {@link #record} may be called from parallel tests.
 */
public final class StatementCoverage {
  /**
   * One statement and how many recorded requests it decided.
   */
  public static final class Entry {
    private final PolicyKind kind;
    private final String policyName;
    private final int level;
    private final int statementIndex;
    private final Optional<String> sid;
    private final Effect effect;
    private final int hits;

    private Entry(PolicyKind kind, String policyName, int level, int statementIndex, @Nullable String sid,
        Effect effect, int hits) {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(policyName, "policyName");
      Objects.requireNonNull(effect, "effect");
      this.kind = kind;
      this.policyName = policyName;
      this.level = level;
      this.statementIndex = statementIndex;
      this.sid = Optional.ofNullable(sid);
      this.effect = effect;
      this.hits = hits;
    }

    /**
     * The value made of these parts. Checks the arguments.
     *
     * @param kind the kind of its policy
     * @param policyName the policy's name in its policy set
     * @param level the SCP or RCP level (0 for other kinds)
     * @param statementIndex its 0-based index in the policy
     * @param sid its Sid, if any
     * @param effect Allow or Deny
     * @param hits how many recorded evaluations it was a deciding statement of
     * @return the value
     */
    public static Entry of(PolicyKind kind, String policyName, int level, int statementIndex, @Nullable String sid,
        Effect effect, int hits) {
      return new Entry(kind, policyName, level, statementIndex, sid, effect, hits);
    }

    /** The kind of its policy. */
    public PolicyKind kind() {
      return kind;
    }

    /** The policy's name in its policy set. */
    public String policyName() {
      return policyName;
    }

    /** The SCP or RCP level (0 for other kinds). */
    public int level() {
      return level;
    }

    /** Its 0-based index in the policy. */
    public int statementIndex() {
      return statementIndex;
    }

    /** Its Sid, if any. */
    public Optional<String> sid() {
      return sid;
    }

    /** Allow or Deny. */
    public Effect effect() {
      return effect;
    }

    /** How many recorded evaluations it was a deciding statement of. */
    public int hits() {
      return hits;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj == this || obj instanceof Entry o
          && kind.equals(o.kind) && policyName.equals(o.policyName) && level == o.level
              && statementIndex == o.statementIndex && sid.equals(o.sid) && effect.equals(o.effect) && hits == o.hits;
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, policyName, level, statementIndex, sid, effect, hits);
    }

    /** Whether some recorded request was decided by it. */
    public boolean isCovered() {
      return hits > 0;
    }

    /** For example {@code identity "identity[0]" statement 1 (DenyDelete) Deny: 0 requests}. */
    @Override
    public String toString() {
      return kind.id() + (kind == PolicyKind.SCP || kind == PolicyKind.RCP ? "[level " + level + "]" : "") + " \""
          + policyName + "\" statement " + statementIndex + sid.map(s -> " (" + s + ")").orElse("") + " " + effect
          + ": " + hits + (hits == 1 ? " request" : " requests");
    }
  }

  private record PolicyRef(PolicyKind kind, String name, int level, Policy policy) {}

  private final Map<PolicyRef, int[]> hits = new LinkedHashMap<>();

  private StatementCoverage() {}

  /** An empty record. */
  public static StatementCoverage create() {
    return new StatementCoverage();
  }

  /** Registers every statement of every policy of {@code policies} and counts the deciding statements of {@code evaluation}. */
  public synchronized void record(PolicySet policies, Evaluation evaluation) {
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(evaluation, "evaluation");
    Map<String, int[]> byKey = new LinkedHashMap<>();
    for (PolicyRef ref : refs(policies)) {
      int[] counts = hits.computeIfAbsent(ref, r -> new int[r.policy().statements().size()]);
      byKey.put(key(ref.kind(), ref.name(), ref.level()), counts);
    }
    for (MatchedStatement m : evaluation.matchedStatements()) {
      int[] counts = byKey.get(key(m.kind(), m.policyName(), m.level()));
      if (counts != null && m.statementIndex() < counts.length) {
        counts[m.statementIndex()]++;
      }
    }
  }

  /** Every registered statement with its count, policies in the order first seen. */
  public synchronized List<Entry> statements() {
    List<Entry> out = new ArrayList<>();
    hits.forEach((ref, counts) -> {
      List<Statement> statements = ref.policy().statements();
      for (int i = 0; i < counts.length; i++) {
        Statement s = statements.get(i);
        out.add(new Entry(ref.kind(), ref.name(), ref.level(), i, s.sid().orElse(null), s.effect(), counts[i]));
      }
    });
    return List.copyOf(out);
  }

  /** The statements no recorded request was decided by. */
  public List<Entry> uncovered() {
    return statements().stream().filter(e -> !e.isCovered()).toList();
  }

  /** Forgets everything recorded. */
  public synchronized void clear() {
    hits.clear();
  }

  /** A report: how many statements were exercised, then one line per statement that was not. */
  @Override
  public String toString() {
    List<Entry> all = statements();
    List<Entry> missed = all.stream().filter(e -> !e.isCovered()).toList();
    StringBuilder sb = new StringBuilder("Statement coverage: ").append(all.size() - missed.size()).append(" of ")
        .append(all.size()).append(" statements decided some request");
    for (Entry e : missed) {
      sb.append("\n  never matched: ").append(e);
    }
    return sb.toString();
  }

  private static String key(PolicyKind kind, String name, int level) {
    // the trust policy is reported under TRUST by the evaluator and held as the resource policy of the set
    return (kind == PolicyKind.TRUST ? PolicyKind.RESOURCE : kind).id() + "/" + level + "/" + name;
  }

  private static List<PolicyRef> refs(PolicySet set) {
    List<PolicyRef> out = new ArrayList<>();
    set.identity().forEach(p -> out.add(new PolicyRef(PolicyKind.IDENTITY, p.name(), 0, p.policy())));
    set.permissionsBoundary().ifPresent(p -> out.add(new PolicyRef(PolicyKind.PERMISSIONS_BOUNDARY, p.name(), 0,
        p.policy())));
    set.session().forEach(p -> out.add(new PolicyRef(PolicyKind.SESSION, p.name(), 0, p.policy())));
    set.resourcePolicy().ifPresent(p -> out.add(new PolicyRef(set.isTrustPolicy() ? PolicyKind.TRUST : PolicyKind.RESOURCE,
        p.name(), 0, p.policy())));
    for (int l = 0; l < set.scpLevels().size(); l++) {
      for (NamedPolicy p : set.scpLevels().get(l)) {
        out.add(new PolicyRef(PolicyKind.SCP, p.name(), l, p.policy()));
      }
    }
    for (int l = 0; l < set.rcpLevels().size(); l++) {
      for (NamedPolicy p : set.rcpLevels().get(l)) {
        out.add(new PolicyRef(PolicyKind.RCP, p.name(), l, p.policy()));
      }
    }
    return out;
  }
}
