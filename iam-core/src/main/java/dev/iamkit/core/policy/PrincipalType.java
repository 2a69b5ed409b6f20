package dev.iamkit.core.policy;

import java.util.Objects;
import java.util.Optional;

/** The keys of a Principal or NotPrincipal object (S1.7), spelled exactly as AWS requires. */
public enum PrincipalType {
  /** Accounts, users, roles, sessions, federated users, unique IDs, or {@code *}. */
  AWS("AWS"),
  /** Service principals such as {@code lambda.amazonaws.com}. */
  SERVICE("Service"),
  /** OIDC providers and SAML provider ARNs. */
  FEDERATED("Federated"),
  /** S3 canonical user IDs. */
  CANONICAL_USER("CanonicalUser");

  /** {@link #values()} once: values() clones its array on every call. */
  private static final PrincipalType[] VALUES = values();

  private final String key;

  PrincipalType(String key) {
    this.key = key;
  }

  /** The JSON key: {@code AWS}, {@code Service}, {@code Federated} or {@code CanonicalUser}. */
  public String key() {
    return key;
  }

  /** The type whose key is exactly {@code key} (case-sensitive), if any. */
  public static Optional<PrincipalType> fromKey(String key) {
    Objects.requireNonNull(key, "key");
    for (PrincipalType t : VALUES) {
      if (t.key.equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return key;
  }
}
