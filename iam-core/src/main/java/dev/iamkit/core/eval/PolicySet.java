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
 * boundary, session policies, the resource's policy or the role's trust policy, and the SCP and RCP
 * levels of the organization. Immutable and thread-safe; policies are compiled once, when the set is
 * built, and the set can be evaluated against any number of requests.
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

    /** Sets the permissions boundary. */
    public Builder permissionsBoundary(NamedPolicy policy) {
      this.permissionsBoundary = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Adds a session policy. */
    public Builder session(NamedPolicy policy) {
      session.add(Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /** Sets the resource's own policy (not a trust policy). */
    public Builder resourcePolicy(NamedPolicy policy) {
      this.resourcePolicy = Objects.requireNonNull(policy, "policy");
      this.trustPolicy = false;
      return this;
    }

    /** Sets the role's trust policy, the resource policy of a role-assumption request (S6.14). */
    public Builder trustPolicy(NamedPolicy policy) {
      this.resourcePolicy = Objects.requireNonNull(policy, "policy");
      this.trustPolicy = true;
      return this;
    }

    /** Appends an SCP level (root first, then each OU, the account last); each level must allow (S6.6). */
    public Builder scpLevel(List<NamedPolicy> policies) {
      scpLevels.add(List.copyOf(policies));
      return this;
    }

    /** Appends an RCP level (root first, the resource's account last); each level must allow (S6.5). */
    public Builder rcpLevel(List<NamedPolicy> policies) {
      rcpLevels.add(List.copyOf(policies));
      return this;
    }

    /** Sets the organization's management account. */
    public Builder managementAccount(AccountId account) {
      this.managementAccount = Objects.requireNonNull(account, "account");
      return this;
    }

    /** The set. */
    public PolicySet build() {
      return new PolicySet(this);
    }
  }
}
