package dev.iamkit.core.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * One of AWS's global condition keys ({@code aws:...}, S5) with the type the AWS documentation gives it, read from
 * iamkit's catalogue of keys through {@link ConditionKeyType}, the one lookup of key types. Readers of
 * request contexts use it to type values given as text or JSON. Immutable and thread-safe.
 *
 * <p>ARN-typed keys are {@link ContextType#STRING} (request values are compared as text, S3.10); keys the reference
 * types {@code ArrayOfString} are multivalued strings (S3.13).
 *
 * <pre>{@code
 * GlobalConditionKey.lookup("aws:sourceip");   // Optional[aws:SourceIp ip]
 * GlobalConditionKey.lookup("aws:TagKeys");    // Optional[aws:TagKeys stringList]
 * GlobalConditionKey.lookup("s3:prefix");      // Optional.empty: a service key
 * }</pre>
 *
 * @param name the key in AWS's spelling (a tag key form keeps its placeholder, {@code aws:PrincipalTag/${TagKey}})
 * @param type the type of its values
 * @param multivalued whether the key carries a list of values
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">AWS global
 *     condition context keys</a>
 */
public record GlobalConditionKey(String name, ContextType type, boolean multivalued) {
  /** Checks for nulls. */
  public GlobalConditionKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /**
   * The global condition key {@code key} names, ignoring case (tag-key forms such as {@code aws:PrincipalTag/team}
   * included); empty for service keys and unknown keys.
   */
  public static Optional<GlobalConditionKey> lookup(String key) {
    Objects.requireNonNull(key, "key");
    if (!key.regionMatches(true, 0, "aws:", 0, 4)) {
      return Optional.empty();
    }
    return ConditionKeyType.lookup(key).map(k -> new GlobalConditionKey(k.name(), k.type(), k.multivalued()));
  }

  /** The key and its type, as in {@code aws:SourceIp ip} or {@code aws:TagKeys stringList}. */
  @Override
  public String toString() {
    return name + " " + type.awsName(multivalued);
  }
}
