package dev.iamkit.core.arn;

import dev.iamkit.core.IamException;
import java.util.Objects;
import java.util.Optional;

/**
 * An Amazon Resource Name {@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}. Immutable and thread-safe.
 *
 * <p>The text is split at its first five colons; the resource field keeps any further {@code :} and
 * {@code /} (S1.9, S2.2). Fields are kept exactly as written (ARNs are case-sensitive); only the
 * structure is checked here. Whether a partition or service exists is a question for the
 * {@linkplain dev.iamkit.core.policy.PolicyValidator validator}. Wildcards are ordinary characters
 * to this class, so an ARN pattern such as {@code arn:aws:s3:::bucket/*} parses too.
 *
 * <pre>{@code
 * Arn arn = Arn.parse("arn:aws:s3:::bucket/key");
 * arn.service();                      // "s3"
 * arn.withResource("bucket/other");   // arn:aws:s3:::bucket/other
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM identifiers: ARNs</a>
 */
public final class Arn {
  private final String partition;
  private final String service;
  private final String region;
  private final String account;
  private final String resource;
  private final String text;

  private Arn(String partition, String service, String region, String account, String resource) {
    this.partition = partition;
    this.service = service;
    this.region = region;
    this.account = account;
    this.resource = resource;
    this.text = "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
  }

  /**
   * Builds an ARN from its fields. The first four may not contain {@code :}; partition and service
   * may not be empty.
   */
  public static Arn of(String partition, String service, String region, String account, String resource) {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(resource, "resource");
    checkField("partition", partition, false);
    checkField("service", service, false);
    checkField("region", region, true);
    checkField("account", account, true);
    return new Arn(partition, service, region, account, resource);
  }

  private static void checkField(String name, String value, boolean mayBeEmpty) {
    if (!mayBeEmpty && value.isEmpty()) {
      throw new ArnFormatException("Invalid ARN " + name + ": must not be empty", value, 0);
    }
    int colon = value.indexOf(':');
    if (colon >= 0) {
      throw new ArnFormatException(
          "Invalid ARN " + name + ": must not contain ':', found " + IamException.quote(value), value, colon);
    }
  }

  /**
   * Parses {@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}.
   *
   * @throws ArnFormatException if the text does not start with {@code arn:}, has fewer than six
   *     {@code :}-separated fields, or has an empty partition or service
   */
  public static Arn parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.startsWith("arn:")) {
      throw new ArnFormatException("Invalid ARN: expected it to start with \"arn:\", found " + IamException.quote(text),
          text, 0);
    }
    int[] colons = new int[5];
    int found = 0;
    for (int i = 0; i < text.length() && found < 5; i++) {
      if (text.charAt(i) == ':') {
        colons[found++] = i;
      }
    }
    if (found < 5) {
      throw new ArnFormatException(
          "Invalid ARN: expected 6 ':'-separated fields, found " + (found + 1) + " in " + IamException.quote(text),
          text, text.length());
    }
    String partition = text.substring(colons[0] + 1, colons[1]);
    String service = text.substring(colons[1] + 1, colons[2]);
    if (partition.isEmpty()) {
      throw new ArnFormatException("Invalid ARN: empty partition in " + IamException.quote(text), text, colons[0] + 1);
    }
    if (service.isEmpty()) {
      throw new ArnFormatException("Invalid ARN: empty service in " + IamException.quote(text), text, colons[1] + 1);
    }
    return new Arn(partition, service,
        text.substring(colons[2] + 1, colons[3]),
        text.substring(colons[3] + 1, colons[4]),
        text.substring(colons[4] + 1));
  }

  /** Parses an ARN, or returns empty when {@link #parse} would throw. */
  public static Optional<Arn> tryParse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return Optional.of(parse(text));
    } catch (ArnFormatException e) {
      return Optional.empty();
    }
  }

  /** The partition, such as {@code aws}, {@code aws-cn} or {@code aws-us-gov}. */
  public String partition() {
    return partition;
  }

  /** The service namespace, such as {@code s3} or {@code iam}. */
  public String service() {
    return service;
  }

  /** The region; empty for global services such as IAM and S3 buckets. */
  public String region() {
    return region;
  }

  /** The account field as written; empty for S3 buckets, {@code aws} for AWS managed policies. */
  public String account() {
    return account;
  }

  /** The account field as an {@link AccountId}, when it is 12 digits. */
  public Optional<AccountId> accountId() {
    return AccountId.tryParse(account);
  }

  /** Everything after the fifth colon. */
  public String resource() {
    return resource;
  }

  /** A copy with another resource field. */
  public Arn withResource(String newResource) {
    Objects.requireNonNull(newResource, "newResource");
    return new Arn(partition, service, region, account, newResource);
  }

  /** A copy with another account field. */
  public Arn withAccount(String newAccount) {
    Objects.requireNonNull(newAccount, "newAccount");
    checkField("account", newAccount, true);
    return new Arn(partition, service, region, newAccount, resource);
  }

  /** A copy with another region field. */
  public Arn withRegion(String newRegion) {
    Objects.requireNonNull(newRegion, "newRegion");
    checkField("region", newRegion, true);
    return new Arn(partition, service, newRegion, account, resource);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Arn other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The ARN text, {@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}. */
  @Override
  public String toString() {
    return text;
  }
}
