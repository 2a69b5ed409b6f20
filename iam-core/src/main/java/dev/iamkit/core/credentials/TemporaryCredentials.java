package dev.iamkit.core.credentials;

import java.time.Instant;
import java.util.Objects;

/**
 * Temporary credentials issued by STS (S8.8): an {@code ASIA...} access key ID, its secret, the session
 * token that must accompany it, and the expiration. Immutable and thread-safe; {@link #toString()} never
 * shows the secret or the token.
 *
 * @param accessKeyId the {@code ASIA...} key ID
 * @param secretAccessKey the secret
 * @param sessionToken the session token
 * @param expiration the instant from which the credentials fail with {@code ExpiredToken}
 */
public record TemporaryCredentials(String accessKeyId, Secret secretAccessKey, Secret sessionToken, Instant expiration) {
  /** Checks that no component is null. */
  public TemporaryCredentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(sessionToken, "sessionToken");
    Objects.requireNonNull(expiration, "expiration");
  }
}
