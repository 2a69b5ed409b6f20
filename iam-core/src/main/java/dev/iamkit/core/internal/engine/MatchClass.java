package dev.iamkit.core.internal.engine;

/**
 * How the Principal part of a resource or trust policy statement matched the caller (S2.4, S6.7), from
 * weakest to strongest: when several entries match, the strongest counts (direct > wildcard > service >
 * role > account). {@link #compareTo} follows that order.
 */
public enum MatchClass {
  /** No entry matched: the statement does not apply to the caller. */
  NONE,
  /** The caller's account was named (account ID or {@code arn:P:iam::A:root}); delegation to the account. */
  ACCOUNT,
  /**
   * The caller's role ARN (or role unique ID) was named, for a session of that role; or the federating
   * IAM user's ARN, for a federated user (S2.4, S6.15).
   */
  ROLE,
  /**
   * A {@code Federated} entry named the identity provider a web-identity or SAML caller came through. Such a
   * caller has no identity side, so this class plays the part the service class plays for services; the two
   * never meet on one caller, so their relative strength is immaterial.
   */
  FEDERATED,
  /** A {@code Service} entry named the calling AWS service. */
  SERVICE,
  /** {@code "*"} or {@code {"AWS": "*"}}, or a NotPrincipal that does not exclude the caller. */
  WILDCARD,
  /** The caller's user ARN (or user unique ID), session ARN or federated-user ARN was named. */
  DIRECT;

  /** The stronger of two classes. */
  MatchClass max(MatchClass other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
