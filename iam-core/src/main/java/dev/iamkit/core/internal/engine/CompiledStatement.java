package dev.iamkit.core.internal.engine;

import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.condition.CompiledCondition;
import dev.iamkit.core.internal.condition.EvalListener;
import dev.iamkit.core.internal.match.ActionPattern;
import dev.iamkit.core.internal.match.RequestResource;
import dev.iamkit.core.internal.match.ResourcePattern;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One statement compiled for evaluation (S2.6): action patterns, resource patterns, principal matcher and
 * condition, each built once. Immutable and thread-safe.
 *
 * <p>The model holds what was written, so a statement may carry element combinations AWS rejects at save time
 * (S1.11). The engine never throws for them; it evaluates them in the most literal way and reports a problem
 * (as a diagnostic of every request the statement takes part in):
 * <ul>
 *   <li>neither Action nor NotAction: matches no request;</li>
 *   <li>both Action and NotAction (or both Resource and NotResource, or both Principal and NotPrincipal): both
 *       parts must match;</li>
 *   <li>no Resource and no NotResource: a resource policy's statement covers the resource the policy is
 *       attached to ([DECISION] S1.9); in identity, boundary, session, SCP and RCP statements it matches
 *       nothing;</li>
 *   <li>Resource in a trust policy: ignored, the resource is the role itself (S2.6);</li>
 *   <li>no Principal and no NotPrincipal in a resource or trust policy: applies to nobody; in an RCP, whose only
 *       legal principal is {@code "*"} (S9.4), to everyone;</li>
 *   <li>Principal or NotPrincipal in an identity, boundary, session or SCP statement: ignored, those policies
 *       apply to the principal they are attached to (S2.6).</li>
 * </ul>
 */
final class CompiledStatement {
  /** The statement's position in its policy. */
  final int index;
  /** The position of its policy in the set, for a stable order of explanations. */
  final int policyOrder;
  final Effect effect;
  /** How the statement appears in an explanation. */
  final MatchedStatement matched;
  /** How the statement is named in diagnostics. */
  final String label;
  /** Problems found while compiling, reported whenever the statement takes part in a request. */
  final List<String> problems;
  private final ActionPattern @Nullable [] actions;
  private final ActionPattern @Nullable [] notActions;
  private final ResourcePattern @Nullable [] resources;
  private final ResourcePattern @Nullable [] notResources;
  private final boolean resourceAbsentMatches;
  private final boolean resourceVariables;
  private final boolean principalPart;
  private final @Nullable PrincipalMatcher principal;
  private final @Nullable PrincipalMatcher notPrincipal;
  private final boolean principalAbsentMatches;
  private final @Nullable CompiledCondition condition;
  private final boolean conditionBroken;

  CompiledStatement(Statement s, int index, PolicyKind kind, String policyName, int level, int policyOrder,
      boolean variables) {
    this.index = index;
    this.policyOrder = policyOrder;
    this.effect = s.effect();
    this.matched = MatchedStatement.of(kind, policyName, level, index, s.sid().orElse(null), s.effect());
    this.label = kind.id() + " policy \"" + policyName + "\"" + (kind == PolicyKind.SCP || kind == PolicyKind.RCP
        ? " (level " + level + ")" : "") + " statement " + index + s.sid().map(sid -> " (" + sid + ")").orElse("");
    List<String> problems = new ArrayList<>();

    // Action part (S2.1, S2.3) and the service index.
    this.actions = s.action().map(a -> compileActions(a, problems)).orElse(null);
    this.notActions = s.notAction().map(a -> compileActions(a, problems)).orElse(null);
    if (actions == null && notActions == null) {
      problems.add("has neither Action nor NotAction; it matches no request");
    } else if (actions != null && notActions != null) {
      problems.add("has both Action and NotAction; both must match");
    }

    // Resource part (S2.2, S2.3).
    if (kind == PolicyKind.TRUST) {
      if (s.resource().isPresent() || s.notResource().isPresent()) {
        problems.add("has a Resource or NotResource element, which trust policies cannot have; it is ignored");
      }
      this.resources = null;
      this.notResources = null;
      this.resourceAbsentMatches = true;
      this.resourceVariables = false;
    } else {
      this.resources = s.resource().map(r -> compileResources(r, kind, variables, problems)).orElse(null);
      this.notResources = s.notResource().map(r -> compileResources(r, kind, variables, problems)).orElse(null);
      this.resourceAbsentMatches = kind == PolicyKind.RESOURCE;
      this.resourceVariables = hasVariables(resources) || hasVariables(notResources);
      if (resources == null && notResources == null && !resourceAbsentMatches) {
        problems.add("has neither Resource nor NotResource; it matches no request");
      } else if (resources != null && notResources != null) {
        problems.add("has both Resource and NotResource; both must match");
      }
    }

    // Principal part (S2.4, S2.5).
    this.principalPart = kind.hasPrincipal();
    if (principalPart) {
      this.principal = s.principal().map(PrincipalMatcher::compile).orElse(null);
      this.notPrincipal = s.notPrincipal().map(PrincipalMatcher::compile).orElse(null);
      this.principalAbsentMatches = kind == PolicyKind.RCP;
      if (principal == null && notPrincipal == null && !principalAbsentMatches) {
        problems.add("has neither Principal nor NotPrincipal; it applies to nobody");
      } else if (principal != null && notPrincipal != null) {
        problems.add("has both Principal and NotPrincipal; both must match");
      }
    } else {
      this.principal = null;
      this.notPrincipal = null;
      this.principalAbsentMatches = true;
      if (s.principal().isPresent() || s.notPrincipal().isPresent()) {
        problems.add("has a Principal or NotPrincipal element, which " + kind.id()
            + " policies cannot have; it is ignored");
      }
    }

    // Condition block (S3).
    CompiledCondition compiled = null;
    boolean broken = false;
    if (s.condition().isPresent()) {
      try {
        compiled = CompiledCondition.compile(s.condition().get(), variables);
        if (compiled.isAlwaysTrue()) {
          compiled = null;
        }
      } catch (RuntimeException e) {
        // Safety net: the evaluator never throws for policy content. Fail closed: the statement never applies.
        broken = true;
        problems.add("condition could not be compiled (" + e.getMessage() + "); the statement never applies");
      }
    }
    this.condition = compiled;
    this.conditionBroken = broken;
    this.problems = List.copyOf(problems);
  }

  private static ActionPattern[] compileActions(OneOrMany<Action> entries, List<String> problems) {
    List<ActionPattern> out = new ArrayList<>(entries.size());
    for (Action a : entries) {
      try {
        out.add(ActionPattern.compile(a));
      } catch (RuntimeException e) {
        // Safety net: the evaluator never throws for policy content. The entry matches nothing.
        problems.add("action \"" + a.text() + "\" could not be compiled (" + e.getMessage() + "); it matches nothing");
      }
    }
    return out.toArray(new ActionPattern[0]);
  }

  private static ResourcePattern[] compileResources(OneOrMany<Resource> entries, PolicyKind kind, boolean variables,
      List<String> problems) {
    List<ResourcePattern> out = new ArrayList<>(entries.size());
    for (Resource r : entries) {
      try {
        out.add(ResourcePattern.compile(r, kind, variables));
      } catch (RuntimeException e) {
        // Safety net: the evaluator never throws for policy content. The entry matches nothing.
        problems.add("resource \"" + r.text() + "\" could not be compiled (" + e.getMessage()
            + "); it matches nothing");
      }
    }
    return out.toArray(new ResourcePattern[0]);
  }

  private static boolean hasVariables(ResourcePattern @Nullable [] patterns) {
    if (patterns != null) {
      for (ResourcePattern p : patterns) {
        if (!p.variables().isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The Action entries when the statement can be indexed by the actions it names (S2.1): it has an Action part, no
   * NotAction and no entry {@code *}. Null when every request must look at it.
   */
  ActionPattern @Nullable [] indexableActions() {
    if (actions == null || notActions != null) {
      return null;
    }
    for (ActionPattern a : actions) {
      if (a.matchesAll()) {
        return null;
      }
    }
    return actions;
  }

  /** Whether the statement has an action part at all. */
  boolean hasActionPart() {
    return actions != null || notActions != null;
  }

  /** S2.1, S2.3: {@code action} lower-cased (Locale.ROOT), {@code service} its prefix, {@code colon} its colon. */
  boolean actionMatches(String action, String service, int colon) {
    if (actions == null && notActions == null) {
      return false;
    }
    if (actions != null && !anyAction(actions, action, service, colon)) {
      return false;
    }
    return notActions == null || !anyAction(notActions, action, service, colon);
  }

  private static boolean anyAction(ActionPattern[] patterns, String action, String service, int colon) {
    for (ActionPattern p : patterns) {
      if (p.matchesLowerCase(action, service, colon)) {
        return true;
      }
    }
    return false;
  }

  /** S2.2, S2.3: whether the resource part matches the request's resource. */
  boolean resourceMatches(RequestResource resource, RequestContext request) {
    if (resources == null && notResources == null) {
      return resourceAbsentMatches;
    }
    if (resources != null && !anyResource(resources, resource, request)) {
      return false;
    }
    return notResources == null || !anyResource(notResources, resource, request);
  }

  private static boolean anyResource(ResourcePattern[] patterns, RequestResource resource, RequestContext request) {
    for (ResourcePattern p : patterns) {
      if (p.matches(resource, request)) {
        return true;
      }
    }
    return false;
  }

  /**
   * S6.17: passes the keys of policy variables in Resource and NotResource entries that the request lacks.
   * Called once the action and principal parts matched, whether or not the resource part matched: a missing
   * variable is itself what keeps a Resource entry from matching (S4.5).
   */
  void collectResourceMissingKeys(RequestContext request, Consumer<String> missing) {
    if (!resourceVariables) {
      return;
    }
    for (ResourcePattern[] patterns : new ResourcePattern[][] {resources, notResources}) {
      if (patterns != null) {
        for (ResourcePattern p : patterns) {
          p.collectMissingKeys(request, missing);
        }
      }
    }
  }

  /**
   * S2.4, S2.5: the class with which the principal part names {@code p}, {@link MatchClass#NONE} if it does not.
   * Statements of kinds without a principal part apply to their principal: {@link MatchClass#DIRECT}.
   *
   * <p>NotPrincipal (S2.5, A7): a principal whose whole chain is listed is excluded; with Allow, one listed
   * without its whole chain (a user whose account is not listed) is covered only through its account, an
   * account-class match that never grants it directly; an unlisted one keeps the class of the Principal part
   * (wildcard when there is none).
   *
   * @param hasBoundary whether the caller has a permissions boundary: a Deny with NotPrincipal then always
   *     applies to IAM users and role sessions (S2.5)
   */
  MatchClass principalClass(Principal p, boolean hasBoundary) {
    if (!principalPart) {
      return MatchClass.DIRECT;
    }
    if (principal == null && notPrincipal == null) {
      return principalAbsentMatches ? MatchClass.WILDCARD : MatchClass.NONE;
    }
    MatchClass c = principal == null ? MatchClass.WILDCARD : principal.classify(p);
    if (c == MatchClass.NONE || notPrincipal == null) {
      return c;
    }
    boolean boundaryOverride = effect == Effect.DENY && hasBoundary
        && (p instanceof Principal.IamUser || p instanceof Principal.RoleSession);
    if (boundaryOverride) {
      return c;
    }
    if (notPrincipal.excludes(p)) {
      return MatchClass.NONE;
    }
    // S2.5, A7: with Allow, a principal listed without its whole chain is covered only through its account.
    return effect == Effect.ALLOW && notPrincipal.partlyLists(p) ? MatchClass.ACCOUNT : c;
  }

  /**
   * S3: whether the condition block holds; one holding a policy value that cannot be read fails closed for the
   * statement's effect (S3.14). Reports the keys it references that the request lacks to
   * {@code missing} first (S6.17), and evaluation problems to {@code listener}.
   */
  boolean conditionHolds(RequestContext request, EvalListener listener, Consumer<String> missing) {
    if (condition == null) {
      return !conditionBroken;
    }
    condition.collectMissingKeys(request, missing);
    return condition.test(request, listener, effect);
  }

  /** S3: {@link #conditionHolds} for a decision alone: nothing is reported. */
  boolean conditionHoldsQuietly(RequestContext request) {
    if (condition == null) {
      return !conditionBroken;
    }
    return condition.test(request, EvalListener.NONE, effect);
  }
}
