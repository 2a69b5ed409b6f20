package dev.iamkit.core.credentials;

import java.time.Instant;
import java.util.Objects;

/**
 * A console password of an IAM user or the root user (S7.2), kept only as a {@link PasswordHash}.
 * Immutable and thread-safe.
 *
 * @param passwordHash the salted hash
 * @param passwordResetRequired whether the user must change the password at the next sign-in
 * @param createDate when the password was set
 */
public record LoginProfile(PasswordHash passwordHash, boolean passwordResetRequired, Instant createDate) {
  /** Checks that no component is null. */
  public LoginProfile {
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(createDate, "createDate");
  }
}
