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
import org.jspecify.annotations.Nullable;

/**
 * Gathers what one request needs from the directory (S5.9, S6.1): the policy set of the session's
 * principal and of the resource, and the context keys AWS fills. The decision itself is the
 * {@link Evaluator}'s.
 */
final class Authorizer {
  /** AWS's RCPFullAWSAccess, implied at every level of the organization (S9.4). */
  static final NamedPolicy RCP_FULL_ACCESS = OrganizationPolicies.RCP_FULL_AWS_ACCESS;

  private final Clock clock;

  Authorizer(Clock clock) {
    this.clock = clock;
  }

  Evaluation authorize(Directory d, Session session, String action, String resource, Map<String, ContextValue> context) {
    java.util.Objects.requireNonNull(action, "action");
    java.util.Objects.requireNonNull(resource, "resource");
    java.util.Objects.requireNonNull(context, "context");
    RequestContext.Builder request = request(d, session, action, resource);
    context.forEach(request::context);
    fillDefaults(d, session, request, resource);
    Optional<AccountId> resourceAccount = d.resourceAccount(resource);
    Optional<Role> role = isTrustAction(action) ? Arn.tryParse(resource).flatMap(d::role) : Optional.empty();
    Optional<AwsResource> listed = role.isPresent() ? Optional.empty() : d.resource(resource).filter(r -> r.policy().isPresent());
    // The snapshot never changes, so the set is gathered and compiled once per principal, session policies
    // (the session's own list), resource policy or trust policy, and resource account.
    SetKey key = new SetKey(session.principal(), new Same(session.sessionPolicies()), role.map(Role::arn).orElse(null),
        listed.map(AwsResource::arn).orElse(null), resourceAccount.orElse(null));
    PolicySet policies = d.policySets().computeIfAbsent(key, k -> {
      PolicySet.Builder set = identitySide(d, session);
      rcps(d, resourceAccount, set);
      if (role.isPresent()) {
        set.trustPolicy(new NamedPolicy("trust:" + role.get().name(), role.get().trustPolicy()));
      } else {
        listed.ifPresent(r -> set.resourcePolicy(new NamedPolicy(r.arn(), r.policy().orElseThrow())));
      }
      return set.build();
    });
    return Evaluator.standard().evaluate(policies, request.build());
  }

  /** What a gathered policy set depends on, besides the snapshot. */
  private record SetKey(Principal principal, Same sessionPolicies, @Nullable Arn trustRole, @Nullable String resourcePolicy,
      @Nullable AccountId resourceAccount) {}

  /** A list compared by identity: a session keeps its list of session policies for its whole life. */
  private static final class Same {
    private final List<NamedPolicy> list;

    Same(List<NamedPolicy> list) {
      this.list = list;
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // identity is the point: see the class comment
    public boolean equals(@Nullable Object o) {
      return o instanceof Same other && other.list == list;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(list);
    }
  }

  /** Whether the action is decided against a role's trust policy (S6.14). */
  static boolean isTrustAction(String action) {
    String a = action.toLowerCase(Locale.ROOT);
    return a.equals("sts:assumerole") || a.equals("sts:assumerolewithsaml") || a.equals("sts:assumerolewithwebidentity")
        || a.equals("sts:tagsession") || a.equals("sts:setsourceidentity");
  }

  /** The request with principal, action, resource and the resource's account from the directory. */
  RequestContext.Builder request(Directory d, Session session, String action, String resource) {
    RequestContext.Builder b = RequestContext.builder().principal(session.principal()).action(action).resource(resource);
    if (!resource.equals("*")) {
      d.resourceAccount(resource).ifPresent(b::resourceAccount);
    }
    return b;
  }

  /**
   * Fills, where not already set, every key the directory knows (S5.1-S5.3, S5.7, S5.9): principal keys,
   * organization keys, principal tags, session keys, time keys, resource keys.
   */
  void fillDefaults(Directory d, Session session, RequestContext.Builder b, String resource) {
    Instant now = clock.instant();
    b.withDefaultPrincipalKeys().withDefaultTimeKeys(now);
    Principal p = session.principal();
    Optional<Organization> org = d.organization();
    p.account().ifPresent(a -> org.ifPresent(o -> o.orgPath(a).ifPresent(path -> {
      putDefault(b, "aws:PrincipalOrgID", ContextValue.string(o.id()));
      putDefault(b, "aws:PrincipalOrgPaths", ContextValue.strings(List.of(path)));
    })));
    principalTags(d, session).forEach((k, v) -> putDefault(b, "aws:PrincipalTag/" + k, ContextValue.string(v)));
    if (session.isTemporary()) {
      putDefault(b, "aws:MultiFactorAuthPresent", ContextValue.bool(session.mfaAuthenticated()));
      session.mfaAuthenticatedAt().ifPresent(at -> putDefault(b, "aws:MultiFactorAuthAge",
          ContextValue.numeric(Math.max(0, Duration.between(at, now).toSeconds()))));
      session.tokenIssueTime().ifPresent(t -> putDefault(b, "aws:TokenIssueTime",
          ContextValue.date(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))));
    }
    session.sourceIdentity().ifPresent(s -> putDefault(b, "aws:SourceIdentity", ContextValue.string(s)));
    if (resource.equals("*")) {
      return;
    }
    Optional<AccountId> resourceAccount = d.resourceAccount(resource);
    resourceAccount.ifPresent(a -> {
      putDefault(b, "aws:ResourceAccount", ContextValue.string(a.value()));
      org.ifPresent(o -> o.orgPath(a).ifPresent(path -> {
        putDefault(b, "aws:ResourceOrgID", ContextValue.string(o.id()));
        putDefault(b, "aws:ResourceOrgPaths", ContextValue.strings(List.of(path)));
      }));
    });
    resourceTags(d, resource).forEach((k, v) -> putDefault(b, "aws:ResourceTag/" + k, ContextValue.string(v)));
  }

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
