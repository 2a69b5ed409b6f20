package dev.iamkit.core.identity;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.credentials.AccessKey;
import dev.iamkit.core.credentials.LoginProfile;
import dev.iamkit.core.credentials.MfaDevice;
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
 * An IAM user as the directory holds it (S7.2). Immutable and thread-safe; {@link #toString()} shows no
 * secret (credentials print without their secrets).
 */
public final class User {
  private final AccountId account;
  private final String path;
  private final String name;
  private final String userId;
  private final Instant createDate;
  private final Map<String, String> tags;
  private final List<String> groups;
  private final List<Arn> attachedPolicies;
  private final Map<String, Policy> inlinePolicies;
  private final Optional<Arn> permissionsBoundary;
  private final Optional<LoginProfile> loginProfile;
  private final List<AccessKey> accessKeys;
  private final List<MfaDevice> mfaDevices;
  /** {@link #arn()} and {@link #principal()}, made once on first use (immutable values: a race only repeats the work). */
  private @Nullable Arn arn;
  private Principal.@Nullable IamUser principal;

  private User(AccountId account, String path, String name, String userId, Instant createDate,
      Map<String, String> tags, List<String> groups, List<Arn> attachedPolicies, Map<String, Policy> inlinePolicies,
      @Nullable Arn permissionsBoundary, @Nullable LoginProfile loginProfile, List<AccessKey> accessKeys,
      List<MfaDevice> mfaDevices) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(createDate, "createDate");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    groups = List.copyOf(groups);
    attachedPolicies = List.copyOf(attachedPolicies);
    inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
    accessKeys = List.copyOf(accessKeys);
    mfaDevices = List.copyOf(mfaDevices);
    this.account = account;
    this.path = path;
    this.name = name;
    this.userId = userId;
    this.createDate = createDate;
    this.tags = tags;
    this.groups = groups;
    this.attachedPolicies = attachedPolicies;
    this.inlinePolicies = inlinePolicies;
    this.permissionsBoundary = Optional.ofNullable(permissionsBoundary);
    this.loginProfile = Optional.ofNullable(loginProfile);
    this.accessKeys = accessKeys;
    this.mfaDevices = mfaDevices;
  }

  /**
   * The value made of these parts. Copies the collections.
   *
   * @param account the account
   * @param path the path, {@code /} or {@code /a/b/}
   * @param name the friendly name, unique in the account ignoring case
   * @param userId the unique ID, {@code AIDA...}
   * @param createDate when the user was created
   * @param tags the tags, case-preserving (S10.4)
   * @param groups the names of the groups the user belongs to, in the order it joined them
   * @param attachedPolicies the ARNs of the attached managed policies
   * @param inlinePolicies the inline policies by name
   * @param permissionsBoundary the ARN of the managed policy used as permissions boundary
   * @param loginProfile the console password, when the user has one
   * @param accessKeys the access keys (at most 2)
   * @param mfaDevices the enabled MFA devices
   * @return the value
   */
  public static User of(AccountId account, String path, String name, String userId, Instant createDate,
      Map<String, String> tags, List<String> groups, List<Arn> attachedPolicies, Map<String, Policy> inlinePolicies,
      @Nullable Arn permissionsBoundary, @Nullable LoginProfile loginProfile, List<AccessKey> accessKeys,
      List<MfaDevice> mfaDevices) {
    return new User(account, path, name, userId, createDate, tags, groups, attachedPolicies, inlinePolicies,
        permissionsBoundary, loginProfile, accessKeys, mfaDevices);
  }

  /** The account. */
  public AccountId account() {
    return account;
  }

  /** The path, {@code /} or {@code /a/b/}. */
  public String path() {
    return path;
  }

  /** The friendly name, unique in the account ignoring case. */
  public String name() {
    return name;
  }

  /** The unique ID, {@code AIDA...}. */
  public String userId() {
    return userId;
  }

  /** When the user was created. */
  public Instant createDate() {
    return createDate;
  }

  /** The tags, case-preserving (S10.4). */
  public Map<String, String> tags() {
    return tags;
  }

  /** The names of the groups the user belongs to, in the order it joined them. */
  public List<String> groups() {
    return groups;
  }

  /** The ARNs of the attached managed policies. */
  public List<Arn> attachedPolicies() {
    return attachedPolicies;
  }

  /** The inline policies by name. */
  public Map<String, Policy> inlinePolicies() {
    return inlinePolicies;
  }

  /** The ARN of the managed policy used as permissions boundary. */
  public Optional<Arn> permissionsBoundary() {
    return permissionsBoundary;
  }

  /** The console password, when the user has one. */
  public Optional<LoginProfile> loginProfile() {
    return loginProfile;
  }

  /** The access keys (at most 2). */
  public List<AccessKey> accessKeys() {
    return accessKeys;
  }

  /** The enabled MFA devices. */
  public List<MfaDevice> mfaDevices() {
    return mfaDevices;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || obj instanceof User o
        && account.equals(o.account) && path.equals(o.path) && name.equals(o.name) && userId.equals(o.userId)
            && createDate.equals(o.createDate) && tags.equals(o.tags) && groups.equals(o.groups)
            && attachedPolicies.equals(o.attachedPolicies) && inlinePolicies.equals(o.inlinePolicies)
            && permissionsBoundary.equals(o.permissionsBoundary) && loginProfile.equals(o.loginProfile)
            && accessKeys.equals(o.accessKeys) && mfaDevices.equals(o.mfaDevices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(account, path, name, userId, createDate, tags, groups, attachedPolicies, inlinePolicies,
        permissionsBoundary, loginProfile, accessKeys, mfaDevices);
  }

  @Override
  public String toString() {
    return "User[account=" + account + ", path=" + path + ", name=" + name + ", userId=" + userId
        + ", createDate=" + createDate + ", tags=" + tags + ", groups=" + groups + ", attachedPolicies="
        + attachedPolicies + ", inlinePolicies=" + inlinePolicies + ", permissionsBoundary=" + permissionsBoundary
        + ", loginProfile=" + loginProfile + ", accessKeys=" + accessKeys + ", mfaDevices=" + mfaDevices + "]";
  }

  /** {@code arn:aws:iam::ACCOUNT:user/PATH/NAME} (S7.6). */
  public Arn arn() {
    Arn a = arn;
    if (a == null) {
      a = Arn.of("aws", "iam", "", account.value(), "user" + path + name);
      arn = a;
    }
    return a;
  }

  /** The principal of this user, with its unique ID. */
  public Principal.IamUser principal() {
    Principal.IamUser p = principal;
    if (p == null) {
      p = Principal.IamUser.of(arn(), userId);
      principal = p;
    }
    return p;
  }
}
