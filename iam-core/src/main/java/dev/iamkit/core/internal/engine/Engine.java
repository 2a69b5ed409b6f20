package dev.iamkit.core.internal.engine;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.EvaluationDiagnostic;
import dev.iamkit.core.eval.EvaluationWarning;
import dev.iamkit.core.eval.KindResult;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.condition.EvalListener;
import dev.iamkit.core.internal.match.RequestResource;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.PolicyKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The decision algorithm of S6.3, step by step, with the explanation of S6.17. Stateless and thread-safe; each
 * call works on its own per-request state.
 *
 * <pre>
 * 0  sts:GetCallerIdentity / sts:GetSessionToken by an authenticated caller      -> ALLOW (S6.16, A22)
 * 1  any applicable Deny in a participating policy                              -> EXPLICIT_DENY (S6.4)
 * 2  RCPs apply and some RCP level has no applicable Allow                      -> IMPLICIT_DENY (S6.5)
 * 3  SCPs apply and some SCP level has no applicable Allow                      -> IMPLICIT_DENY (S6.6)
 * 3b the request came through a VPC endpoint whose policy has no applicable Allow -> IMPLICIT_DENY (S6.16)
 * 4  by caller: anonymous, service, web identity: a resource Allow of the right class (S6.12, S6.13);
 *    root: own account allowed, otherwise a resource Allow (S6.11);
 *    IAM principals: same account by match class (S6.7, S6.8, S6.14), otherwise identity chain and resource
 *    Allow (S6.10); a KMS key's policy, like a trust policy, must grant even in the same account (S6.16)
 * </pre>
 *
 * <p>Which kinds take part follows the table of S6.1: identity policies and the boundary for IAM users, role
 * sessions and federated users (the federating user's); session policies for role sessions that carry them and
 * always for federated users (for whom they are required, S6.15); the resource or trust policy for everyone;
 * SCPs for root users, IAM users, role sessions and federated users of member accounts except service-linked
 * roles; RCPs for resources of member accounts, for services that support them; the VPC endpoint policy for
 * every request that carries {@code aws:SourceVpce}, whoever calls (S6.16).
 *
 * <p>KMS keys ({@code arn:P:kms:R:A:key/ID}, S6.16): the key policy is the resource policy and must contain an
 * applicable Allow for every caller, the root user of the key's account included; identity policies count only
 * through an account-class grant ("enable IAM policies"), a direct grant needs none. A request on a key without key
 * policy is denied with the warning {@code kms-key-policy-missing}; a denied request on a key carries
 * {@code kms-grants-not-modelled}, since KMS grants are out of scope.
 *
 * <p>The explanation (S6.17): for EXPLICIT_DENY every applicable Deny of every participating policy; for ALLOW
 * the Allows of every path that grants (the resource grants of the deciding class, the identity chain's Allows
 * with the boundary's and session policies' Allows that it needed) plus the SCP and RCP Allows each level
 * needed; for IMPLICIT_DENY no statement but the blocking gate. Missing context keys are the keys referenced by
 * the conditions (and policy variables) of every participating statement whose action and principal parts
 * matched and, for condition keys, whose resource part matched too, that the request lacks.
 *
 * <p>A request whose resource account is unknown (resource {@code *}, or an ARN without account such as an S3
 * ARN, and no {@code resourceAccount}) is taken to address the caller's own account; for an ARN the evaluation
 * carries the warning {@code resource-account-assumed}.
 */
public final class Engine {
  private Engine() {}

  /**
   * Decides {@code request} against {@code set} and explains the decision (S6.17). Never throws for what the
   * policies or the request contain.
   *
   * @param facts the request's {@link RequestFacts}, computed when it was built
   */
  public static Evaluation evaluate(CompiledPolicySet set, RequestContext request, RequestFacts facts) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(facts, "facts");
    return new Run(set, request, facts).decide();
  }

  /**
   * The decision alone: the same steps as {@link #evaluate}, with nothing collected for an explanation (no deciding
   * statements, missing keys, diagnostics or warnings), so that it allocates nothing. It stops at the first
   * applicable Deny. Always equal to {@code evaluate(set, request, facts).decision()}.
   */
  public static Decision decide(CompiledPolicySet set, RequestContext request, RequestFacts facts) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(facts, "facts");
    return Quick.decide(set, request, facts);
  }

  /** The context key that says a request came through a VPC endpoint, normalised (S6.16). */
  private static final String SOURCE_VPCE = "aws:sourcevpce";

  /** S6.16: whether {@code resource} is a KMS key, {@code arn:P:kms:R:A:key/ID}. */
  static boolean isKmsKey(RequestResource resource) {
    if (!resource.isArn()) {
      return false;
    }
    String text = resource.text();
    int service = resource.start(2);
    return resource.end(2) - service == 3 && text.regionMatches(true, service, "kms", 0, 3)
        && text.startsWith("key/", resource.start(5));
  }

  /** S6.16, A22: actions that need no permission and that no policy can deny to an authenticated caller. */
  static boolean needsNoPermission(String action) {
    return action.equalsIgnoreCase("sts:GetCallerIdentity") || action.equalsIgnoreCase("sts:GetSessionToken");
  }

  /** IAM users, role sessions and federated users: the callers with an identity side (S6.1). */
  static boolean isIamPrincipal(Principal principal) {
    return principal instanceof Principal.IamUser || principal instanceof Principal.RoleSession
        || principal instanceof Principal.FederatedUser;
  }

  /** S6.3 scpOn (S6.6): principals of member accounts except service-linked roles. */
  static boolean scpApplies(CompiledPolicySet set, Principal principal, @Nullable AccountId principalAccount) {
    boolean serviceLinked = principal instanceof Principal.RoleSession rs && rs.isServiceLinkedRole();
    return (principal instanceof Principal.RootUser || isIamPrincipal(principal)) && !set.scpLevels.isEmpty()
        && !(principalAccount != null && principalAccount.equals(set.managementAccount)) && !serviceLinked;
  }

  /** S6.3 rcpOn (S6.5, S9.5): resources of member accounts, for services that support RCPs. */
  static boolean rcpApplies(CompiledPolicySet set, @Nullable AccountId resourceAccount, String service) {
    return !set.rcpLevels.isEmpty()
        && !(resourceAccount != null && resourceAccount.equals(set.managementAccount))
        && RcpSupportedServices.supports(service);
  }

  /** S6.16: the request came through a VPC endpoint when it carries {@code aws:SourceVpce}. */
  static boolean throughVpcEndpoint(RequestContext request) {
    return request.values().containsKey(SOURCE_VPCE);
  }

  /** An applicable statement and, for principal-bearing kinds, how its principal part matched. */
  private record Hit(CompiledStatement statement, MatchClass matchClass) {}

  /** What the policies of one kind (or one SCP/RCP level) said. */
  private static final class Outcome {
    final List<Hit> allows = new ArrayList<>(2);
    final List<Hit> denies = new ArrayList<>(0);

    boolean allowed() {
      return !allows.isEmpty();
    }

    KindResult result() {
      return !denies.isEmpty() ? KindResult.EXPLICIT_DENY : allowed() ? KindResult.ALLOWED : KindResult.IMPLICIT_DENY;
    }
  }

  /**
   * The identity chain of S6.9: {@code idAllow}, {@code bOK} and {@code sOK} of S6.3.
   *
   * @param identity the identity policies' outcome
   */
  private record Chain(Outcome identity, boolean idAllow, boolean bOk, boolean sOk) {
    boolean ok() {
      return idAllow && bOk && sOk;
    }

    /** The gate that stopped the chain: identity first, then boundary, then session (S6.3 order). */
    PolicyKind blocking() {
      return !idAllow ? PolicyKind.IDENTITY : !bOk ? PolicyKind.PERMISSIONS_BOUNDARY : PolicyKind.SESSION;
    }
  }

  private static final Comparator<Hit> ORDER = Comparator
      .<Hit>comparingInt(h -> h.statement().policyOrder)
      .thenComparingInt(h -> h.statement().index);

  /** The state of one evaluation: the request, the outcome of every participating policy, and what it noticed. */
  private static final class Run {
    private final CompiledPolicySet set;
    private final RequestContext request;
    private final Principal principal;
    private final String action;
    private final String service;
    private final String lowerAction;
    private final int colon;
    private final RequestResource resource;
    private final boolean hasBoundary;
    private final PolicyKind resourceKind;
    private final @Nullable AccountId principalAccount;
    private final @Nullable AccountId resourceAccount;
    /** Whether the resource is a KMS key, whose key policy must always grant (S6.16). */
    private final boolean kmsKey;
    private final List<EvaluationWarning> warnings = new ArrayList<>(0);
    private final Set<String> missingKeys = new TreeSet<>();
    private final Set<EvaluationDiagnostic> diagnostics = new LinkedHashSet<>();
    /** Receives what conditions notice; labels diagnostics with the statement being tested. */
    private final Noticed noticed = new Noticed();
    /** Receives the keys a statement's resource part or condition needs but the request lacks. */
    private final Consumer<String> missing = missingKeys::add;

    // Outcomes of the participating kinds; null when a kind does not take part.
    private @Nullable Outcome identity;
    private @Nullable Outcome boundary;
    private @Nullable Outcome session;
    private @Nullable Outcome resourcePolicy;
    private Outcome @Nullable [] scp;
    private Outcome @Nullable [] rcp;
    private @Nullable Outcome vpcEndpoint;

    Run(CompiledPolicySet set, RequestContext request, RequestFacts facts) {
      this.set = set;
      this.request = request;
      this.principal = request.principal();
      this.action = request.action();
      this.lowerAction = facts.lowerAction;
      this.colon = facts.colon;
      this.service = facts.service;
      this.resource = facts.resource;
      this.hasBoundary = set.boundary != null;
      this.resourceKind = set.trust ? PolicyKind.TRUST : PolicyKind.RESOURCE;
      this.principalAccount = facts.principalAccount;
      this.resourceAccount = facts.resourceAccount;
      this.kmsKey = facts.kmsKey;
    }

    /** S6.3, in AWS's order: each step either decides (returns an evaluation) or passes (returns null). */
    Evaluation decide() {
      Evaluation decided = needsNoPermission();
      if (decided != null) {
        return decided;
      }
      noteAssumptions();
      evaluateParticipants();
      decided = explicitDenySweep();
      if (decided == null) {
        decided = rcpGate();
      }
      if (decided == null) {
        decided = scpGate();
      }
      if (decided == null) {
        decided = vpcEndpointGate();
      }
      return decided != null ? decided : callerBranch();
    }

    /** What the evaluator has to assume or cannot model for this request, as warnings (issue 11 §4, S6.16). */
    private void noteAssumptions() {
      if (request.resourceAccount().isEmpty() && resource.isArn() && principalAccount != null) {
        String field = resource.field(4);
        String names = field.isEmpty() ? "names no account"
            : "has \"" + field + "\" where an account ID would be (an AWS-owned resource such as an AWS managed"
                + " policy)";
        warn(EvaluationWarning.Code.RESOURCE_ACCOUNT_ASSUMED, "the resource \"" + resource.text() + "\" " + names
            + " and the request gives no resourceAccount: assumed to be the caller's account "
            + principalAccount.value() + " (same-account evaluation); give resourceAccount to evaluate a"
            + " cross-account request");
      }
      if (kmsKey && set.resource == null) {
        warn(EvaluationWarning.Code.KMS_KEY_POLICY_MISSING, "the request is on the KMS key \"" + resource.text()
            + "\" but no key policy was given: every KMS key has a key policy, and without one that grants, no"
            + " principal may use the key (S6.16); add the key policy as the resource policy");
      }
      if (!set.vpcEndpoint.isEmpty() && !throughVpcEndpoint(request)) {
        warn(EvaluationWarning.Code.VPC_ENDPOINT_POLICY_NOT_USED, "a VPC endpoint policy was given but the request"
            + " has no aws:SourceVpce, so it did not come through an endpoint and the endpoint policy takes no"
            + " part (S6.16)");
      }
    }

    private void warn(EvaluationWarning.Code code, String message) {
      warnings.add(EvaluationWarning.of(code, message));
    }


    /** Step 0 (S6.16, A22): actions that need no permission, never denied to an authenticated caller. */
    private @Nullable Evaluation needsNoPermission() {
      return principal.isAuthenticated() && Engine.needsNoPermission(action)
          ? finish(Decision.ALLOW, List.of(), null, 0) : null;
    }

    /**
     * Evaluates every participating policy once (S6.1 table); the deny sweep, the gates and the explanation all
     * read these outcomes.
     */
    private void evaluateParticipants() {
      boolean roleSession = principal instanceof Principal.RoleSession;
      boolean federated = principal instanceof Principal.FederatedUser;
      if (isIamPrincipal(principal)) {
        identity = evaluateAll(set.identityIndex);
        if (set.boundary != null) {
          boundary = evaluateAll(set.boundaryIndex);
        }
        if (federated || (roleSession && !set.session.isEmpty())) {
          session = evaluateAll(set.sessionIndex);
        }
      }
      if (set.resource != null) {
        resourcePolicy = evaluateAll(set.resourceIndex);
      }
      if (scpApplies(set, principal, principalAccount)) {
        scp = evaluateLevels(set.scpIndexes);
      }
      if (rcpApplies(set, resourceAccount, service)) {
        rcp = evaluateLevels(set.rcpIndexes);
      }
      if (!set.vpcEndpoint.isEmpty() && throughVpcEndpoint(request)) {
        vpcEndpoint = evaluateAll(set.vpcEndpointIndex);
      }
    }


    /** Step 1 (S6.4): any applicable Deny in a participating policy is final. */
    private @Nullable Evaluation explicitDenySweep() {
      List<Hit> denies = new ArrayList<>(0);
      addDenies(denies, identity);
      addDenies(denies, resourcePolicy);
      addDenies(denies, boundary);
      addDenies(denies, session);
      addDenies(denies, scp);
      addDenies(denies, rcp);
      addDenies(denies, vpcEndpoint);
      if (denies.isEmpty()) {
        return null;
      }
      denies.sort(ORDER);
      return finish(Decision.EXPLICIT_DENY, denies, null, 0);
    }

    /** Step 2 (S6.5): every RCP level needs an applicable Allow. */
    private @Nullable Evaluation rcpGate() {
      int gap = firstLevelWithoutAllow(rcp);
      return gap < 0 ? null : finish(Decision.IMPLICIT_DENY, List.of(), PolicyKind.RCP, gap);
    }

    /** Step 3 (S6.6): every SCP level needs an applicable Allow. */
    private @Nullable Evaluation scpGate() {
      int gap = firstLevelWithoutAllow(scp);
      return gap < 0 ? null : finish(Decision.IMPLICIT_DENY, List.of(), PolicyKind.SCP, gap);
    }

    /** Step 3b (S6.16): the VPC endpoint the request came through must allow it, whoever calls. */
    private @Nullable Evaluation vpcEndpointGate() {
      return vpcEndpoint == null || vpcEndpoint.allowed() ? null
          : finish(Decision.IMPLICIT_DENY, List.of(), PolicyKind.VPC_ENDPOINT, 0);
    }

    /** Whether the resource policy must grant even in the same account: trust policies (S6.14), KMS keys (S6.16). */
    private boolean resourceMustGrant() {
      return set.trust || kmsKey;
    }

    /** Step 4: the resource-based policy and the identity chain, by kind of caller. */
    private Evaluation callerBranch() {
      if (principal instanceof Principal.Anonymous) {
        // S6.12: only a grant to everyone ("*", {"AWS": "*"} or NotPrincipal).
        return grantOrBlock(MatchClass.WILDCARD, null);
      }
      if (principal instanceof Principal.ServicePrincipal) {
        // S6.13: the resource or trust policy must name the service (or everyone).
        return grantOrBlock(MatchClass.SERVICE, MatchClass.WILDCARD);
      }
      if (principal instanceof Principal.WebIdentityUser) {
        // S2.4, S6.14: a web-identity or SAML caller has no identity side; the trust policy must name its provider
        // (or everyone). [DECISION] handled like a service principal.
        return grantOrBlock(MatchClass.FEDERATED, MatchClass.WILDCARD);
      }
      if (principal instanceof Principal.RootUser) {
        return rootUser();
      }
      return sameAccount() ? sameAccountChain() : crossAccountChain();
    }

    private boolean sameAccount() {
      return principalAccount != null && principalAccount.equals(resourceAccount);
    }

    /** The resource or trust policy's applicable Allows. */
    private List<Hit> resourceAllows() {
      return resourcePolicy == null ? List.of() : resourcePolicy.allows;
    }

    /**
     * S6.11: the root user is allowed in its own account by default (trust policies and KMS key policies excepted,
     * S6.14, S6.16); otherwise the resource side must grant.
     */
    private Evaluation rootUser() {
      if (sameAccount() && !resourceMustGrant()) {
        return allow(new ArrayList<>());
      }
      List<Hit> r = resourceAllows();
      if (r.isEmpty()) {
        return finish(Decision.IMPLICIT_DENY, List.of(), resourceKind, 0);
      }
      return allow(new ArrayList<>(r));
    }

    /** S6.9: the identity chain of an IAM user, role session or federated user. */
    private Chain chain() {
      boolean roleSession = principal instanceof Principal.RoleSession;
      boolean federated = principal instanceof Principal.FederatedUser;
      Outcome id = Objects.requireNonNull(identity);
      boolean bOk = boundary == null || boundary.allowed();
      boolean sOk = roleSession ? session == null || session.allowed()
          : !federated || Objects.requireNonNull(session).allowed();
      return new Chain(id, id.allowed(), bOk, sOk);
    }

    /**
     * S6.7, S6.8, S6.14, A1, A16: in the same account a direct or wildcard grant allows on its own; a role grant
     * needs the boundary and session policy; otherwise the identity chain must allow (an account grant adds
     * nothing, except that it is the trust policy's or key policy's required grant: for a KMS key it is what
     * "enables IAM policies", S6.16).
     */
    private Evaluation sameAccountChain() {
      List<Hit> r = resourceAllows();
      // S6.14, S6.16: a trust policy or a KMS key policy must always grant.
      if (resourceMustGrant() && r.isEmpty()) {
        return finish(Decision.IMPLICIT_DENY, List.of(), resourceKind, 0);
      }
      Chain c = chain();
      List<Hit> grant = new ArrayList<>();
      boolean granted = false;
      boolean roleGrant = false;
      boolean accountGrant = false;
      for (Hit h : r) {
        if (h.matchClass() == MatchClass.DIRECT || h.matchClass() == MatchClass.WILDCARD) {
          grant.add(h);
          granted = true;
        } else if (h.matchClass() == MatchClass.ROLE) {
          roleGrant = true;
        } else if (h.matchClass() == MatchClass.ACCOUNT) {
          accountGrant = true;
        }
      }
      if (roleGrant && c.bOk() && c.sOk()) {
        for (Hit h : r) {
          if (h.matchClass() == MatchClass.ROLE) {
            grant.add(h);
          }
        }
        addLimits(grant);
        granted = true;
      }
      // S6.16: a key policy enables IAM policies only by granting the account; naming the caller alone does not
      boolean keyPolicy = kmsKey && !set.trust;
      if (c.ok() && (!keyPolicy || accountGrant)) {
        grant.addAll(c.identity().allows);
        addLimits(grant);
        if (resourceMustGrant()) {
          grant.addAll(r);
        }
        granted = true;
      }
      if (granted) {
        return allow(grant);
      }
      PolicyKind blocking = roleGrant
          ? (!c.bOk() ? PolicyKind.PERMISSIONS_BOUNDARY : PolicyKind.SESSION)
          : keyPolicy && c.ok() ? resourceKind : c.blocking();
      return finish(Decision.IMPLICIT_DENY, List.of(), blocking, 0);
    }

    /** S6.10: cross-account, both sides must allow; any class of resource grant counts. */
    private Evaluation crossAccountChain() {
      Chain c = chain();
      if (!c.ok()) {
        return finish(Decision.IMPLICIT_DENY, List.of(), c.blocking(), 0);
      }
      List<Hit> r = resourceAllows();
      if (r.isEmpty()) {
        return finish(Decision.IMPLICIT_DENY, List.of(), resourceKind, 0);
      }
      List<Hit> grant = new ArrayList<>(c.identity().allows);
      addLimits(grant);
      grant.addAll(r);
      return allow(grant);
    }

    /** Adds the boundary's and the session policies' Allows, which limit a grant, to the granting path. */
    private void addLimits(List<Hit> grant) {
      if (boundary != null) {
        grant.addAll(boundary.allows);
      }
      if (session != null) {
        grant.addAll(session.allows);
      }
    }

    /** Allows on resource grants of class {@code a} or {@code b}, or blocks on the resource or trust policy. */
    private Evaluation grantOrBlock(MatchClass a, @Nullable MatchClass b) {
      List<Hit> grant = new ArrayList<>();
      for (Hit h : resourceAllows()) {
        if (h.matchClass() == a || h.matchClass() == b) {
          grant.add(h);
        }
      }
      if (grant.isEmpty()) {
        return finish(Decision.IMPLICIT_DENY, List.of(), resourceKind, 0);
      }
      return allow(grant);
    }

    /** ALLOW, explained by the granting statements plus the SCP and RCP Allows every level needed. */
    private Evaluation allow(List<Hit> grant) {
      List<Hit> path = new ArrayList<>(grant.size() + 4);
      for (Hit h : grant) {
        if (!path.contains(h)) {
          path.add(h);
        }
      }
      addAllows(path, scp);
      addAllows(path, rcp);
      if (vpcEndpoint != null) {
        path.addAll(vpcEndpoint.allows);
      }
      path.sort(ORDER);
      return finish(Decision.ALLOW, path, null, 0);
    }

    private static void addAllows(List<Hit> path, Outcome @Nullable [] levels) {
      if (levels != null) {
        for (Outcome o : levels) {
          path.addAll(o.allows);
        }
      }
    }

    private static void addDenies(List<Hit> denies, @Nullable Outcome outcome) {
      if (outcome != null) {
        denies.addAll(outcome.denies);
      }
    }

    private static void addDenies(List<Hit> denies, Outcome @Nullable [] levels) {
      if (levels != null) {
        for (Outcome o : levels) {
          denies.addAll(o.denies);
        }
      }
    }

    private static int firstLevelWithoutAllow(Outcome @Nullable [] levels) {
      if (levels != null) {
        for (int i = 0; i < levels.length; i++) {
          if (!levels[i].allowed()) {
            return i;
          }
        }
      }
      return -1;
    }

    private Outcome[] evaluateLevels(StatementIndex[] levels) {
      Outcome[] out = new Outcome[levels.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = evaluateAll(levels[i]);
      }
      return out;
    }

    /** S2.6: collects the applicable statements of the policies indexed by {@code index}, Allows and Denies apart. */
    private Outcome evaluateAll(StatementIndex index) {
      Outcome out = new Outcome();
      for (StatementIndex.Candidate candidate : index.candidates(lowerAction, service)) {
        CompiledStatement s = candidate.statement;
        boolean actionMatches = candidate.actionMatches(lowerAction, service, colon);
        if (!s.problems.isEmpty() && (actionMatches || !s.hasActionPart())) {
          for (String problem : s.problems) {
            diagnostics.add(EvaluationDiagnostic.of(s.label, problem));
          }
        }
        if (!actionMatches) {
          continue;
        }
        MatchClass c = s.principalClass(principal, hasBoundary);
        if (c == MatchClass.NONE) {
          continue;
        }
        s.collectResourceMissingKeys(request, missing);
        if (!s.resourceMatches(resource, request)) {
          continue;
        }
        noticed.current = s.label;
        if (!s.conditionHolds(request, noticed, missing)) {
          continue;
        }
        (s.effect == Effect.ALLOW ? out.allows : out.denies).add(new Hit(s, c));
      }
      return out;
    }

    private Evaluation finish(Decision decision, List<Hit> matched, @Nullable PolicyKind blocking, int level) {
      Evaluation.Builder b = Evaluation.builder(decision);
      for (Hit h : matched) {
        b.matched(h.statement().matched);
      }
      b.kindResult(PolicyKind.IDENTITY, result(identity));
      b.kindResult(PolicyKind.PERMISSIONS_BOUNDARY, result(boundary));
      b.kindResult(PolicyKind.SESSION, result(session));
      b.kindResult(resourceKind, result(resourcePolicy));
      b.kindResult(PolicyKind.SCP, result(scp));
      b.kindResult(PolicyKind.RCP, result(rcp));
      if (!set.vpcEndpoint.isEmpty()) {
        b.kindResult(PolicyKind.VPC_ENDPOINT, result(vpcEndpoint));
      }
      if (blocking == PolicyKind.SCP || blocking == PolicyKind.RCP) {
        b.blocking(blocking, level);
      } else if (blocking != null) {
        b.blocking(blocking);
      } else if (blocking != null) {
        b.blocking(blocking);
      }
      warnings.forEach(b::warning);
      if (kmsKey && decision == Decision.IMPLICIT_DENY) {
        b.warning(EvaluationWarning.of(EvaluationWarning.Code.KMS_GRANTS_NOT_MODELLED, "KMS grants are not modelled:"
            + " a grant to this principal for this operation on the key would allow the request although the key"
            + " policy and IAM policies do not (S6.16)"));
      }
      missingKeys.forEach(b::missingContextKey);
      diagnostics.forEach(b::diagnostic);
      return b.build();
    }

    private static KindResult result(@Nullable Outcome o) {
      return o == null ? KindResult.NOT_APPLICABLE : o.result();
    }

    private static KindResult result(Outcome @Nullable [] levels) {
      if (levels == null) {
        return KindResult.NOT_APPLICABLE;
      }
      boolean allLevelsAllow = true;
      for (Outcome o : levels) {
        if (!o.denies.isEmpty()) {
          return KindResult.EXPLICIT_DENY;
        }
        allLevelsAllow &= o.allowed();
      }
      return allLevelsAllow ? KindResult.ALLOWED : KindResult.IMPLICIT_DENY;
    }

    /** What conditions notice (S6.17): absent keys, and diagnostics labelled with the statement being tested. */
    private final class Noticed implements EvalListener {
      private String current = "";

      @Override
      public void missingKey(String key) {
        missingKeys.add(key);
      }

      @Override
      public void diagnostic(String message) {
        diagnostics.add(EvaluationDiagnostic.of(current, message));
      }
    }
  }
}
