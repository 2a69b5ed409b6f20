package dev.iamkit.core.directory;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.OrganizationPolicies;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Group;
import dev.iamkit.core.identity.Organization;
import dev.iamkit.core.identity.OrganizationalUnit;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Role;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Gathers what one request needs from the directory (S5.9, S6.1): the policy set of the session's
 * principal and of the resource, and the context keys AWS fills. The decision itself is the
 * {@link Evaluator}'s.
 */
final class Authorizer {
  /** AWS's RCPFullAWSAccess, implied at every level of the organization (S9.4). */
  static final NamedPolicy RCP_FULL_ACCESS = OrganizationPolicies.RCP_FULL_AWS_ACCESS;

  /** The action a principal's template request carries until each request sets its own. */
  private static final String TEMPLATE_ACTION = "sts:GetCallerIdentity";
  private final Clock clock;
  /** The time keys of the latest second asked for (an immutable value; a race only repeats the work). */
  private volatile @Nullable TimeKeys time;

  Authorizer(Clock clock) {
    this.clock = clock;
  }

  Evaluation authorize(Directory d, Session session, String action, String resource, Map<String, ContextValue> context) {
    return evaluate(d, session, action, resource, context, null);
  }

  /**
   * Gathers and decides one request. What depends only on the snapshot and the session's principal (its
   * policy sets, its principal keys, organization keys and tags) or only on the snapshot and the resource
   * (its account, policy, organization keys and tags) is gathered once per snapshot (see
   * {@link SnapshotCache}); each request adds the time and session keys and the caller's context.
   *
   * @param overrides keys set after {@code context} and before the defaults (the STS keys of a trust
   *     evaluation), or null
   */
  Evaluation evaluate(Directory d, Session session, String action, String resource, Map<String, ContextValue> context,
      @Nullable Consumer<RequestContext.Builder> overrides) {
    java.util.Objects.requireNonNull(action, "action");
    java.util.Objects.requireNonNull(resource, "resource");
    java.util.Objects.requireNonNull(context, "context");
    PrincipalSide principal = d.principalSides().get(new PrincipalKey(session), k -> principalSide(d, session));
    // The template holds the principal's keys; the caller's context then replaces any of them it names.
    RequestContext.Builder b = principal.template().toBuilder().principal(session.principal()).action(action)
        .resource(resource);
    ResourceSide res = d.resourceSides().get(resource, r -> resourceSide(d, r));
    AccountId resourceAccount = res.account();
    if (resourceAccount != null && !resource.equals("*")) {
      b.resourceAccount(resourceAccount);
    }
    context.forEach(b::context);
    if (overrides != null) {
      overrides.accept(b);
    }
    fillRequestDefaults(session, b, res);
    boolean trust = isTrustAction(action);
    // The snapshot never changes, so the set is gathered and compiled once per principal, session policies
    // (the session's own list), resource policy or trust policy, and resource account.
    PolicySet policies = d.policySets().get(new SetKey(principal, trust ? res.trustKey() : res.policyKey()),
        k -> gather(d, session, res, trust));
    return Evaluator.standard().evaluate(policies, b.build());
  }

  /** The policy set of {@code session}'s principal for a resource side (S6.1): identity side, RCPs, resource or trust policy. */
  private PolicySet gather(Directory d, Session session, ResourceSide res, boolean trust) {
    PolicySet.Builder set = identitySide(d, session);
    rcps(d, Optional.ofNullable(res.account()), set);
    Role role = res.trustRole();
    AwsResource listed = res.listed();
    if (trust && role != null) {
      set.trustPolicy(new NamedPolicy("trust:" + role.name(), role.trustPolicy()));
    } else if (listed != null) {
      set.resourcePolicy(new NamedPolicy(listed.arn(), listed.policy().orElseThrow()));
    }
    return set.build();
  }

  /** What a principal side depends on besides the snapshot: the principal, its session policies and tags. */
  static final class PrincipalKey {
    private final Principal principal;
    private final List<NamedPolicy> sessionPolicies;
    private final Map<String, String> sessionTags;

    PrincipalKey(Session session) {
      this.principal = session.principal();
      this.sessionPolicies = session.sessionPolicies();
      this.sessionTags = session.sessionTags();
    }

    /** Equal principals and tags, and the same list of session policies (a session keeps its list for life). */
    @Override
    @SuppressWarnings("ReferenceEquality") // identity is the point for the session policies: see above
    public boolean equals(@Nullable Object o) {
      return o instanceof PrincipalKey k && k.sessionPolicies == sessionPolicies && k.principal.equals(principal)
          && k.sessionTags.equals(sessionTags);
    }

    @Override
    public int hashCode() {
      return (principal.hashCode() * 31 + System.identityHashCode(sessionPolicies)) * 31 + sessionTags.hashCode();
    }
  }

  /**
   * What the snapshot says about a principal: a request holding its keys (principal keys, organization keys,
   * principal tags). Equal only to itself: a policy set is kept by the principal side it was gathered for.
   */
  static final class PrincipalSide {
    private final RequestContext template;

    PrincipalSide(RequestContext template) {
      this.template = template;
    }

    RequestContext template() {
      return template;
    }
  }

  /** What a gathered policy set depends on besides the snapshot and the principal side. */
  record PolicyKey(@Nullable Arn trustRole, @Nullable String resourcePolicy, @Nullable AccountId resourceAccount) {}

  /** A gathered policy set's key: the principal side (by identity) and the resource side's policy key. */
  record SetKey(PrincipalSide principal, PolicyKey policy) {}

  /**
   * What the snapshot says about a requested resource: its account, the role whose trust policy decides a
   * trust action on it, the listed resource whose policy applies, the policy-set keys for trust and other
   * actions, and the keys it fills (S5.7, S5.9).
   */
  record ResourceSide(@Nullable AccountId account, @Nullable Role trustRole, @Nullable AwsResource listed,
      PolicyKey policyKey, PolicyKey trustKey, List<Default> defaults) {}

  /** A key filled unless the request has it (any case): its name, its lower-cased name (looked up without copying), its value. */
  record Default(String key, String lower, ContextValue value) {
    static Default of(String key, ContextValue value) {
      return new Default(key, key.toLowerCase(Locale.ROOT), value);
    }

    void fill(RequestContext.Builder b) {
      if (!b.has(lower)) {
        b.context(key, value);
      }
    }
  }

  private PrincipalSide principalSide(Directory d, Session session) {
    RequestContext.Builder t = RequestContext.builder().principal(session.principal()).action(TEMPLATE_ACTION)
        .withDefaultPrincipalKeys();
    Principal p = session.principal();
    Optional<Organization> org = d.organization();
    p.account().ifPresent(a -> org.ifPresent(o -> o.orgPath(a).ifPresent(path -> {
      putDefault(t, "aws:PrincipalOrgID", ContextValue.string(o.id()));
      putDefault(t, "aws:PrincipalOrgPaths", ContextValue.strings(List.of(path)));
    })));
    principalTags(d, session).forEach((k, v) -> putDefault(t, "aws:PrincipalTag/" + k, ContextValue.string(v)));
    return new PrincipalSide(t.build());
  }

  private static ResourceSide resourceSide(Directory d, String resource) {
    @Nullable AccountId account = d.resourceAccount(resource).orElse(null);
    @Nullable Role role = Arn.tryParse(resource).flatMap(d::role).orElse(null);
    @Nullable AwsResource listed = d.resource(resource).filter(r -> r.policy().isPresent()).orElse(null);
    @Nullable String listedArn = listed == null ? null : listed.arn();
    PolicyKey policyKey = new PolicyKey(null, listedArn, account);
    PolicyKey trustKey = role == null ? policyKey : new PolicyKey(role.arn(), null, account);
    Map<String, Default> defaults = new LinkedHashMap<>();
    if (!resource.equals("*")) {
      Optional<Organization> org = d.organization();
      if (account != null) {
        addDefault(defaults, "aws:ResourceAccount", ContextValue.string(account.value()));
        org.ifPresent(o -> o.orgPath(account).ifPresent(path -> {
          addDefault(defaults, "aws:ResourceOrgID", ContextValue.string(o.id()));
          addDefault(defaults, "aws:ResourceOrgPaths", ContextValue.strings(List.of(path)));
        }));
      }
      resourceTags(d, resource).forEach((k, v) -> addDefault(defaults, "aws:ResourceTag/" + k, ContextValue.string(v)));
    }
    return new ResourceSide(account, role, listed, policyKey, trustKey, List.copyOf(defaults.values()));
  }

  /** Adds a default unless one of the same name ignoring case came first (the first one fills the key). */
  private static void addDefault(Map<String, Default> defaults, String key, ContextValue value) {
    Default d = Default.of(key, value);
    defaults.putIfAbsent(d.lower(), d);
  }

  /** Whether the action is decided against a role's trust policy (S6.14). */
  static boolean isTrustAction(String action) {
    if (!action.regionMatches(true, 0, "sts:", 0, 4)) {
      return false; // a cheap filter on the request path: every trust action is an sts: action
    }
    String a = action.toLowerCase(Locale.ROOT);
    return a.equals("sts:assumerole") || a.equals("sts:assumerolewithsaml") || a.equals("sts:assumerolewithwebidentity")
        || a.equals("sts:tagsession") || a.equals("sts:setsourceidentity");
  }

  /**
   * Fills, where not already set, the keys that vary per request or per session (S5.2, S5.3) and the
   * resource's keys (S5.7, S5.9): time keys, session keys, then the resource side's defaults.
   */
  private void fillRequestDefaults(Session session, RequestContext.Builder b, ResourceSide res) {
    Instant now = clock.instant();
    for (Default d : timeKeys(now)) {
      d.fill(b);
    }
    if (session.isTemporary()) {
      putDefault(b, "aws:MultiFactorAuthPresent", ContextValue.bool(session.mfaAuthenticated()));
      session.mfaAuthenticatedAt().ifPresent(at -> putDefault(b, "aws:MultiFactorAuthAge",
          ContextValue.numeric(Math.max(0, Duration.between(at, now).toSeconds()))));
      session.tokenIssueTime().ifPresent(t -> putDefault(b, "aws:TokenIssueTime",
          ContextValue.date(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))));
    }
    session.sourceIdentity().ifPresent(s -> putDefault(b, "aws:SourceIdentity", ContextValue.string(s)));
    for (Default d : res.defaults()) {
      d.fill(b);
    }
  }

  /** {@code aws:CurrentTime} and {@code aws:EpochTime} of {@code now}'s second, as RequestContext fills them (S5.3). */
  private List<Default> timeKeys(Instant now) {
    long second = now.getEpochSecond();
    TimeKeys t = time;
    if (t == null || t.second() != second) {
      RequestContext c = RequestContext.builder().principal(Principal.Anonymous.INSTANCE).action(TEMPLATE_ACTION)
          .withDefaultTimeKeys(now).build();
      List<Default> entries = new ArrayList<>();
      c.values().forEach((lower, v) -> entries.add(new Default(c.keyNames().getOrDefault(lower, lower), lower, v)));
      t = new TimeKeys(second, List.copyOf(entries));
      time = t;
    }
    return t.entries();
  }

  /** The time keys of one second. */
  private record TimeKeys(long second, List<Default> entries) {}

  private static void putDefault(RequestContext.Builder b, String key, ContextValue value) {
    if (!b.has(key)) {
      b.context(key, value);
    }
  }

  /** User tags, or role tags overlaid by session tags (session tags win, keys compared ignoring case; S5.1). */
  static Map<String, String> principalTags(Directory d, Session session) {
    Map<String, String> tags = new LinkedHashMap<>();
    Principal p = session.principal();
    if (p instanceof Principal.IamUser u) {
      u.account().flatMap(a -> d.user(a, u.name())).ifPresent(user -> tags.putAll(user.tags()));
    } else if (p instanceof Principal.RoleSession rs) {
      d.role(rs.roleArn()).ifPresent(r -> tags.putAll(r.tags()));
      session.sessionTags().forEach((k, v) -> {
        tags.keySet().removeIf(existing -> existing.equalsIgnoreCase(k));
        tags.put(k, v);
      });
    }
    return tags;
  }

  /** The tags of the requested resource: a listed resource with that exact ARN, or a user or role. */
  private static Map<String, String> resourceTags(Directory d, String resource) {
    Optional<AwsResource> listed = d.resource(resource).filter(r -> r.arn().equals(resource));
    if (listed.isPresent()) {
      return listed.get().tags();
    }
    Optional<Arn> arn = Arn.tryParse(resource);
    if (arn.isPresent() && arn.get().service().equals("iam")) {
      Optional<Role> role = d.role(arn.get());
      if (role.isPresent()) {
        return role.get().tags();
      }
      String res = arn.get().resource();
      if (res.startsWith("user/")) {
        return arn.get().accountId().flatMap(a -> d.user(a, res.substring(res.lastIndexOf('/') + 1)))
            .filter(u -> u.arn().equals(arn.get())).map(User::tags).orElse(Map.of());
      }
    }
    return Map.of();
  }

  /**
   * The principal's side (S6.9): identity policies (the user's and its groups', or the role's), boundary,
   * session policies, and the SCP levels of its account (S6.6). Root users have no identity policies
   * (S6.11); services have no identity side (S6.13).
   */
  PolicySet.Builder identitySide(Directory d, Session session) {
    PolicySet.Builder set = PolicySet.builder();
    Principal p = session.principal();
    @Nullable Arn boundary = null;
    if (p instanceof Principal.IamUser u) {
      Optional<User> user = u.account().flatMap(a -> d.user(a, u.name())).filter(x -> x.arn().equals(u.arn()));
      if (user.isPresent()) {
        User x = user.get();
        x.inlinePolicies().forEach((name, doc) -> set.identity(new NamedPolicy(name, doc)));
        attached(d, x.attachedPolicies(), set);
        for (String groupName : x.groups()) {
          Optional<Group> g = d.group(x.account(), groupName);
          if (g.isPresent()) {
            g.get().inlinePolicies().forEach((name, doc) -> set.identity(new NamedPolicy(g.get().name() + "/" + name, doc)));
            attached(d, g.get().attachedPolicies(), set);
          }
        }
        boundary = x.permissionsBoundary().orElse(null);
      }
    } else if (p instanceof Principal.RoleSession rs) {
      Optional<Role> role = d.role(rs.roleArn());
      if (role.isPresent()) {
        role.get().inlinePolicies().forEach((name, doc) -> set.identity(new NamedPolicy(name, doc)));
        attached(d, role.get().attachedPolicies(), set);
        boundary = role.get().permissionsBoundary().orElse(null);
      }
      session.sessionPolicies().forEach(set::session);
    }
    if (boundary != null) {
      Arn b = boundary;
      d.policy(b.toString()).ifPresent(m -> set.permissionsBoundary(new NamedPolicy(m.name(), m.document())));
    }
    Optional<Organization> org = d.organization();
    Optional<AccountId> account = p.account();
    if (org.isPresent() && account.isPresent()) {
      List<OrganizationalUnit> path = org.get().path(account.get());
      path.forEach(level -> set.scpLevel(level.scps()));
      set.managementAccount(org.get().managementAccount());
    }
    return set;
  }

  private static void attached(Directory d, List<Arn> arns, PolicySet.Builder set) {
    for (Arn arn : arns) {
      d.policy(arn.toString()).ifPresent(m -> set.identity(new NamedPolicy(m.name(), m.document())));
    }
  }

  /**
   * The RCP levels of the resource's account (S6.5): each level holds RCPFullAWSAccess and the level's own
   * RCPs. Left out when no level has an RCP of its own, where they could only allow.
   */
  static void rcps(Directory d, Optional<AccountId> resourceAccount, PolicySet.Builder set) {
    Optional<Organization> org = d.organization();
    if (org.isEmpty() || resourceAccount.isEmpty()) {
      return;
    }
    List<OrganizationalUnit> path = org.get().path(resourceAccount.get());
    if (path.stream().allMatch(level -> level.rcps().isEmpty())) {
      return;
    }
    for (OrganizationalUnit level : path) {
      List<NamedPolicy> policies = new ArrayList<>();
      policies.add(RCP_FULL_ACCESS);
      policies.addAll(level.rcps());
      set.rcpLevel(policies);
    }
    set.managementAccount(org.get().managementAccount());
  }
}
