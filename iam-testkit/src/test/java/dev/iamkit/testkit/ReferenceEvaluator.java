package dev.iamkit.testkit;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.value.Base64Values;
import dev.iamkit.core.internal.value.Booleans;
import dev.iamkit.core.internal.value.Dates;
import dev.iamkit.core.internal.value.Decimals;
import dev.iamkit.core.internal.value.IpRange;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.OperatorFamily;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.SetQualifier;
import dev.iamkit.core.policy.Statement;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reference evaluator: a direct, deliberately simple reading of S2 (matching), S3 (conditions), S4 (policy
 * variables) and S6 (evaluation logic) of {@code iam-semantics.md}, one method per rule, with no index, no
 * compilation and no precomputation. It exists to check the compiled engine ({@link
 * dev.iamkit.core.eval.Evaluator}); it is slow on purpose and lives in test scope only.
 *
 * <p>It shares with the library only the parsers of values (dates, numbers, IP ranges, booleans, base64), which
 * own their grammars, and the list of services that support RCPs (data). Wildcards, variables, ARN fields,
 * principal classes, conditions and the decision are written here again from the specification, including the
 * rules that the engine is still gaining (KMS key policies S6.16, VPC endpoint policies S6.16, NotPrincipal with
 * Allow S2.5, unreadable condition values S3.14); see {@link ReferenceDifferentialTest#PENDING} for which of them
 * the differential test exercises.
 */
final class ReferenceEvaluator {
  private ReferenceEvaluator() {}

  /** What the reference decides: the decision, the deciding statements and, for IMPLICIT_DENY, the gate. */
  record Result(Decision decision, List<MatchedStatement> matched, @Nullable PolicyKind blockingKind, int blockingLevel) {
    Result {
      matched = matched.stream().distinct().sorted(STATEMENT_ORDER).toList();
    }
  }

  /** A canonical order for comparing explanations: statement order never matters (S6.3). */
  static final Comparator<MatchedStatement> STATEMENT_ORDER = Comparator
      .comparing(MatchedStatement::kind)
      .thenComparingInt(MatchedStatement::level)
      .thenComparing(MatchedStatement::policyName)
      .thenComparingInt(MatchedStatement::statementIndex);

  /** How a Principal entry matched the caller (S2.4), weakest first; the strongest counts. */
  enum Match { NONE, ACCOUNT, ROLE, FEDERATED, SERVICE, WILDCARD, DIRECT }

  /** An applicable statement. */
  record Hit(MatchedStatement statement, Match match) {}

  /** Truth of one condition entry; UNREADABLE when a policy value cannot be read for its operator (S3.14). */
  enum Truth { TRUE, FALSE, UNREADABLE }

  /** Evaluates with the set's VPC endpoint policy, if it has one. */
  static Result evaluate(PolicySet set, RequestContext request) {
    return evaluate(set, request, set.vpcEndpointPolicy().orElse(null));
  }

  /**
   * S6.3, step by step.
   *
   * @param endpointPolicy the policy of the VPC endpoint the request came through (S6.16), if any; it takes part
   *     only when the request carries {@code aws:SourceVpce}
   */
  static Result evaluate(PolicySet set, RequestContext request, @Nullable NamedPolicy endpointPolicy) {
    Principal p = request.principal();
    // S6.16: GetCallerIdentity and GetSessionToken need no permission and are never denied.
    if (p.isAuthenticated() && needsNoPermission(request.action())) {
      return new Result(Decision.ALLOW, List.of(), null, 0);
    }
    boolean root = p instanceof Principal.RootUser;
    boolean iam = p instanceof Principal.IamUser || p instanceof Principal.RoleSession
        || p instanceof Principal.FederatedUser;
    AccountId principalAccount = p.account().orElse(null);
    AccountId resourceAccount = request.resourceAccount().orElse(principalAccount);
    AccountId management = set.managementAccount().orElse(null);
    boolean serviceLinked = p instanceof Principal.RoleSession rs && rs.isServiceLinkedRole();
    boolean hasBoundary = set.permissionsBoundary().isPresent();
    PolicyKind resourceKind = set.isTrustPolicy() ? PolicyKind.TRUST : PolicyKind.RESOURCE;

    // S6.1: which kinds take part.
    boolean scpOn = (root || iam) && !set.scpLevels().isEmpty() && !sameAccount(principalAccount, management)
        && !serviceLinked;
    boolean rcpOn = !set.rcpLevels().isEmpty() && !sameAccount(resourceAccount, management)
        && rcpSupported(service(request.action()));
    boolean sessionOn = p instanceof Principal.FederatedUser
        || (p instanceof Principal.RoleSession && !set.session().isEmpty());
    boolean endpointOn = endpointPolicy != null && request.get("aws:SourceVpce").isPresent();

    List<Hit> identity = iam ? applicable(set.identity(), PolicyKind.IDENTITY, 0, request, hasBoundary) : List.of();
    List<Hit> boundary = iam && hasBoundary
        ? applicable(List.of(set.permissionsBoundary().get()), PolicyKind.PERMISSIONS_BOUNDARY, 0, request, hasBoundary)
        : List.of();
    List<Hit> session = sessionOn ? applicable(set.session(), PolicyKind.SESSION, 0, request, hasBoundary) : List.of();
    List<Hit> resource = set.resourcePolicy().isPresent()
        ? applicable(List.of(set.resourcePolicy().get()), resourceKind, 0, request, hasBoundary) : List.of();
    List<List<Hit>> scp = scpOn ? levels(set.scpLevels(), PolicyKind.SCP, request, hasBoundary) : List.of();
    List<List<Hit>> rcp = rcpOn ? levels(set.rcpLevels(), PolicyKind.RCP, request, hasBoundary) : List.of();
    List<Hit> endpoint = endpointOn
        ? applicable(List.of(endpointPolicy), PolicyKind.VPC_ENDPOINT, 0, request, hasBoundary) : List.of();

    // S6.4: explicit deny sweep.
    List<MatchedStatement> denies = new ArrayList<>();
    for (List<Hit> hits : List.of(identity, boundary, session, resource, endpoint)) {
      denies.addAll(denies(hits));
    }
    scp.forEach(l -> denies.addAll(denies(l)));
    rcp.forEach(l -> denies.addAll(denies(l)));
    if (!denies.isEmpty()) {
      return new Result(Decision.EXPLICIT_DENY, denies, null, 0);
    }
    // S6.5 and S6.6: every level of a gate needs an applicable Allow.
    for (int l = 0; l < rcp.size(); l++) {
      if (allows(rcp.get(l)).isEmpty()) {
        return new Result(Decision.IMPLICIT_DENY, List.of(), PolicyKind.RCP, l);
      }
    }
    for (int l = 0; l < scp.size(); l++) {
      if (allows(scp.get(l)).isEmpty()) {
        return new Result(Decision.IMPLICIT_DENY, List.of(), PolicyKind.SCP, l);
      }
    }
    // S6.16: a VPC endpoint policy is a gate like the RCPs (the spec gives no order among the gates; iamkit
    // checks it after the SCPs, so that is the gate an explanation names when several lack an Allow).
    if (endpointOn && allows(endpoint).isEmpty()) {
      return new Result(Decision.IMPLICIT_DENY, List.of(), PolicyKind.VPC_ENDPOINT, 0);
    }
    List<MatchedStatement> gates = new ArrayList<>();
    scp.forEach(l -> gates.addAll(allows(l)));
    rcp.forEach(l -> gates.addAll(allows(l)));
    gates.addAll(allows(endpoint));

    List<Hit> r = resource.stream().filter(h -> h.statement().effect() == Effect.ALLOW).toList();
    boolean kmsKey = isKmsKey(request.resource());
    if (p instanceof Principal.Anonymous) {
      return grantByClass(r, resourceKind, gates, Match.WILDCARD);                       // S6.12
    }
    if (p instanceof Principal.ServicePrincipal) {
      return grantByClass(r, resourceKind, gates, Match.SERVICE, Match.WILDCARD);        // S6.13
    }
    if (p instanceof Principal.WebIdentityUser) {
      return grantByClass(r, resourceKind, gates, Match.FEDERATED, Match.WILDCARD);      // S2.4, S6.14
    }
    boolean same = sameAccount(principalAccount, resourceAccount);
    if (root) {
      return rootUser(same && !set.isTrustPolicy() && !kmsKey, r, resourceKind, gates);  // S6.11
    }
    boolean idAllow = !allows(identity).isEmpty();
    boolean bOk = !hasBoundary || !allows(boundary).isEmpty();
    boolean sOk = !sessionOn || !allows(session).isEmpty();
    List<MatchedStatement> limits = new ArrayList<>(allows(boundary));
    limits.addAll(allows(session));
    if (same) {
      return sameAccountIamPrincipal(set.isTrustPolicy() || kmsKey, set.isTrustPolicy(), r, resourceKind, idAllow,
          bOk, sOk, allows(identity), limits, gates);
    }
    return crossAccount(r, resourceKind, idAllow, bOk, sOk, allows(identity), limits, gates);
  }

  // ---- S6.3 branches ----

  /** S6.12, S6.13: a caller without an identity side needs a resource grant of one of {@code classes}. */
  private static Result grantByClass(List<Hit> r, PolicyKind resourceKind, List<MatchedStatement> gates,
      Match... classes) {
    List<MatchedStatement> grant = new ArrayList<>();
    for (Hit h : r) {
      if (Arrays.asList(classes).contains(h.match())) {
        grant.add(h.statement());
      }
    }
    if (grant.isEmpty()) {
      return new Result(Decision.IMPLICIT_DENY, List.of(), resourceKind, 0);
    }
    grant.addAll(gates);
    return new Result(Decision.ALLOW, grant, null, 0);
  }

  /** S6.11: the root user is allowed in its own account; elsewhere (and by trust or key policies) the resource grants. */
  private static Result rootUser(boolean allowedByDefault, List<Hit> r, PolicyKind resourceKind,
      List<MatchedStatement> gates) {
    List<MatchedStatement> grant = new ArrayList<>(gates);
    if (allowedByDefault) {
      return new Result(Decision.ALLOW, grant, null, 0);
    }
    if (r.isEmpty()) {
      return new Result(Decision.IMPLICIT_DENY, List.of(), resourceKind, 0);
    }
    r.forEach(h -> grant.add(h.statement()));
    return new Result(Decision.ALLOW, grant, null, 0);
  }

  /**
   * S6.7, S6.8, S6.14, S6.16: same account. A direct or wildcard grant allows on its own; a role grant needs the
   * boundary and the session policy; otherwise the identity chain decides, except that a trust policy or a KMS
   * key policy ({@code resourceMustGrant}) must grant, and for a key policy the identity chain counts only
   * through a grant to the account.
   */
  private static Result sameAccountIamPrincipal(boolean resourceMustGrant, boolean trust, List<Hit> r,
      PolicyKind resourceKind, boolean idAllow, boolean bOk, boolean sOk, List<MatchedStatement> identityAllows,
      List<MatchedStatement> limits, List<MatchedStatement> gates) {
    if (resourceMustGrant && r.isEmpty()) {
      return new Result(Decision.IMPLICIT_DENY, List.of(), resourceKind, 0);
    }
    List<MatchedStatement> grant = new ArrayList<>();
    boolean granted = false;
    List<MatchedStatement> roleGrants = new ArrayList<>();
    List<MatchedStatement> accountGrants = new ArrayList<>();
    for (Hit h : r) {
      switch (h.match()) {
        case DIRECT, WILDCARD -> {
          grant.add(h.statement());
          granted = true;
        }
        case ROLE -> roleGrants.add(h.statement());
        case ACCOUNT -> accountGrants.add(h.statement());
        default -> { }
      }
    }
    if (!roleGrants.isEmpty() && bOk && sOk) {
      grant.addAll(roleGrants);
      grant.addAll(limits);
      granted = true;
    }
    boolean keyPolicy = resourceMustGrant && !trust;
    boolean chainOk = idAllow && bOk && sOk;
    if (chainOk && (!keyPolicy || !accountGrants.isEmpty())) {
      grant.addAll(identityAllows);
      grant.addAll(limits);
      if (resourceMustGrant) {
        r.forEach(h -> grant.add(h.statement()));
      }
      granted = true;
    }
    if (granted) {
      grant.addAll(gates);
      return new Result(Decision.ALLOW, grant, null, 0);
    }
    PolicyKind blocking;
    if (!roleGrants.isEmpty()) {
      blocking = !bOk ? PolicyKind.PERMISSIONS_BOUNDARY : PolicyKind.SESSION;
    } else if (keyPolicy && chainOk) {
      blocking = resourceKind;
    } else {
      blocking = chainBlocking(idAllow, bOk);
    }
    return new Result(Decision.IMPLICIT_DENY, List.of(), blocking, 0);
  }

  /** S6.10: both sides must allow; any class of resource grant counts. */
  private static Result crossAccount(List<Hit> r, PolicyKind resourceKind, boolean idAllow, boolean bOk, boolean sOk,
      List<MatchedStatement> identityAllows, List<MatchedStatement> limits, List<MatchedStatement> gates) {
    if (!(idAllow && bOk && sOk)) {
      return new Result(Decision.IMPLICIT_DENY, List.of(), chainBlocking(idAllow, bOk), 0);
    }
    if (r.isEmpty()) {
      return new Result(Decision.IMPLICIT_DENY, List.of(), resourceKind, 0);
    }
    List<MatchedStatement> grant = new ArrayList<>(identityAllows);
    grant.addAll(limits);
    r.forEach(h -> grant.add(h.statement()));
    grant.addAll(gates);
    return new Result(Decision.ALLOW, grant, null, 0);
  }

  /** The first gate of the identity chain without an Allow: identity, boundary, session (S6.3 order). */
  private static PolicyKind chainBlocking(boolean idAllow, boolean bOk) {
    return !idAllow ? PolicyKind.IDENTITY : !bOk ? PolicyKind.PERMISSIONS_BOUNDARY : PolicyKind.SESSION;
  }

  private static boolean needsNoPermission(String action) {
    return action.equalsIgnoreCase("sts:GetCallerIdentity") || action.equalsIgnoreCase("sts:GetSessionToken");
  }

  private static boolean sameAccount(@Nullable AccountId a, @Nullable AccountId b) {
    return a != null && a.equals(b);
  }

  /** S6.16: {@code arn:aws:kms:REGION:ACCOUNT:key/ID}. */
  private static boolean isKmsKey(String resource) {
    String[] f = fields(resource);
    return f != null && f[2].equals("kms") && f[5].startsWith("key/");
  }

  private static String service(String action) {
    int colon = action.indexOf(':');
    return (colon < 0 ? action : action.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  /** S6.5, S9.5: the data list of services that support RCPs; one owner, read reflectively (package-private). */
  private static boolean rcpSupported(String service) {
    try {
      Class<?> c = Class.forName("dev.iamkit.core.internal.engine.RcpSupportedServices");
      Method m = c.getDeclaredMethod("supports", String.class);
      m.setAccessible(true);
      return (Boolean) m.invoke(null, service);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<MatchedStatement> denies(List<Hit> hits) {
    return hits.stream().filter(h -> h.statement().effect() == Effect.DENY).map(Hit::statement).toList();
  }

  private static List<MatchedStatement> allows(List<Hit> hits) {
    return hits.stream().filter(h -> h.statement().effect() == Effect.ALLOW).map(Hit::statement).toList();
  }

  private static List<List<Hit>> levels(List<List<NamedPolicy>> levels, PolicyKind kind, RequestContext request,
      boolean hasBoundary) {
    List<List<Hit>> out = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      out.add(applicable(levels.get(l), kind, l, request, hasBoundary));
    }
    return out;
  }

  // ---- S2.6: when a statement applies ----

  private static List<Hit> applicable(List<NamedPolicy> policies, PolicyKind kind, int level, RequestContext request,
      boolean hasBoundary) {
    List<Hit> hits = new ArrayList<>();
    for (NamedPolicy np : policies) {
      Policy policy = np.policy();
      boolean variables = policy.version().orElse(null) == PolicyVersion.V2012_10_17;   // S4.3
      List<Statement> statements = policy.statements();
      for (int i = 0; i < statements.size(); i++) {
        Statement s = statements.get(i);
        Match match = match(s, kind, variables, request, hasBoundary);
        if (match != Match.NONE) {
          hits.add(new Hit(MatchedStatement.of(kind, np.name(), level, i, s.sid().orElse(null), s.effect()), match));
        }
      }
    }
    return hits;
  }

  /** S2.6: whether {@code s} applies to the request, and how its principal part matched; NONE when it does not. */
  private static Match match(Statement s, PolicyKind kind, boolean variables, RequestContext request,
      boolean hasBoundary) {
    if (!actionPart(s, request.action())) {
      return Match.NONE;
    }
    if (kind != PolicyKind.TRUST && !resourcePart(s, kind, variables, request)) {
      return Match.NONE;
    }
    Match match = kind.hasPrincipal() ? principalPart(s, request.principal(), hasBoundary) : Match.DIRECT;
    if (match == Match.NONE || !conditionPart(s, variables, request)) {
      return Match.NONE;
    }
    return match;
  }

  /** Whether the statement {@code m} names applies to the request (S2.6), for checking an explanation. */
  static boolean applies(PolicySet set, RequestContext request, MatchedStatement m) {
    List<NamedPolicy> candidates = switch (m.kind()) {
      case IDENTITY -> set.identity();
      case PERMISSIONS_BOUNDARY -> set.permissionsBoundary().map(List::of).orElse(List.of());
      case SESSION -> set.session();
      case RESOURCE, TRUST -> set.resourcePolicy().map(List::of).orElse(List.of());
      case SCP -> m.level() < set.scpLevels().size() ? set.scpLevels().get(m.level()) : List.of();
      case RCP -> m.level() < set.rcpLevels().size() ? set.rcpLevels().get(m.level()) : List.of();
      case VPC_ENDPOINT -> set.vpcEndpointPolicy().map(List::of).orElse(List.of());
    };
    for (NamedPolicy np : candidates) {
      List<Statement> statements = np.policy().statements();
      if (np.name().equals(m.policyName()) && m.statementIndex() < statements.size()) {
        Statement s = statements.get(m.statementIndex());
        boolean variables = np.policy().version().orElse(null) == PolicyVersion.V2012_10_17;
        if (s.effect() == m.effect() && match(s, m.kind(), variables, request,
            set.permissionsBoundary().isPresent()) != Match.NONE) {
          return true;
        }
      }
    }
    return false;
  }

  /** S2.1, S2.3. */
  private static boolean actionPart(Statement s, String action) {
    if (s.action().isPresent()) {
      return anyAction(s.action().get(), action);
    }
    return s.notAction().isPresent() && !anyAction(s.notAction().get(), action);
  }

  private static boolean anyAction(OneOrMany<Action> entries, String action) {
    for (Action a : entries) {
      if (actionMatches(a.text(), action)) {
        return true;
      }
    }
    return false;
  }

  /** S2.1: {@code *}, or PREFIX:NAME with the prefix equal and the name a glob, both ignoring case. */
  static boolean actionMatches(String entry, String action) {
    if (entry.equals("*")) {
      return true;
    }
    int colon = entry.indexOf(':');
    int requestColon = action.indexOf(':');
    if (colon < 0 || entry.indexOf(':', colon + 1) >= 0 || requestColon < 0) {
      return false;
    }
    String name = entry.substring(colon + 1);
    if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    return lower(entry.substring(0, colon)).equals(lower(action.substring(0, requestColon)))
        && glob(wildcards(lower(name)), lower(action.substring(requestColon + 1)));
  }

  /** S2.2, S2.3. */
  private static boolean resourcePart(Statement s, PolicyKind kind, boolean variables, RequestContext request) {
    if (s.resource().isPresent()) {
      return anyResource(s.resource().get(), kind, variables, request);
    }
    if (s.notResource().isPresent()) {
      return !anyResource(s.notResource().get(), kind, variables, request);
    }
    return kind == PolicyKind.RESOURCE;   // S1.9: optional in resource policies, where it means the resource itself
  }

  private static boolean anyResource(OneOrMany<Resource> entries, PolicyKind kind, boolean variables,
      RequestContext request) {
    for (Resource r : entries) {
      if (resourceMatches(r.text(), kind, variables, request)) {
        return true;
      }
    }
    return false;
  }

  /** S2.2: {@code *}; otherwise six fields, the first five matched within the field, the sixth as one glob. */
  static boolean resourceMatches(String entry, PolicyKind kind, boolean variables, RequestContext request) {
    if (entry.equals("*")) {
      return true;
    }
    String[] requested = fields(request.resource());
    if (requested == null) {
      return false;   // the request resource "*" is matched only by the entry "*"
    }
    List<String> pattern = splitFields(entry);
    if (pattern.size() < 6 && !padsShortPattern(entry, pattern, kind)) {
      return false;
    }
    while (pattern.size() < 6) {
      pattern.add("*");
    }
    if (!pattern.get(0).equals("arn")) {
      return false;
    }
    for (int k = 1; k < 5; k++) {
      if (!glob(wildcards(lower(pattern.get(k))), lower(requested[k]))) {   // S1.12: case-insensitive
        return false;
      }
    }
    int[] last = template(pattern.get(5), variables, true, false, request);
    return last != null && glob(last, requested[5]);
  }

  /** S2.2: when a pattern with fewer than six fields is padded with {@code *}, by policy kind. */
  private static boolean padsShortPattern(String entry, List<String> fields, PolicyKind kind) {
    return switch (kind) {
      case IDENTITY, PERMISSIONS_BOUNDARY, SESSION -> true;
      case RESOURCE, TRUST -> entry.indexOf('*') >= 0 || entry.indexOf('?') >= 0;
      case SCP -> fields.get(fields.size() - 1).endsWith("*");
      case RCP, VPC_ENDPOINT -> false;
    };
  }

  // ---- S2.4, S2.5: principals ----

  static Match principalPart(Statement s, Principal p, boolean hasBoundary) {
    if (s.principal().isPresent()) {
      return principalMatch(s.principal().get(), p);
    }
    if (s.notPrincipal().isPresent()) {
      return notPrincipalMatch(s.notPrincipal().get(), s.effect(), p, hasBoundary);
    }
    return Match.NONE;
  }

  /** S2.4: the strongest class among the entries that name the caller. */
  private static Match principalMatch(PrincipalElement e, Principal p) {
    if (e.isWildcard()) {
      return Match.WILDCARD;
    }
    Match best = Match.NONE;
    for (Map.Entry<PrincipalType, OneOrMany<String>> entry : e.entries().entrySet()) {
      for (String value : entry.getValue()) {
        Match m = switch (entry.getKey()) {
          case AWS -> awsEntry(value, p);
          case SERVICE -> p instanceof Principal.ServicePrincipal sp && sp.name().equalsIgnoreCase(value)
              ? Match.SERVICE : Match.NONE;
          case FEDERATED -> p instanceof Principal.WebIdentityUser w && w.provider().equals(value)
              ? Match.FEDERATED : Match.NONE;
          case CANONICAL_USER -> Match.NONE;
        };
        if (m.compareTo(best) > 0) {
          best = m;
        }
      }
    }
    return best;
  }

  /** S2.4: one {@code AWS} entry against the caller's facets. */
  private static Match awsEntry(String value, Principal p) {
    if (value.equals("*")) {
      return Match.WILDCARD;
    }
    if (p instanceof Principal.IamUser u
        && (value.equals(u.arn().toString()) || u.uniqueId().map(value::equals).orElse(false))) {
      return Match.DIRECT;
    }
    if (p instanceof Principal.RoleSession rs) {
      if (value.equals(rs.sessionArn().toString())) {
        return Match.DIRECT;
      }
      if (value.equals(rs.roleArn().toString()) || rs.roleUniqueId().map(value::equals).orElse(false)) {
        return Match.ROLE;
      }
    }
    if (p instanceof Principal.FederatedUser f) {
      if (value.equals(f.arn().toString())) {
        return Match.DIRECT;
      }
      if (f.federatingUser().map(a -> a.toString().equals(value)).orElse(false)) {
        return Match.ROLE;
      }
    }
    return namesAccount(value, p) ? Match.ACCOUNT : Match.NONE;
  }

  /** An account ID or {@code arn:PARTITION:iam::ACCOUNT:root} naming the caller's account. */
  private static boolean namesAccount(String value, Principal p) {
    Optional<AccountId> account = p.account();
    if (account.isEmpty()) {
      return false;
    }
    return value.equals(account.get().value())
        || value.equals("arn:" + partition(p) + ":iam::" + account.get().value() + ":root");
  }

  private static String partition(Principal p) {
    if (p instanceof Principal.RootUser r) {
      return r.partition();
    }
    return p.principalArn().map(a -> a.partition()).orElse("aws");
  }

  /**
   * S2.5: NotPrincipal applies to every caller the list does not exclude; exclusion needs the whole chain (a unique
   * ID stands for the ARN it belongs to, S1.7). A Deny
   * always applies to an IAM user or role session with a permissions boundary. With Allow, a listed caller whose
   * chain is incomplete is covered only through its account (account class); others with the wildcard class.
   */
  private static Match notPrincipalMatch(PrincipalElement e, Effect effect, Principal p, boolean hasBoundary) {
    if (effect == Effect.DENY && hasBoundary
        && (p instanceof Principal.IamUser || p instanceof Principal.RoleSession)) {
      return Match.WILDCARD;
    }
    List<String> aws = values(e, PrincipalType.AWS);
    if (e.isWildcard() || aws.contains("*")) {
      return Match.NONE;
    }
    boolean accountListed = aws.stream().anyMatch(v -> namesAccount(v, p));
    List<String> own = new ArrayList<>();   // the caller's own ARNs
    boolean excluded;
    if (p instanceof Principal.RootUser) {
      excluded = accountListed;
    } else if (p instanceof Principal.IamUser u) {
      // S1.7: a unique ID is how IAM stores the user's (or role's) ARN, so it names the same facet.
      own.add(u.arn().toString());
      u.uniqueId().ifPresent(own::add);
      excluded = accountListed && (aws.contains(u.arn().toString()) || u.uniqueId().map(aws::contains).orElse(false));
    } else if (p instanceof Principal.RoleSession rs) {
      own.add(rs.sessionArn().toString());
      own.add(rs.roleArn().toString());
      rs.roleUniqueId().ifPresent(own::add);
      excluded = accountListed && aws.contains(rs.sessionArn().toString())
          && (aws.contains(rs.roleArn().toString()) || rs.roleUniqueId().map(aws::contains).orElse(false));
    } else if (p instanceof Principal.FederatedUser f) {
      own.add(f.arn().toString());
      excluded = accountListed && aws.contains(f.arn().toString());
    } else if (p instanceof Principal.ServicePrincipal sp) {
      excluded = values(e, PrincipalType.SERVICE).stream().anyMatch(sp.name()::equalsIgnoreCase);
    } else if (p instanceof Principal.WebIdentityUser w) {
      excluded = values(e, PrincipalType.FEDERATED).contains(w.provider());
    } else {
      excluded = false;   // anonymous: never excluded by a list
    }
    if (excluded) {
      return Match.NONE;
    }
    boolean listed = own.stream().anyMatch(aws::contains);
    return effect == Effect.ALLOW && listed ? Match.ACCOUNT : Match.WILDCARD;
  }

  private static List<String> values(PrincipalElement e, PrincipalType type) {
    return e.get(type).map(OneOrMany::values).orElse(List.of());
  }

  // ---- S3: conditions ----

  /**
   * S3.1: every operator and every key must hold (an operator without keys, even an unknown one, tests nothing,
   * S1.10). S3.14: an entry with an unreadable value never makes an Allow
   * apply and never keeps a Deny from applying.
   */
  private static boolean conditionPart(Statement s, boolean variables, RequestContext request) {
    if (s.condition().isEmpty()) {
      return true;
    }
    for (Map.Entry<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> op
        : s.condition().get().operators().entrySet()) {
      for (Map.Entry<ConditionKey, OneOrMany<ConditionValue>> key : op.getValue().entrySet()) {
        Truth t = entry(op.getKey(), key.getKey().text(), key.getValue().values(), variables, request);
        boolean holds = t == Truth.TRUE || (t == Truth.UNREADABLE && s.effect() == Effect.DENY);
        if (!holds) {
          return false;
        }
      }
    }
    return true;
  }

  /** One key under one operator: S3.2 (missing keys), S3.11 (Null), S3.12 (IfExists), S3.13 (qualifiers). */
  static Truth entry(ConditionOperator op, String key, List<ConditionValue> values, boolean variables,
      RequestContext request) {
    if (!op.isKnown() || op.base().isEmpty()) {
      return Truth.UNREADABLE;
    }
    BaseOperator base = op.base().get();
    for (ConditionValue v : values) {
      if (unreadable(base, v.text(), variables)) {
        return Truth.UNREADABLE;
      }
      if (base.family() == OperatorFamily.BOOLEAN) {
        // S3.7, S3.14: a Bool value that is (or whose variables resolve to) neither true nor false cannot be
        // read; an unresolvable variable is S4.5's business, not this rule's.
        String resolved = text(parse(v.text(), variables), request);
        if (resolved != null && Booleans.parse(resolved).isEmpty()) {
          return Truth.UNREADABLE;
        }
      }
    }
    Optional<ContextValue> value = request.get(key);
    if (base == BaseOperator.NULL) {
      boolean absent = value.isEmpty() || value.get().values().isEmpty();
      for (ConditionValue v : values) {
        if (Booleans.parse(v.text()).orElseThrow() == absent) {
          return Truth.TRUE;
        }
      }
      return Truth.FALSE;
    }
    Optional<SetQualifier> qualifier = op.qualifier();
    if (value.isEmpty()) {
      if (op.ifExists()) {
        return Truth.TRUE;
      }
      if (qualifier.isPresent()) {
        return truth(qualifier.get() == SetQualifier.FOR_ALL_VALUES);
      }
      return truth(base.isNegated());
    }
    ContextValue cv = value.get();
    if (qualifier.isEmpty()) {
      // S3.13: a multivalued key without a qualifier never satisfies a condition.
      return truth(!cv.isList() && singleValue(base, cv.values().get(0), values, variables, request));
    }
    List<String> requestValues = cv.values();
    if (qualifier.get() == SetQualifier.FOR_ALL_VALUES) {
      return truth(requestValues.stream().allMatch(v -> singleValue(base, v, values, variables, request)));
    }
    return truth(requestValues.stream().anyMatch(v -> singleValue(base, v, values, variables, request)));
  }

  private static Truth truth(boolean b) {
    return b ? Truth.TRUE : Truth.FALSE;
  }

  /** S3.14: a policy value that cannot be read for its operator. */
  static boolean unreadable(BaseOperator base, String text, boolean variables) {
    return switch (base.family()) {
      case NUMERIC -> Decimals.parse(text).isEmpty();
      case DATE -> Dates.parse(text).isEmpty();
      case IP_ADDRESS -> IpRange.parse(text).isEmpty();
      case ARN -> arnFields(parse(text, variables)).size() < 6;
      case NULL -> Booleans.parse(text).isEmpty();
      case BINARY -> Base64Values.decode(text).isEmpty();                 // S3.8, S3.14
      default -> false;
    };
  }

  /**
   * S3.1: one request value against all policy values: OR for a positive operator, NOR for a negated one.
   * S3.10: a request value that is not an ARN satisfies no ARN operator, positive or negated.
   */
  private static boolean singleValue(BaseOperator base, String requestValue, List<ConditionValue> values,
      boolean variables, RequestContext request) {
    if (base.family() == OperatorFamily.ARN && fields(requestValue) == null) {
      return false;
    }
    BaseOperator positive = base.positive();
    boolean any = false;
    for (ConditionValue v : values) {
      any |= compare(positive, requestValue, v.text(), variables, request);
    }
    return base.isNegated() ? !any : any;
  }

  /** A positive operator on one request value and one policy value (S3.4 to S3.10). */
  static boolean compare(BaseOperator op, String requestValue, String policyValue, boolean variables,
      RequestContext request) {
    return switch (op.family()) {
      case STRING -> {
        boolean ignoreCase = op == BaseOperator.STRING_EQUALS_IGNORE_CASE;
        int[] pattern = template(policyValue, variables, op == BaseOperator.STRING_LIKE, ignoreCase, request);
        yield pattern != null && glob(pattern, ignoreCase ? lower(requestValue) : requestValue);
      }
      case NUMERIC -> {
        Optional<BigDecimal> r = Decimals.parse(requestValue);
        yield r.isPresent() && ordered(op, r.get().compareTo(Decimals.parse(policyValue).orElseThrow()));
      }
      case DATE -> {
        Optional<Instant> r = Dates.parse(requestValue);
        yield r.isPresent() && ordered(op, r.get().compareTo(Dates.parse(policyValue).orElseThrow()));
      }
      case BOOLEAN -> {
        String resolved = text(parse(policyValue, variables), request);   // A6: variables allowed
        Optional<Boolean> p = resolved == null ? Optional.empty() : Booleans.parse(resolved);
        yield p.isPresent() && Booleans.parse(requestValue).equals(p);
      }
      case BINARY -> {
        Optional<byte[]> p = Base64Values.decode(policyValue);
        Optional<byte[]> r = Base64Values.decode(requestValue);
        yield p.isPresent() && r.isPresent() && Arrays.equals(p.get(), r.get());
      }
      case IP_ADDRESS -> {
        Optional<byte[]> address = IpRange.parseAddress(requestValue);
        yield address.isPresent() && IpRange.parse(policyValue).orElseThrow().contains(address.get());
      }
      case ARN -> arnMatches(policyValue, requestValue, variables, request);
      case NULL -> throw new IllegalArgumentException("Null is not a comparison");
    };
  }

  /** Numeric and date operators: the comparison of request value to policy value. */
  private static boolean ordered(BaseOperator op, int c) {
    return switch (op) {
      case NUMERIC_EQUALS, DATE_EQUALS -> c == 0;
      case NUMERIC_LESS_THAN, DATE_LESS_THAN -> c < 0;
      case NUMERIC_LESS_THAN_EQUALS, DATE_LESS_THAN_EQUALS -> c <= 0;
      case NUMERIC_GREATER_THAN, DATE_GREATER_THAN -> c > 0;
      case NUMERIC_GREATER_THAN_EQUALS, DATE_GREATER_THAN_EQUALS -> c >= 0;
      default -> throw new IllegalArgumentException(op.text());
    };
  }

  /** S3.10: six fields, each a case-sensitive glob; a {@code *} never crosses a colon of the first five. */
  private static boolean arnMatches(String policyValue, String requestValue, boolean variables,
      RequestContext request) {
    List<List<Piece>> pattern = arnFields(parse(policyValue, variables));
    String[] value = fields(requestValue);
    if (value == null || pattern.size() < 6) {
      return false;
    }
    for (int k = 0; k < 6; k++) {
      int[] tokens = tokens(pattern.get(k), true, false, request);
      if (tokens == null || !glob(tokens, value[k])) {
        return false;
      }
    }
    return true;
  }

  // ---- S4: policy variables ----

  /** A piece of policy text: literal text (wildcards per operator), an escape, or a variable. */
  sealed interface Piece permits Text, Escape, Variable {}

  record Text(String text) implements Piece {}

  record Escape(char c) implements Piece {}

  record Variable(String key, @Nullable String defaultValue) implements Piece {}

  /**
   * S4.1, S4.3, S4.6: {@code ${KEY}}, {@code ${KEY, 'DEFAULT'}} and the escapes {@code ${*}}, {@code ${?}},
   * {@code ${$}}, recognised only when the policy says Version 2012-10-17; {@code ${} without {@code }} and
   * anything else between the braces stays literal text.
   */
  static List<Piece> parse(String text, boolean variables) {
    List<Piece> pieces = new ArrayList<>();
    if (!variables) {
      pieces.add(new Text(text));
      return pieces;
    }
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("${", i);
      int close = open < 0 ? -1 : text.indexOf('}', open + 2);
      if (open < 0 || close < 0) {
        literal.append(text, i, text.length());
        break;
      }
      literal.append(text, i, open);
      Piece piece = piece(text.substring(open + 2, close));
      if (piece == null) {
        literal.append(text, open, close + 1);
      } else {
        if (literal.length() > 0) {
          pieces.add(new Text(literal.toString()));
          literal.setLength(0);
        }
        pieces.add(piece);
      }
      i = close + 1;
    }
    if (literal.length() > 0 || pieces.isEmpty()) {
      pieces.add(new Text(literal.toString()));
    }
    return pieces;
  }

  private static @Nullable Piece piece(String inner) {
    if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
      return new Escape(inner.charAt(0));
    }
    int comma = inner.indexOf(',');
    String key = comma < 0 ? inner : inner.substring(0, comma);
    if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
      return null;
    }
    if (comma < 0) {
      return new Variable(key, null);
    }
    String rest = inner.substring(comma + 1).stripLeading();
    if (rest.length() < 2 || rest.charAt(0) != '\'' || rest.charAt(rest.length() - 1) != '\''
        || rest.indexOf('\'', 1) != rest.length() - 1) {
      return null;
    }
    return new Variable(key, rest.substring(1, rest.length() - 1));
  }

  /** S4.4, S4.5, S4.7: the value of a variable; null when the key is absent without default, or multivalued. */
  private static @Nullable String resolve(Variable v, RequestContext request) {
    Optional<ContextValue> value = request.get(v.key());
    if (value.isEmpty()) {
      return v.defaultValue();
    }
    if (value.get().isList()) {
      return null;
    }
    return value.get().values().get(0);
  }

  /**
   * The glob tokens of policy text: wildcards of the text (when {@code wildcards}) are wildcards, escapes and
   * substituted values are literal (S4.4, S4.6); null when a variable cannot be resolved.
   */
  private static int @Nullable [] template(String text, boolean variables, boolean wildcards, boolean ignoreCase,
      RequestContext request) {
    return tokens(parse(text, variables), wildcards, ignoreCase, request);
  }

  private static final int STAR = -1;
  private static final int ANY = -2;

  private static int @Nullable [] tokens(List<Piece> pieces, boolean wildcards, boolean ignoreCase,
      RequestContext request) {
    List<Integer> out = new ArrayList<>();
    for (Piece piece : pieces) {
      String literal;
      if (piece instanceof Text t) {
        String s = ignoreCase ? lower(t.text()) : t.text();
        s.codePoints().forEach(c -> out.add(wildcards && c == '*' ? STAR : wildcards && c == '?' ? ANY : c));
        continue;
      } else if (piece instanceof Escape e) {
        literal = String.valueOf(e.c());
      } else {
        literal = resolve((Variable) piece, request);
        if (literal == null) {
          return null;
        }
      }
      (ignoreCase ? lower(literal) : literal).codePoints().forEach(out::add);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The text with variables and escapes replaced; null when a variable cannot be resolved. */
  private static @Nullable String text(List<Piece> pieces, RequestContext request) {
    StringBuilder sb = new StringBuilder();
    for (Piece piece : pieces) {
      if (piece instanceof Text t) {
        sb.append(t.text());
      } else if (piece instanceof Escape e) {
        sb.append(e.c());
      } else {
        String value = resolve((Variable) piece, request);
        if (value == null) {
          return null;
        }
        sb.append(value);
      }
    }
    return sb.toString();
  }

  /** Splits pieces into ARN fields at the first five colons of literal text (never inside a variable). */
  private static List<List<Piece>> arnFields(List<Piece> pieces) {
    List<List<Piece>> fields = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    for (Piece piece : pieces) {
      if (piece instanceof Text t) {
        String s = t.text();
        int start = 0;
        int colon;
        while (fields.size() < 5 && (colon = s.indexOf(':', start)) >= 0) {
          current.add(new Text(s.substring(start, colon)));
          fields.add(current);
          current = new ArrayList<>();
          start = colon + 1;
        }
        current.add(new Text(s.substring(start)));
      } else {
        current.add(piece);
      }
    }
    fields.add(current);
    return fields;
  }

  // ---- S2: globs and ARN fields ----

  private static int[] wildcards(String pattern) {
    return pattern.codePoints().map(c -> c == '*' ? STAR : c == '?' ? ANY : c).toArray();
  }

  /** S2: the whole text must match; {@code *} any sequence, {@code ?} one code point. Plain recursion, memoised. */
  static boolean glob(int[] pattern, String text) {
    int[] t = text.codePoints().toArray();
    return glob(pattern, 0, t, 0, new Boolean[pattern.length + 1][t.length + 1]);
  }

  private static boolean glob(int[] p, int i, int[] t, int j, Boolean[][] memo) {
    if (memo[i][j] != null) {
      return memo[i][j];
    }
    boolean result;
    if (i == p.length) {
      result = j == t.length;
    } else if (p[i] == STAR) {
      result = glob(p, i + 1, t, j, memo) || (j < t.length && glob(p, i, t, j + 1, memo));
    } else {
      result = j < t.length && (p[i] == ANY || p[i] == t[j]) && glob(p, i + 1, t, j + 1, memo);
    }
    memo[i][j] = result;
    return result;
  }

  /** The six fields of an ARN-shaped value ({@code arn:} and five colons), or null. */
  static String @Nullable [] fields(String value) {
    if (!value.startsWith("arn:")) {
      return null;
    }
    List<String> f = splitFields(value);
    return f.size() == 6 ? f.toArray(new String[0]) : null;
  }

  /** Splits at the first five colons. */
  private static List<String> splitFields(String value) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int colon;
    while (out.size() < 5 && (colon = value.indexOf(':', start)) >= 0) {
      out.add(value.substring(start, colon));
      start = colon + 1;
    }
    out.add(value.substring(start));
    return out;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
