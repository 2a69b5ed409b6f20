package dev.iamkit.core.eval;

import dev.iamkit.core.internal.catalog.ServiceCatalog;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition key that iamkit's snapshot of the AWS service authorization reference defines, global ({@code aws:...},
 * S5) or of a service ({@code s3:prefix}, {@code ec2:Region}), with the type of its values: the one lookup of key
 * types for readers of request contexts. Tag-key families ({@code aws:RequestTag/${TagKey}},
 * {@code aws:ResourceTag/${TagKey}}, {@code aws:PrincipalTag/${TagKey}} and the services' own {@code .../${TagKey}}
 * forms) match any tag key. Immutable and thread-safe.
 *
 * <p>ARN-typed keys are {@link ContextType#STRING} (request values are compared as text, S3.10); keys the reference
 * types {@code ArrayOf...} are multivalued (S3.13). A key the reference types inconsistently takes the first type it
 * gives.
 *
 * <pre>{@code
 * ConditionKeyType.lookup("aws:sourceip");   // Optional[aws:SourceIp ip]
 * ConditionKeyType.lookup("s3:max-keys");    // Optional[s3:max-keys numeric]
 * ConditionKeyType.lookup("aws:SoruceIp");   // Optional.empty: no service defines it
 * }</pre>
 *
 * @param name the key in AWS's spelling (a tag key form keeps its placeholder, {@code aws:PrincipalTag/${TagKey}})
 * @param type the type of its values
 * @param multivalued whether the key carries a list of values
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html">Service
 *     Authorization Reference</a>
 */
public record ConditionKeyType(String name, ContextType type, boolean multivalued) {
  /** Checks for nulls. */
  public ConditionKeyType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /**
   * The key {@code key} names in the reference, global or of a service, ignoring case (S3.3), tag-key forms
   * included; empty for a key no service defines.
   */
  public static Optional<ConditionKeyType> lookup(String key) {
    Objects.requireNonNull(key, "key");
    return ServiceCatalog.instance().conditionKey(key).map(info -> new ConditionKeyType(info.name(),
        typeOf(info.types().iterator().next()), info.isMultivalued()));
  }

  /**
   * Whether {@code key} belongs to an open-ended family that no reference lists: the keys of identity providers,
   * whose prefix is a host name or URL path ({@code accounts.google.com:aud},
   * {@code oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:sub}, S5).
   */
  public static boolean isOpenEnded(String key) {
    Objects.requireNonNull(key, "key");
    int colon = key.indexOf(':');
    String prefix = colon < 0 ? key : key.substring(0, colon);
    return prefix.indexOf('.') >= 0 || prefix.indexOf('/') >= 0;
  }

  /** Maps a type name of AWS's reference ({@code String}, {@code ArrayOfBool}, {@code IPAddress}...) to a type. */
  private static ContextType typeOf(String awsType) {
    String t = awsType.startsWith("ArrayOf") ? awsType.substring("ArrayOf".length()) : awsType;
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "numeric" -> ContextType.NUMERIC;
      case "bool", "boolean" -> ContextType.BOOLEAN;
      case "date" -> ContextType.DATE;
      case "ipaddress" -> ContextType.IP;
      case "binary" -> ContextType.BINARY;
      default -> ContextType.STRING;
    };
  }

  /** The key and its type, as in {@code aws:SourceIp ip} or {@code aws:TagKeys stringList}. */
  @Override
  public String toString() {
    return name + " " + type.awsName(multivalued);
  }
}
