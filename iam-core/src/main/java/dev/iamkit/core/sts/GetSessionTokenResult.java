package dev.iamkit.core.sts;

import dev.iamkit.core.credentials.TemporaryCredentials;
import dev.iamkit.core.identity.Session;
import java.util.Objects;

/**
 * What {@code GetSessionToken} returns (S8.11). Immutable and thread-safe; prints no secret.
 *
 * @param credentials the temporary credentials
 * @param session the new session: the caller's own permissions, with MFA when a valid code was given
 */
public record GetSessionTokenResult(TemporaryCredentials credentials, Session session) {
  /** Checks that no component is null. */
  public GetSessionTokenResult {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(session, "session");
  }
}
