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

/**
 * An IAM user as the directory holds it (S7.2). Immutable and thread-safe; {@link #toString()} shows no
 * secret (credentials print without their secrets).
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
 */
public record User(AccountId account, String path, String name, String userId, Instant createDate,
    Map<String, String> tags, List<String> groups, List<Arn> attachedPolicies, Map<String, Policy> inlinePolicies,
    Optional<Arn> permissionsBoundary, Optional<LoginProfile> loginProfile, List<AccessKey> accessKeys,
    List<MfaDevice> mfaDevices) {

  /** Copies the collections. */
  public User {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(createDate, "createDate");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    groups = List.copyOf(groups);
    attachedPolicies = List.copyOf(attachedPolicies);
    inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
    Objects.requireNonNull(permissionsBoundary, "permissionsBoundary");
    Objects.requireNonNull(loginProfile, "loginProfile");
    accessKeys = List.copyOf(accessKeys);
    mfaDevices = List.copyOf(mfaDevices);
  }

  /** {@code arn:aws:iam::ACCOUNT:user/PATH/NAME} (S7.6). */
  public Arn arn() {
    return Arn.of("aws", "iam", "", account.value(), "user" + path + name);
  }

  /** The principal of this user, with its unique ID. */
  public Principal.IamUser principal() {
    return new Principal.IamUser(arn(), Optional.of(userId));
  }
}
