package dev.iamkit.core.credentials;

import java.time.Instant;
import java.util.Objects;

/**
 * A long-term access key of an IAM user or root user (S7.2): ID {@code AKIA...} (20 characters when iamkit
 * makes it), a 40-character secret, a status and a creation time. Immutable and thread-safe;
 * {@link #toString()} never shows the secret.
 *
 * @param accessKeyId the key ID
 * @param secretAccessKey the secret
 * @param status active or inactive
 * @param createDate when it was created
 */
public record AccessKey(String accessKeyId, Secret secretAccessKey, AccessKeyStatus status, Instant createDate) {
  /** Checks that no component is null. */
  public AccessKey {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createDate, "createDate");
  }

  /** This key with another status. */
  public AccessKey withStatus(AccessKeyStatus newStatus) {
    return new AccessKey(accessKeyId, secretAccessKey, newStatus, createDate);
  }

  /** Whether the key authenticates. */
  public boolean isActive() {
    return status == AccessKeyStatus.ACTIVE;
  }
}
