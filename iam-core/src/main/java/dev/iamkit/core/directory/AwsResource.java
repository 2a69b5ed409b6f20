package dev.iamkit.core.directory;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.policy.Policy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource the directory knows (a bucket, a queue, a key...) with its resource policy and tags. Its
 * policy covers requests on its ARN and on every ARN below it ({@code arn:aws:s3:::reports/...}), as a
 * bucket policy covers its objects; an ARN without an account field belongs to the account that lists it,
 * and so does every ARN below it. Immutable and thread-safe.
 *
 * @param arn the resource ARN
 * @param account the owning account
 * @param policy the resource policy, if any
 * @param tags the tags ({@code aws:ResourceTag/K}, S5.5)
 */
public record AwsResource(String arn, AccountId account, Optional<Policy> policy, Map<String, String> tags) {
  /** Checks that no component is null and copies the tags. */
  public AwsResource {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(policy, "policy");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }

  /**
   * Whether this resource covers {@code requested}: the same ARN, or an ARN below it (the next character
   * after this ARN is {@code /} or {@code :}, or this ARN ends with one of them).
   */
  public boolean covers(String requested) {
    Objects.requireNonNull(requested, "requested");
    if (requested.equals(arn)) {
      return true;
    }
    if (!requested.startsWith(arn)) {
      return false;
    }
    char last = arn.charAt(arn.length() - 1);
    char next = requested.charAt(arn.length());
    return last == '/' || last == ':' || next == '/' || next == ':';
  }
}
