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
import org.jspecify.annotations.Nullable;

/**
 * An authenticated caller (ARCHITECTURE "flow of one request"): the principal, how it authenticated, its
 * MFA state, the token issue time and expiry of temporary credentials, the session policies, session tags
 * and source identity of a role session. Immutable and thread-safe; holds no secret.
 *
 * <p>Sessions come from {@code Iam.signIn}, {@code Iam.authenticate}, {@code Iam.getSessionToken} and
 * {@code Iam.assumeRole}; {@link #service(String)} stands for an AWS service acting as itself.
 */
public final class Session {
  private final Principal principal;
  private final SessionKind kind;
  private final boolean mfaAuthenticated;
  private final Optional<Instant> mfaAuthenticatedAt;
  private final Optional<Instant> tokenIssueTime;
  private final Optional<Instant> expiration;
  private final List<NamedPolicy> sessionPolicies;
  private final Map<String, String> sessionTags;
  private final Set<String> transitiveTagKeys;
  private final Optional<String> sourceIdentity;
  private final Optional<String> accessKeyId;

  private Session(Principal principal, SessionKind kind, boolean mfaAuthenticated,
      @Nullable Instant mfaAuthenticatedAt, @Nullable Instant tokenIssueTime, @Nullable Instant expiration,
      List<NamedPolicy> sessionPolicies, Map<String, String> sessionTags, Set<String> transitiveTagKeys,
      @Nullable String sourceIdentity, @Nullable String accessKeyId) {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(kind, "kind");
    sessionPolicies = List.copyOf(sessionPolicies);
    // Empty collections (every long-term session's) are shared, not copied: sessions are made per request.
    sessionTags = sessionTags.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sessionTags));
    transitiveTagKeys = transitiveTagKeys.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(new LinkedHashSet<>(transitiveTagKeys));
    if (mfaAuthenticatedAt != null && !mfaAuthenticated) {
      throw new IllegalArgumentException("mfaAuthenticatedAt is set but mfaAuthenticated is false");
    }
    this.principal = principal;
    this.kind = kind;
    this.mfaAuthenticated = mfaAuthenticated;
    this.mfaAuthenticatedAt = Optional.ofNullable(mfaAuthenticatedAt);
    this.tokenIssueTime = Optional.ofNullable(tokenIssueTime);
    this.expiration = Optional.ofNullable(expiration);
    this.sessionPolicies = sessionPolicies;
    this.sessionTags = sessionTags;
    this.transitiveTagKeys = transitiveTagKeys;
    this.sourceIdentity = Optional.ofNullable(sourceIdentity);
    this.accessKeyId = Optional.ofNullable(accessKeyId);
  }

  /**
   * The value made of these parts. Copies the collections and checks that MFA time goes with MFA.
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
   * @param accessKeyId the access key ID of the credentials ({@code AKIA...} or {@code ASIA...}), when the session
   *     has one
   * @return the value
   */
  public static Session of(Principal principal, SessionKind kind, boolean mfaAuthenticated,
      @Nullable Instant mfaAuthenticatedAt, @Nullable Instant tokenIssueTime, @Nullable Instant expiration,
      List<NamedPolicy> sessionPolicies, Map<String, String> sessionTags, Set<String> transitiveTagKeys,
      @Nullable String sourceIdentity, @Nullable String accessKeyId) {
    return new Session(principal, kind, mfaAuthenticated, mfaAuthenticatedAt, tokenIssueTime, expiration,
        sessionPolicies, sessionTags, transitiveTagKeys, sourceIdentity, accessKeyId);
  }

  /** Who calls. */
  public Principal principal() {
    return principal;
  }

  /** How the session was obtained. */
  public SessionKind kind() {
    return kind;
  }

  /** Whether MFA was used to obtain it ({@code aws:MultiFactorAuthPresent}, S5.2). */
  public boolean mfaAuthenticated() {
    return mfaAuthenticated;
  }

  /** When MFA was used, when it was ({@code aws:MultiFactorAuthAge}). */
  public Optional<Instant> mfaAuthenticatedAt() {
    return mfaAuthenticatedAt;
  }

  /** When temporary credentials were issued ({@code aws:TokenIssueTime}). */
  public Optional<Instant> tokenIssueTime() {
    return tokenIssueTime;
  }

  /** When temporary credentials expire. */
  public Optional<Instant> expiration() {
    return expiration;
  }

  /** The session policies that limit a role session (S8.5). */
  public List<NamedPolicy> sessionPolicies() {
    return sessionPolicies;
  }

  /** The session tags, case-preserving, unique ignoring case (S8.6). */
  public Map<String, String> sessionTags() {
    return sessionTags;
  }

  /** The keys of session tags passed on to chained sessions (S8.6). */
  public Set<String> transitiveTagKeys() {
    return transitiveTagKeys;
  }

  /** The source identity, set once and kept through chaining (S8.7). */
  public Optional<String> sourceIdentity() {
    return sourceIdentity;
  }

  /** The access key ID of the credentials ({@code AKIA...} or {@code ASIA...}), when the session has one. */
  public Optional<String> accessKeyId() {
    return accessKeyId;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || obj instanceof Session o
        && principal.equals(o.principal) && kind.equals(o.kind) && mfaAuthenticated == o.mfaAuthenticated
            && mfaAuthenticatedAt.equals(o.mfaAuthenticatedAt) && tokenIssueTime.equals(o.tokenIssueTime)
            && expiration.equals(o.expiration) && sessionPolicies.equals(o.sessionPolicies)
            && sessionTags.equals(o.sessionTags) && transitiveTagKeys.equals(o.transitiveTagKeys)
            && sourceIdentity.equals(o.sourceIdentity) && accessKeyId.equals(o.accessKeyId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(principal, kind, mfaAuthenticated, mfaAuthenticatedAt, tokenIssueTime, expiration,
        sessionPolicies, sessionTags, transitiveTagKeys, sourceIdentity, accessKeyId);
  }

  @Override
  public String toString() {
    return "Session[principal=" + principal + ", kind=" + kind + ", mfaAuthenticated=" + mfaAuthenticated
        + ", mfaAuthenticatedAt=" + mfaAuthenticatedAt + ", tokenIssueTime=" + tokenIssueTime + ", expiration="
        + expiration + ", sessionPolicies=" + sessionPolicies + ", sessionTags=" + sessionTags
        + ", transitiveTagKeys=" + transitiveTagKeys + ", sourceIdentity=" + sourceIdentity + ", accessKeyId="
        + accessKeyId + "]";
  }

  /** An AWS service acting as itself, such as {@code ec2.amazonaws.com} (S6.13, S8.10). */
  public static Session service(String serviceName) {
    return new Session(Principal.service(serviceName), SessionKind.SERVICE, false, null, null, null, List.of(),
        Map.of(), Set.of(), null, null);
  }

  /** A session of long-term access keys (or of a principal given directly): no MFA, no token time. */
  public static Session longTerm(Principal principal, String accessKeyId) {
    return new Session(principal, SessionKind.ACCESS_KEY, false, null, null, null, List.of(), Map.of(), Set.of(),
        null, Objects.requireNonNull(accessKeyId, "accessKeyId"));
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
