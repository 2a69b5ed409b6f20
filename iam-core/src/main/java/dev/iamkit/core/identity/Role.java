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

/**
 * An IAM role (S7.5): a trust policy saying who may assume it, permission policies, an optional
 * boundary, a maximum session duration of 3600-43200 seconds and tags. Immutable and thread-safe.
 *
 * @param account the account
 * @param path the path; {@code /aws-service-role/...} for service-linked roles, {@code /aws-reserved/...}
 *     for roles AWS reserves
 * @param name the name, unique in the account ignoring case
 * @param roleId the unique ID, {@code AROA...}
 * @param createDate when the role was created
 * @param trustPolicy the trust policy (S6.14)
 * @param attachedPolicies the ARNs of the attached managed policies
 * @param inlinePolicies the inline policies by name
 * @param permissionsBoundary the ARN of the boundary policy
 * @param maxSessionDurationSeconds 3600-43200
 * @param tags the tags, case-preserving (S10.4)
 */
public record Role(AccountId account, String path, String name, String roleId, Instant createDate,
    Policy trustPolicy, List<Arn> attachedPolicies, Map<String, Policy> inlinePolicies,
    Optional<Arn> permissionsBoundary, int maxSessionDurationSeconds, Map<String, String> tags) {

  /** The default MaxSessionDuration: one hour. */
  public static final int DEFAULT_MAX_SESSION_DURATION = 3600;
  /** The largest MaxSessionDuration: twelve hours. */
  public static final int MAX_MAX_SESSION_DURATION = 43_200;

  /** Copies the collections. */
  public Role {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(roleId, "roleId");
    Objects.requireNonNull(createDate, "createDate");
    Objects.requireNonNull(trustPolicy, "trustPolicy");
    attachedPolicies = List.copyOf(attachedPolicies);
    inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
    Objects.requireNonNull(permissionsBoundary, "permissionsBoundary");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }

  /** {@code arn:aws:iam::ACCOUNT:role/PATH/NAME} (S7.6). */
  public Arn arn() {
    return Arn.of("aws", "iam", "", account.value(), "role" + path + name);
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
