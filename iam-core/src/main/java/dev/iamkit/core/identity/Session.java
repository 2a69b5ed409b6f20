package dev.iamkit.core.identity;

import dev.iamkit.core.eval.NamedPolicy;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An authenticated caller (ARCHITECTURE "flow of one request"): the principal, how it authenticated, its
 * MFA state, the token issue time and expiry of temporary credentials, the session policies, session tags
 * and source identity of a role session. Immutable and thread-safe; holds no secret.
 *
 * <p>Sessions come from {@code Iam.signIn}, {@code Iam.authenticate}, {@code Iam.getSessionToken} and
 * {@code Iam.assumeRole}; {@link #service(String)} stands for an AWS service acting as itself.
 *
 * @param principal who calls
 * @param kind how the session was obtained
 * @param mfaAuthenticated whether MFA was used to obtain it ({@code aws:MultiFactorAuthPresent}, S5.2)
 * @param mfaAuthenticatedAt when MFA was used, when it was ({@code aws:MultiFactorAuthAge})
 * @param tokenIssueTime when temporary credentials were issued ({@code aws:TokenIssueTime})
 * @param expiration when temporary credentials expire
 * @param sessionPolicies the session policies that limit a role session (S8.5)
 * @param sessionTags the session tags, case-preserving, unique ignoring case (S8.6)
 * @param transitiveTagKeys the keys of session tags passed on to chained sessions (S8.6)
 * @param sourceIdentity the source identity, set once and kept through chaining (S8.7)
 * @param accessKeyId the access key ID of the credentials ({@code AKIA...} or {@code ASIA...}), when the
 *     session has one
 */
public record Session(Principal principal, SessionKind kind, boolean mfaAuthenticated,
    Optional<Instant> mfaAuthenticatedAt, Optional<Instant> tokenIssueTime, Optional<Instant> expiration,
    List<NamedPolicy> sessionPolicies, Map<String, String> sessionTags, Set<String> transitiveTagKeys,
    Optional<String> sourceIdentity, Optional<String> accessKeyId) {

  /** Copies the collections and checks that MFA time goes with MFA. */
  public Session {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(mfaAuthenticatedAt, "mfaAuthenticatedAt");
    Objects.requireNonNull(tokenIssueTime, "tokenIssueTime");
    Objects.requireNonNull(expiration, "expiration");
    sessionPolicies = List.copyOf(sessionPolicies);
    sessionTags = Collections.unmodifiableMap(new LinkedHashMap<>(sessionTags));
    transitiveTagKeys = Collections.unmodifiableSet(new LinkedHashSet<>(transitiveTagKeys));
    Objects.requireNonNull(sourceIdentity, "sourceIdentity");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    if (mfaAuthenticatedAt.isPresent() && !mfaAuthenticated) {
      throw new IllegalArgumentException("mfaAuthenticatedAt is set but mfaAuthenticated is false");
    }
  }

  /** An AWS service acting as itself, such as {@code ec2.amazonaws.com} (S6.13, S8.10). */
  public static Session service(String serviceName) {
    return new Session(Principal.service(serviceName), SessionKind.SERVICE, false, Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Map.of(), Set.of(), Optional.empty(), Optional.empty());
  }

  /** A session of long-term access keys (or of a principal given directly): no MFA, no token time. */
  public static Session longTerm(Principal principal, String accessKeyId) {
    return new Session(principal, SessionKind.ACCESS_KEY, false, Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), Map.of(), Set.of(), Optional.empty(), Optional.of(accessKeyId));
  }

  /** Whether the session rests on temporary credentials. */
  public boolean isTemporary() {
    return kind.isTemporary();
  }

  /** Whether {@code now} is at or after the expiration. */
  public boolean isExpiredAt(Instant now) {
    return expiration.map(e -> !now.isBefore(e)).orElse(false);
  }

  /** The session tag whose key equals {@code key} ignoring case (S10.4). */
  public Optional<String> sessionTag(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : sessionTags.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }
}
