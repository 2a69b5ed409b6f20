package dev.iamkit.core.sts;

import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.credentials.TemporaryCredentials;
import dev.iamkit.core.identity.Session;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@code AssumeRole} returns (S8.8). Immutable and thread-safe; prints no secret.
 */
public final class AssumeRoleResult {
  private final TemporaryCredentials credentials;
  private final Session session;
  private final String assumedRoleId;
  private final Arn assumedRoleArn;
  private final int packedPolicySize;
  private final Optional<String> sourceIdentity;

  private AssumeRoleResult(TemporaryCredentials credentials, Session session, String assumedRoleId,
      Arn assumedRoleArn, int packedPolicySize, @Nullable String sourceIdentity) {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(assumedRoleId, "assumedRoleId");
    Objects.requireNonNull(assumedRoleArn, "assumedRoleArn");
    this.credentials = credentials;
    this.session = session;
    this.assumedRoleId = assumedRoleId;
    this.assumedRoleArn = assumedRoleArn;
    this.packedPolicySize = packedPolicySize;
    this.sourceIdentity = Optional.ofNullable(sourceIdentity);
  }

  /**
   * The value made of these parts. Checks that no component is null.
   *
   * @param credentials the temporary credentials ({@code ASIA...}, secret, session token, expiration)
   * @param session the new session, as {@code Iam.authenticate} will return it for these credentials
   * @param assumedRoleId {@code ROLEID:SESSIONNAME}, the session's {@code aws:userid}
   * @param assumedRoleArn {@code arn:aws:sts::ACCOUNT:assumed-role/ROLENAME/SESSIONNAME}
   * @param packedPolicySize the packed size of session policies and tags, as a percentage of the limit
   * @param sourceIdentity the source identity of the session, when set
   * @return the value
   */
  public static AssumeRoleResult of(TemporaryCredentials credentials, Session session, String assumedRoleId,
      Arn assumedRoleArn, int packedPolicySize, @Nullable String sourceIdentity) {
    return new AssumeRoleResult(credentials, session, assumedRoleId, assumedRoleArn, packedPolicySize, sourceIdentity);
  }

  /** The temporary credentials ({@code ASIA...}, secret, session token, expiration). */
  public TemporaryCredentials credentials() {
    return credentials;
  }

  /** The new session, as {@code Iam.authenticate} will return it for these credentials. */
  public Session session() {
    return session;
  }

  /** {@code ROLEID:SESSIONNAME}, the session's {@code aws:userid}. */
  public String assumedRoleId() {
    return assumedRoleId;
  }

  /** {@code arn:aws:sts::ACCOUNT:assumed-role/ROLENAME/SESSIONNAME}. */
  public Arn assumedRoleArn() {
    return assumedRoleArn;
  }

  /** The packed size of session policies and tags, as a percentage of the limit. */
  public int packedPolicySize() {
    return packedPolicySize;
  }

  /** The source identity of the session, when set. */
  public Optional<String> sourceIdentity() {
    return sourceIdentity;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || obj instanceof AssumeRoleResult o
        && credentials.equals(o.credentials) && session.equals(o.session) && assumedRoleId.equals(o.assumedRoleId)
            && assumedRoleArn.equals(o.assumedRoleArn) && packedPolicySize == o.packedPolicySize
            && sourceIdentity.equals(o.sourceIdentity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(credentials, session, assumedRoleId, assumedRoleArn, packedPolicySize, sourceIdentity);
  }

  @Override
  public String toString() {
    return "AssumeRoleResult[credentials=" + credentials + ", session=" + session + ", assumedRoleId="
        + assumedRoleId + ", assumedRoleArn=" + assumedRoleArn + ", packedPolicySize=" + packedPolicySize
        + ", sourceIdentity=" + sourceIdentity + "]";
  }
}
