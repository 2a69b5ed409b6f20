package dev.iamkit.core.eval;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.internal.engine.CompiledPolicySet;
import dev.iamkit.core.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every policy that applies to one principal and one resource (S6.1): identity policies, permissions
 * boundary, session policies, the resource's policy or the role's trust policy, the SCP and RCP
 * levels of the organization, and the policy of the VPC endpoint the request comes through (S6.16).
 * Immutable and thread-safe; policies are compiled once, when the set is built, and the set can be evaluated
 * against any number of requests.
 *
 * <pre>{@code
 * PolicySet set = PolicySet.builder()
 *     .identity(new NamedPolicy("ReadOnly", readOnly))
 *     .permissionsBoundary(new NamedPolicy("Boundary", boundary))
 *     .scpLevel(List.of(new NamedPolicy("FullAWSAccess", fullAccess)))   // organization root
 *     .scpLevel(List.of(new NamedPolicy("DenyRegions", denyRegions)))    // the account
 *     .build();
 * }</pre>
 */
public final class PolicySet {
  private final List<NamedPolicy> identity;
  private final @Nullable NamedPolicy permissionsBoundary;
  private final List<NamedPolicy> session;
  private final @Nullable NamedPolicy resourcePolicy;
  private final boolean trustPolicy;
  private final List<List<NamedPolicy>> scpLevels;
  private final List<List<NamedPolicy>> rcpLevels;
  private final @Nullable AccountId managementAccount;
  private final @Nullable NamedPolicy vpcEndpointPolicy;
  private final CompiledPolicySet compiled;

  private PolicySet(Builder b) {
    this.identity = List.copyOf(b.identity);
    this.permissionsBoundary = b.permissionsBoundary;
    this.session = List.copyOf(b.session);
    this.resourcePolicy = b.resourcePolicy;
    this.trustPolicy = b.trustPolicy;
    this.scpLevels = b.scpLevels.stream().map(List::copyOf).toList();
    this.rcpLevels = b.rcpLevels.stream().map(List::copyOf).toList();
    this.managementAccount = b.managementAccount;
    this.vpcEndpointPolicy = b.vpcEndpointPolicy;
    this.compiled = CompiledPolicySet.compile(this); // last: reads the fields above
  }

  /** The compiled form the {@link Evaluator} works on, built once with the set. */
  CompiledPolicySet compiled() {
    return compiled;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this set's policies. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.identity.addAll(identity);
    b.permissionsBoundary = permissionsBoundary;
    b.session.addAll(session);
    b.resourcePolicy = resourcePolicy;
    b.trustPolicy = trustPolicy;
    scpLevels.forEach(l -> b.scpLevels.add(new ArrayList<>(l)));
    rcpLevels.forEach(l -> b.rcpLevels.add(new ArrayList<>(l)));
    b.managementAccount = managementAccount;
    b.vpcEndpointPolicy = vpcEndpointPolicy;
    return b;
  }

  /** The caller's identity policies (user and group policies, or the role's). */
  public List<NamedPolicy> identity() {
    return identity;
  }

  /** The caller's permissions boundary, if any. */
  public Optional<NamedPolicy> permissionsBoundary() {
    return Optional.ofNullable(permissionsBoundary);
  }

  /** The session policies (inline and managed), acting as one set (S6.9, A12). */
  public List<NamedPolicy> session() {
    return session;
  }

  /** The resource's policy, or the role's trust policy when {@link #isTrustPolicy()}. */
  public Optional<NamedPolicy> resourcePolicy() {
    return Optional.ofNullable(resourcePolicy);
  }

  /** Whether {@link #resourcePolicy()} is a role trust policy, which must always grant (S6.14). */
  public boolean isTrustPolicy() {
    return trustPolicy;
  }

  /** The SCP levels from the organization root down to the principal's account; empty: not in an organization. */
  public List<List<NamedPolicy>> scpLevels() {
    return scpLevels;
  }

  /** The RCP levels from the organization root down to the resource's account; empty: no RCPs. */
  public List<List<NamedPolicy>> rcpLevels() {
    return rcpLevels;
  }

  /** The organization's management account, whose principals and resources SCPs and RCPs do not restrict. */
  public Optional<AccountId> managementAccount() {
    return Optional.ofNullable(managementAccount);
  }

  /**
   * The policy of the VPC endpoint the request comes through, if any (S6.16). It takes part only in requests that
   * carry {@code aws:SourceVpce}; it must allow them, and its Deny is final.
   */
  public Optional<NamedPolicy> vpcEndpointPolicy() {
    return Optional.ofNullable(vpcEndpointPolicy);
  }

  /**
   * The names of the policies by kind, for logs: {@code PolicySet{identity=[identity[0]], permissionsBoundary=pb,
   * resource=BucketPolicy, scp=[[FullAWSAccess], [DenyS3]]}}. Kinds without policies are left out.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PolicySet{");
    List<String> parts = new ArrayList<>();
    if (!identity.isEmpty()) {
      parts.add("identity=" + names(identity));
    }
    if (permissionsBoundary != null) {
      parts.add("permissionsBoundary=" + permissionsBoundary.name());
    }
    if (!session.isEmpty()) {
      parts.add("session=" + names(session));
    }
    if (resourcePolicy != null) {
      parts.add((trustPolicy ? "trust=" : "resource=") + resourcePolicy.name());
    }
    if (!scpLevels.isEmpty()) {
      parts.add("scp=" + scpLevels.stream().map(PolicySet::names).toList());
    }
    if (!rcpLevels.isEmpty()) {
      parts.add("rcp=" + rcpLevels.stream().map(PolicySet::names).toList());
    }
    if (vpcEndpointPolicy != null) {
      parts.add("vpcEndpoint=" + vpcEndpointPolicy.name());
    }
    if (managementAccount != null) {
      parts.add("managementAccount=" + managementAccount);
    }
    return sb.append(String.join(", ", parts)).append('}').toString();
  }

  private static List<String> names(List<NamedPolicy> policies) {
    return policies.stream().map(NamedPolicy::name).toList();
  }

  /** Builds a {@link PolicySet}; not thread-safe. */
  public static final class Builder {
    private final List<NamedPolicy> identity = new ArrayList<>();
    private @Nullable NamedPolicy permissionsBoundary;
    private final List<NamedPolicy> session = new ArrayList<>();
    private @Nullable NamedPolicy resourcePolicy;
    private boolean trustPolicy;
    private final List<List<NamedPolicy>> scpLevels = new ArrayList<>();
    private final List<List<NamedPolicy>> rcpLevels = new ArrayList<>();
    private @Nullable AccountId managementAccount;
    private @Nullable NamedPolicy vpcEndpointPolicy;

    private Builder() {}

    /** Adds an identity policy. */
    public Builder identity(NamedPolicy policy) {
      identity.add(Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /** Adds an identity policy named {@code identity[N]}. */
    public Builder identity(Policy policy) {
      return identity(new NamedPolicy("identity[" + identity.size() + "]", policy));
    }

    /** Adds identity policies. */
    public Builder identity(List<NamedPolicy> policies) {
      List.copyOf(policies).forEach(this::identity);
      return this;
    }

    /** Adds identity policies, named {@code identity[N]} in the order given. */
    public Builder identity(Policy... policies) {
      for (Policy p : policies) {
        identity(p);
      }
      return this;
    }

    /** Sets the permissions boundary. */
    public Builder permissionsBoundary(NamedPolicy policy) {
      this.permissionsBoundary = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Sets the permissions boundary, named {@code permissionsBoundary}. */
    public Builder permissionsBoundary(Policy policy) {
      return permissionsBoundary(new NamedPolicy("permissionsBoundary", policy));
    }

    /** Adds a session policy. */
    public Builder session(NamedPolicy policy) {
      session.add(Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /** Adds a session policy named {@code session[N]}. */
    public Builder session(Policy policy) {
      return session(new NamedPolicy("session[" + session.size() + "]", policy));
    }

    /** Adds session policies. */
    public Builder session(List<NamedPolicy> policies) {
      List.copyOf(policies).forEach(this::session);
      return this;
    }

    /** Adds session policies, named {@code session[N]} in the order given. */
    public Builder session(Policy... policies) {
      for (Policy p : policies) {
        session(p);
      }
      return this;
    }

    /** Sets the resource's own policy (not a trust policy). */
    public Builder resourcePolicy(NamedPolicy policy) {
      this.resourcePolicy = Objects.requireNonNull(policy, "policy");
      this.trustPolicy = false;
      return this;
    }

    /** Sets the resource's own policy (not a trust policy), named {@code resource}. */
    public Builder resourcePolicy(Policy policy) {
      return resourcePolicy(new NamedPolicy("resource", policy));
    }

    /** Sets the role's trust policy, the resource policy of a role-assumption request (S6.14). */
    public Builder trustPolicy(NamedPolicy policy) {
      this.resourcePolicy = Objects.requireNonNull(policy, "policy");
      this.trustPolicy = true;
      return this;
    }

    /** Sets the role's trust policy (S6.14), named {@code trust}. */
    public Builder trustPolicy(Policy policy) {
      return trustPolicy(new NamedPolicy("trust", policy));
    }

    /**
     * Appends an SCP level (root first, then each OU, the account last); each level must allow (S6.6). An empty
     * level allows nothing.
     */
    public Builder scpLevel(List<NamedPolicy> policies) {
      scpLevels.add(List.copyOf(policies));
      return this;
    }

    /** Appends an SCP level (S6.6) holding {@code policies}. */
    public Builder scpLevel(NamedPolicy... policies) {
      return scpLevel(List.of(policies));
    }

    /** Appends an SCP level (S6.6) holding {@code policies}, named {@code scp[L][N]} by level and position. */
    public Builder scpLevel(Policy... policies) {
      return scpLevel(named("scp[" + scpLevels.size() + "]", policies));
    }

    /**
     * Appends an RCP level (root first, the resource's account last); each level must allow (S6.5). An empty level
     * allows nothing.
     */
    public Builder rcpLevel(List<NamedPolicy> policies) {
      rcpLevels.add(List.copyOf(policies));
      return this;
    }

    /** Appends an RCP level (S6.5) holding {@code policies}. */
    public Builder rcpLevel(NamedPolicy... policies) {
      return rcpLevel(List.of(policies));
    }

    /** Appends an RCP level (S6.5) holding {@code policies}, named {@code rcp[L][N]} by level and position. */
    public Builder rcpLevel(Policy... policies) {
      return rcpLevel(named("rcp[" + rcpLevels.size() + "]", policies));
    }

    private static List<NamedPolicy> named(String prefix, Policy... policies) {
      List<NamedPolicy> named = new ArrayList<>(policies.length);
      for (int i = 0; i < policies.length; i++) {
        named.add(new NamedPolicy(prefix + "[" + i + "]", policies[i]));
      }
      return named;
    }

    /** Sets the organization's management account. */
    public Builder managementAccount(AccountId account) {
      this.managementAccount = Objects.requireNonNull(account, "account");
      return this;
    }

    /**
     * Sets the policy of the VPC endpoint the request comes through (S6.16,
     * {@link dev.iamkit.core.policy.PolicyKind#VPC_ENDPOINT}).
     */
    public Builder vpcEndpointPolicy(NamedPolicy policy) {
      this.vpcEndpointPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Sets the policy of the VPC endpoint the request comes through (S6.16), named {@code vpcEndpoint}. */
    public Builder vpcEndpointPolicy(Policy policy) {
      return vpcEndpointPolicy(new NamedPolicy("vpcEndpoint", policy));
    }

    /** The set. */
    public PolicySet build() {
      return new PolicySet(this);
    }
  }
}
