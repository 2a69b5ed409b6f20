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

/**
 * An IAM group (S7.4): a set of users sharing policies; not a principal. Members are recorded on the
 * users ({@link User#groups()}). Immutable and thread-safe.
 *
 * @param account the account
 * @param path the path
 * @param name the name, unique in the account ignoring case
 * @param groupId the unique ID, {@code AGPA...}
 * @param createDate when the group was created
 * @param attachedPolicies the ARNs of the attached managed policies (at most 10)
 * @param inlinePolicies the inline policies by name
 */
public record Group(AccountId account, String path, String name, String groupId, Instant createDate,
    List<Arn> attachedPolicies, Map<String, Policy> inlinePolicies) {

  /** Copies the collections. */
  public Group {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(createDate, "createDate");
    attachedPolicies = List.copyOf(attachedPolicies);
    inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
  }

  /** {@code arn:aws:iam::ACCOUNT:group/PATH/NAME} (S7.6). */
  public Arn arn() {
    return Arn.of("aws", "iam", "", account.value(), "group" + path + name);
  }
}
