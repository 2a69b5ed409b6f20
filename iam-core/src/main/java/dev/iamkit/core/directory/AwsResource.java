package dev.iamkit.core.directory;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.policy.Policy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A resource the directory knows (a bucket, a queue, a key...) with its resource policy and tags. Its
 * policy covers requests on its ARN and on every ARN below it ({@code arn:aws:s3:::reports/...}), as a
 * bucket policy covers its objects; an ARN without an account field belongs to the account that lists it,
 * and so does every ARN below it. Immutable and thread-safe.
 */
public final class AwsResource {
  private final String arn;
  private final AccountId account;
  private final Optional<Policy> policy;
  private final Map<String, String> tags;

  private AwsResource(String arn, AccountId account, @Nullable Policy policy, Map<String, String> tags) {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(account, "account");
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    this.arn = arn;
    this.account = account;
    this.policy = Optional.ofNullable(policy);
    this.tags = tags;
  }

  /**
   * The value made of these parts. Checks that no component is null and copies the tags.
   *
   * @param arn the resource ARN
   * @param account the owning account
   * @param policy the resource policy, if any
   * @param tags the tags ({@code aws:ResourceTag/K}, S5.5)
   * @return the value
   */
  public static AwsResource of(String arn, AccountId account, @Nullable Policy policy, Map<String, String> tags) {
    return new AwsResource(arn, account, policy, tags);
  }

  /** The resource ARN. */
  public String arn() {
    return arn;
  }

  /** The owning account. */
  public AccountId account() {
    return account;
  }

  /** The resource policy, if any. */
  public Optional<Policy> policy() {
    return policy;
  }

  /** The tags ({@code aws:ResourceTag/K}, S5.5). */
  public Map<String, String> tags() {
    return tags;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || obj instanceof AwsResource o
        && arn.equals(o.arn) && account.equals(o.account) && policy.equals(o.policy) && tags.equals(o.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(arn, account, policy, tags);
  }

  @Override
  public String toString() {
    return "AwsResource[arn=" + arn + ", account=" + account + ", policy=" + policy + ", tags=" + tags + "]";
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
