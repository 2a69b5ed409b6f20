package dev.iamkit.core.credentials;

import java.time.Instant;
import java.util.Objects;

/**
 * An enabled TOTP MFA device of an IAM user or root user (S7.3). Immutable and thread-safe;
 * {@link #toString()} never shows the seed.
 *
 * @param serialNumber the serial number: for virtual devices the ARN {@code arn:aws:iam::ACCOUNT:mfa/NAME}
 * @param base32Seed the shared secret in base32, as an authenticator app holds it
 * @param enableDate when the device was enabled
 */
public record MfaDevice(String serialNumber, Secret base32Seed, Instant enableDate) {
  /** Checks that no component is null. */
  public MfaDevice {
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(base32Seed, "base32Seed");
    Objects.requireNonNull(enableDate, "enableDate");
  }

  /** The RFC 6238 generator of this device (HMAC-SHA1, six digits, 30 seconds). */
  public Totp totp() {
    return Totp.fromBase32(base32Seed.reveal());
  }
}
