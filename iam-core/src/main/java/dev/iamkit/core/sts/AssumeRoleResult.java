package dev.iamkit.core.sts;

import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.credentials.TemporaryCredentials;
import dev.iamkit.core.identity.Session;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code AssumeRole} returns (S8.8). Immutable and thread-safe; prints no secret.
 *
 * @param credentials the temporary credentials ({@code ASIA...}, secret, session token, expiration)
 * @param session the new session, as {@code Iam.authenticate} will return it for these credentials
 * @param assumedRoleId {@code ROLEID:SESSIONNAME}, the session's {@code aws:userid}
 * @param assumedRoleArn {@code arn:aws:sts::ACCOUNT:assumed-role/ROLENAME/SESSIONNAME}
 * @param packedPolicySize the packed size of session policies and tags, as a percentage of the limit
 * @param sourceIdentity the source identity of the session, when set
 */
public record AssumeRoleResult(TemporaryCredentials credentials, Session session, String assumedRoleId,
    Arn assumedRoleArn, int packedPolicySize, Optional<String> sourceIdentity) {
  /** Checks that no component is null. */
  public AssumeRoleResult {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(assumedRoleId, "assumedRoleId");
    Objects.requireNonNull(assumedRoleArn, "assumedRoleArn");
    Objects.requireNonNull(sourceIdentity, "sourceIdentity");
  }
}
