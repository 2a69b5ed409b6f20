package dev.iamkit.core.eval;

import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.PolicyKind;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement that took part in a decision (S6.17, S11.3). Immutable and thread-safe.
 *
 * @param kind the kind of the policy holding it ({@link PolicyKind#TRUST} for a role's trust policy)
 * @param policyName the policy's name as given in the {@link PolicySet}
 * @param level for SCPs and RCPs the organization level (0 = root, last = account); 0 otherwise
 * @param statementIndex the 0-based index of the statement in its policy
 * @param sid the statement's Sid, if it has one
 * @param effect Allow or Deny
 */
public record MatchedStatement(PolicyKind kind, String policyName, int level, int statementIndex,
    Optional<String> sid, Effect effect) {
  public MatchedStatement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(policyName, "policyName");
    Objects.requireNonNull(sid, "sid");
    Objects.requireNonNull(effect, "effect");
    if (level < 0 || statementIndex < 0) {
      throw new IllegalArgumentException("level and statementIndex must be >= 0");
    }
  }

  @Override
  public String toString() {
    return kind.id() + (kind == PolicyKind.SCP || kind == PolicyKind.RCP ? "[level " + level + "]" : "")
        + " " + policyName + " statement " + statementIndex + sid.map(s -> " (" + s + ")").orElse("") + " " + effect;
  }
}
