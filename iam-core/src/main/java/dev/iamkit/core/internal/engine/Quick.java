package dev.iamkit.core.internal.engine;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Effect;
import org.jspecify.annotations.Nullable;

/**
 * The decision of S6.3 without its explanation, for {@link Engine#decide}: the same steps as {@link Engine}'s
 * explaining run (same participants, same statement tests, same gates and caller branches), with what each kind
 * said kept as a few bits in local variables instead of lists of statements, so that a decision allocates
 * nothing. Stateless and thread-safe.
 *
 * <p>What one kind (or one SCP or RCP level) said is an {@code int}: {@link #DENY} when it has an applicable
 * Deny, plus one bit per {@link MatchClass} of its applicable Allows; {@link #ABSENT} when the kind does not take
 * part. The explaining run and this one must always agree; the engine's tests compare them on every case.
 */
final class Quick {
  private Quick() {}

  /** The kind does not take part. */
  private static final int ABSENT = -1;
  /** The kind has an applicable Deny. */
  private static final int DENY = 1;

  private static int allowBit(MatchClass c) {
    return switch (c) {
      case NONE -> 0;
      case ACCOUNT -> 2;
      case ROLE -> 4;
      case FEDERATED -> 8;
      case SERVICE -> 16;
      case WILDCARD -> 32;
      case DIRECT -> 64;
    };
  }

  private static final int ANY_ALLOW = ~DENY;

  private static boolean allowed(int bits) {
    return bits != ABSENT && (bits & ANY_ALLOW) != 0;
  }

  private static boolean has(int bits, MatchClass c) {
    return bits != ABSENT && (bits & allowBit(c)) != 0;
  }

  static Decision decide(CompiledPolicySet set, RequestContext request, RequestFacts facts) {
    Principal principal = request.principal();
    // Step 0 (S6.16, A22).
    if (facts.needsNoPermission && principal.isAuthenticated()) {
      return Decision.ALLOW;
    }
    boolean roleSession = principal instanceof Principal.RoleSession;
    boolean federated = principal instanceof Principal.FederatedUser;
    boolean hasBoundary = set.boundary != null;
    @Nullable AccountId principalAccount = facts.principalAccount;
    @Nullable AccountId resourceAccount = facts.resourceAccount;

    // Every participating policy (S6.1 table); step 1 (S6.4): any applicable Deny is final.
    int identity = ABSENT;
    int boundary = ABSENT;
    int session = ABSENT;
    if (Engine.isIamPrincipal(principal)) {
      identity = scan(set.identityIndex, request, facts, principal, hasBoundary);
      if ((identity & DENY) != 0) {
        return Decision.EXPLICIT_DENY;
      }
      if (hasBoundary) {
        boundary = scan(set.boundaryIndex, request, facts, principal, hasBoundary);
        if ((boundary & DENY) != 0) {
          return Decision.EXPLICIT_DENY;
        }
      }
      if (federated || (roleSession && !set.session.isEmpty())) {
        session = scan(set.sessionIndex, request, facts, principal, hasBoundary);
        if ((session & DENY) != 0) {
          return Decision.EXPLICIT_DENY;
        }
      }
    }
    int resource = ABSENT;
    if (set.resource != null) {
      resource = scan(set.resourceIndex, request, facts, principal, hasBoundary);
      if ((resource & DENY) != 0) {
        return Decision.EXPLICIT_DENY;
      }
    }
    // Gates record only whether some level lacks an Allow; their Denies are final wherever they are.
    boolean rcpGap = false;
    if (Engine.rcpApplies(set, resourceAccount, facts.service)) {
      for (StatementIndex level : set.rcpIndexes) {
        int bits = scan(level, request, facts, principal, hasBoundary);
        if ((bits & DENY) != 0) {
          return Decision.EXPLICIT_DENY;
        }
        rcpGap |= !allowed(bits);
      }
    }
    boolean scpGap = false;
    if (Engine.scpApplies(set, principal, principalAccount)) {
      for (StatementIndex level : set.scpIndexes) {
        int bits = scan(level, request, facts, principal, hasBoundary);
        if ((bits & DENY) != 0) {
          return Decision.EXPLICIT_DENY;
        }
        scpGap |= !allowed(bits);
      }
    }
    int vpcEndpoint = ABSENT;
    if (!set.vpcEndpoint.isEmpty() && Engine.throughVpcEndpoint(request)) {
      vpcEndpoint = scan(set.vpcEndpointIndex, request, facts, principal, hasBoundary);
      if ((vpcEndpoint & DENY) != 0) {
        return Decision.EXPLICIT_DENY;
      }
    }
    // Steps 2, 3, 3b (S6.5, S6.6, S6.16).
    if (rcpGap || scpGap || (vpcEndpoint != ABSENT && !allowed(vpcEndpoint))) {
      return Decision.IMPLICIT_DENY;
    }
    // Step 4: by caller.
    boolean mustGrant = set.trust || facts.kmsKey;
    boolean sameAccount = principalAccount != null && principalAccount.equals(resourceAccount);
    if (principal instanceof Principal.Anonymous) {
      return verdict(has(resource, MatchClass.WILDCARD)); // S6.12
    }
    if (principal instanceof Principal.ServicePrincipal) {
      return verdict(has(resource, MatchClass.SERVICE) || has(resource, MatchClass.WILDCARD)); // S6.13
    }
    if (principal instanceof Principal.WebIdentityUser) {
      return verdict(has(resource, MatchClass.FEDERATED) || has(resource, MatchClass.WILDCARD)); // S2.4, S6.14
    }
    if (principal instanceof Principal.RootUser) {
      return verdict((sameAccount && !mustGrant) || allowed(resource)); // S6.11
    }
    boolean idAllow = allowed(identity);
    boolean bOk = boundary == ABSENT || allowed(boundary);
    boolean sOk = roleSession ? session == ABSENT || allowed(session) : !federated || allowed(session);
    if (!sameAccount) {
      return verdict(idAllow && bOk && sOk && allowed(resource)); // S6.10
    }
    // S6.7, S6.8, S6.14, S6.16, A1, A16.
    if (mustGrant && !allowed(resource)) {
      return Decision.IMPLICIT_DENY;
    }
    return verdict(has(resource, MatchClass.DIRECT) || has(resource, MatchClass.WILDCARD)
        || (has(resource, MatchClass.ROLE) && bOk && sOk) || (idAllow && bOk && sOk));
  }

  private static Decision verdict(boolean allow) {
    return allow ? Decision.ALLOW : Decision.IMPLICIT_DENY;
  }

  /** S2.6: what the statements of one index say, as bits; stops at the first applicable Deny. */
  private static int scan(StatementIndex index, RequestContext request, RequestFacts facts, Principal principal,
      boolean hasBoundary) {
    int bits = 0;
    for (StatementIndex.Candidate candidate : index.candidates(facts.lowerAction, facts.service)) {
      if (!candidate.actionMatches(facts.lowerAction, facts.service, facts.colon)) {
        continue;
      }
      CompiledStatement s = candidate.statement;
      MatchClass c = s.principalClass(principal, hasBoundary);
      if (c == MatchClass.NONE || !s.resourceMatches(facts.resource, request) || !s.conditionHoldsQuietly(request)) {
        continue;
      }
      if (s.effect == Effect.DENY) {
        return bits | DENY;
      }
      bits |= allowBit(c);
    }
    return bits;
  }
}
