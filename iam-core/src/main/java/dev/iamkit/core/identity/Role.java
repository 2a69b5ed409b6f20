package dev.iamkit.core.identity;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.policy.Policy;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An IAM role (S7.5): a trust policy saying who may assume it, permission policies, an optional
 * boundary, a maximum session duration of 3600-43200 seconds and tags. Immutable and thread-safe.
 */
public final class Role {
  private final AccountId account;
  private final String path;
  private final String name;
  private final String roleId;
  private final Instant createDate;
  private final Policy trustPolicy;
  private final List<Arn> attachedPolicies;
  private final Map<String, Policy> inlinePolicies;
  private final Optional<Arn> permissionsBoundary;
  private final int maxSessionDurationSeconds;
  private final Map<String, String> tags;
  /** {@link #arn()}, made once on first use (an immutable value: a race only repeats the work). */
  private @Nullable Arn arn;

  private Role(AccountId account, String path, String name, String roleId, Instant createDate, Policy trustPolicy,
      List<Arn> attachedPolicies, Map<String, Policy> inlinePolicies, @Nullable Arn permissionsBoundary,
      int maxSessionDurationSeconds, Map<String, String> tags) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(trustPolicy, "trustPolicy");
    attachedPolicies = List.copyOf(attachedPolicies);
    inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    this.account = account;
    this.path = path;
    this.name = name;
    this.roleId = roleId;
    this.createDate = createDate;
    this.trustPolicy = trustPolicy;
    this.attachedPolicies = attachedPolicies;
    this.inlinePolicies = inlinePolicies;
    this.permissionsBoundary = Optional.ofNullable(permissionsBoundary);
    this.maxSessionDurationSeconds = maxSessionDurationSeconds;
    this.tags = tags;
  }

  /**
   * The value made of these parts. Copies the collections.
   *
   * @param account the account
   * @param path the path; {@code /aws-service-role/...} for service-linked roles, {@code /aws-reserved/...} for
   *     roles AWS reserves
   * @param name the name, unique in the account ignoring case
   * @param roleId the unique ID, {@code AROA...}
   * @param createDate when the role was created
   * @param trustPolicy the trust policy (S6.14)
   * @param attachedPolicies the ARNs of the attached managed policies
   * @param inlinePolicies the inline policies by name
   * @param permissionsBoundary the ARN of the boundary policy
   * @param maxSessionDurationSeconds 3600-43200
   * @param tags the tags, case-preserving (S10.4)
   * @return the value
   */
  public static Role of(AccountId account, String path, String name, String roleId, Instant createDate,
      Policy trustPolicy, List<Arn> attachedPolicies, Map<String, Policy> inlinePolicies,
      @Nullable Arn permissionsBoundary, int maxSessionDurationSeconds, Map<String, String> tags) {
    return new Role(account, path, name, roleId, createDate, trustPolicy, attachedPolicies, inlinePolicies,
        permissionsBoundary, maxSessionDurationSeconds, tags);
  }

  /** The account. */
  public AccountId account() {
    return account;
  }

  /** The path; {@code /aws-service-role/...} for service-linked roles, {@code /aws-reserved/...} for roles AWS reserves. */
  public String path() {
    return path;
  }

  /** The name, unique in the account ignoring case. */
  public String name() {
    return name;
  }

  /** The unique ID, {@code AROA...}. */
  public String roleId() {
    return roleId;
  }

  /** When the role was created. */
  public Instant createDate() {
    return createDate;
  }

  /** The trust policy (S6.14). */
  public Policy trustPolicy() {
    return trustPolicy;
  }

  /** The ARNs of the attached managed policies. */
  public List<Arn> attachedPolicies() {
    return attachedPolicies;
  }

  /** The inline policies by name. */
  public Map<String, Policy> inlinePolicies() {
    return inlinePolicies;
  }

  /** The ARN of the boundary policy. */
  public Optional<Arn> permissionsBoundary() {
    return permissionsBoundary;
  }

  /** 3600-43200. */
  public int maxSessionDurationSeconds() {
    return maxSessionDurationSeconds;
  }

  /** The tags, case-preserving (S10.4). */
  public Map<String, String> tags() {
    return tags;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || obj instanceof Role o
        && account.equals(o.account) && path.equals(o.path) && name.equals(o.name) && roleId.equals(o.roleId)
            && createDate.equals(o.createDate) && trustPolicy.equals(o.trustPolicy)
            && attachedPolicies.equals(o.attachedPolicies) && inlinePolicies.equals(o.inlinePolicies)
            && permissionsBoundary.equals(o.permissionsBoundary)
            && maxSessionDurationSeconds == o.maxSessionDurationSeconds && tags.equals(o.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(account, path, name, roleId, createDate, trustPolicy, attachedPolicies, inlinePolicies,
        permissionsBoundary, maxSessionDurationSeconds, tags);
  }

  @Override
  public String toString() {
    return "Role[account=" + account + ", path=" + path + ", name=" + name + ", roleId=" + roleId
        + ", createDate=" + createDate + ", trustPolicy=" + trustPolicy + ", attachedPolicies=" + attachedPolicies
        + ", inlinePolicies=" + inlinePolicies + ", permissionsBoundary=" + permissionsBoundary
        + ", maxSessionDurationSeconds=" + maxSessionDurationSeconds + ", tags=" + tags + "]";
  }

  /** The default MaxSessionDuration: one hour. */
  public static final int DEFAULT_MAX_SESSION_DURATION = 3600;
  /** The largest MaxSessionDuration: twelve hours. */
  public static final int MAX_MAX_SESSION_DURATION = 43_200;


  /** {@code arn:aws:iam::ACCOUNT:role/PATH/NAME} (S7.6). */
  public Arn arn() {
    Arn a = arn;
    if (a == null) {
      a = Arn.of("aws", "iam", "", account.value(), "role" + path + name);
      arn = a;
    }
    return a;
  }

  /** Whether the role is service-linked: its path starts with {@code /aws-service-role/} (S7.5). */
  public boolean isServiceLinked() {
    return path.startsWith("/aws-service-role/");
  }

  /** Whether AWS reserves the role: its path starts with {@code /aws-reserved/} (issue 13 §5). */
  public boolean isReserved() {
    return path.startsWith("/aws-reserved/");
  }
}
