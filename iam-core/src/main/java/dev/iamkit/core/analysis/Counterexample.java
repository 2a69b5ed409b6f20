package dev.iamkit.core.analysis;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.eval.RequestContext;
import java.util.List;
import java.util.Objects;

/**
 * A request the newer policy allows and the older one does not: a concrete witness that the newer policy is more
 * permissive. Immutable and thread-safe.
 *
 * @param request the request (caller, action, resource, resource account and context values)
 * @param setting the other policies it was decided with, in words: for identity policies "the policy alone", for
 *     a boundary "an identity policy allowing everything", for resource and trust policies "no identity policy"
 *     or "an identity policy allowing everything"
 * @param older the older policy's evaluation (IMPLICIT_DENY or EXPLICIT_DENY)
 * @param newer the newer policy's evaluation (ALLOW)
 */
public record Counterexample(RequestContext request, String setting, Evaluation older, Evaluation newer) {
  /** Checks for nulls. */
  public Counterexample {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
  }

  /** The statements of the newer policy that granted the request (its Allow statements on the granting path). */
  public List<MatchedStatement> grantingStatements() {
    return newer.matchedStatements();
  }

  /** The statements of the older policy that denied it: its matching Deny statements, empty for an implicit deny. */
  public List<MatchedStatement> denyingStatements() {
    return older.matchedStatements();
  }

  @Override
  public String toString() {
    return request.principal() + " " + request.action() + " on " + request.resource()
        + (request.values().isEmpty() ? "" : " with " + request.values()) + " (" + setting + "): older "
        + older.decision().id() + ", newer " + newer.decision().id() + " by " + grantingStatements();
  }
}
