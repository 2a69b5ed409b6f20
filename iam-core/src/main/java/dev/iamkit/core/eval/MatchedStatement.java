package dev.iamkit.core.eval;

import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.PolicyKind;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A statement that took part in a decision (S6.17, S11.3). Immutable and thread-safe; two are equal when all their
 * parts are equal.
 */
public final class MatchedStatement {
  private final PolicyKind kind;
  private final String policyName;
  private final int level;
  private final int statementIndex;
  private final @Nullable String sid;
  private final Effect effect;

  private MatchedStatement(PolicyKind kind, String policyName, int level, int statementIndex, @Nullable String sid,
      Effect effect) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.policyName = Objects.requireNonNull(policyName, "policyName");
    this.effect = Objects.requireNonNull(effect, "effect");
    if (level < 0 || statementIndex < 0) {
      throw new IllegalArgumentException("level and statementIndex must be >= 0");
    }
    this.level = level;
    this.statementIndex = statementIndex;
    this.sid = sid;
  }

  /**
   * A matched statement.
   *
   * @param kind the kind of the policy holding it ({@link PolicyKind#TRUST} for a role's trust policy)
   * @param policyName the policy's name as given in the {@link PolicySet}
   * @param level for SCPs and RCPs the organization level (0 = root, last = account); 0 otherwise
   * @param statementIndex the 0-based index of the statement in its policy
   * @param sid the statement's Sid, or null when it has none
   * @param effect Allow or Deny
   * @return the matched statement
   * @throws IllegalArgumentException if {@code level} or {@code statementIndex} is negative
   */
  public static MatchedStatement of(PolicyKind kind, String policyName, int level, int statementIndex,
      @Nullable String sid, Effect effect) {
    return new MatchedStatement(kind, policyName, level, statementIndex, sid, effect);
  }

  /**
   * A matched statement without a Sid.
   *
   * @param kind the kind of the policy holding it ({@link PolicyKind#TRUST} for a role's trust policy)
   * @param policyName the policy's name as given in the {@link PolicySet}
   * @param level for SCPs and RCPs the organization level (0 = root, last = account); 0 otherwise
   * @param statementIndex the 0-based index of the statement in its policy
   * @param effect Allow or Deny
   * @return the matched statement
   * @throws IllegalArgumentException if {@code level} or {@code statementIndex} is negative
   */
  public static MatchedStatement of(PolicyKind kind, String policyName, int level, int statementIndex, Effect effect) {
    return new MatchedStatement(kind, policyName, level, statementIndex, null, effect);
  }

  /**
   * The kind of the policy holding the statement.
   *
   * @return the kind ({@link PolicyKind#TRUST} for a role's trust policy)
   */
  public PolicyKind kind() {
    return kind;
  }

  /**
   * The policy's name as given in the {@link PolicySet}.
   *
   * @return the policy name
   */
  public String policyName() {
    return policyName;
  }

  /**
   * For SCPs and RCPs the organization level (0 = root, last = account); 0 otherwise.
   *
   * @return the level
   */
  public int level() {
    return level;
  }

  /**
   * The 0-based index of the statement in its policy.
   *
   * @return the statement index
   */
  public int statementIndex() {
    return statementIndex;
  }

  /**
   * The statement's Sid, if it has one.
   *
   * @return the Sid, or empty
   */
  public Optional<String> sid() {
    return Optional.ofNullable(sid);
  }

  /**
   * The statement's effect.
   *
   * @return Allow or Deny
   */
  public Effect effect() {
    return effect;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MatchedStatement m && kind == m.kind && policyName.equals(m.policyName) && level == m.level
        && statementIndex == m.statementIndex && Objects.equals(sid, m.sid) && effect == m.effect;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, policyName, level, statementIndex, sid(), effect);
  }

  @Override
  public String toString() {
    return kind.id() + (kind == PolicyKind.SCP || kind == PolicyKind.RCP ? "[level " + level + "]" : "")
        + " " + policyName + " statement " + statementIndex + (sid == null ? "" : " (" + sid + ")") + " " + effect;
  }
}
