package dev.iamkit.core.identity;

import dev.iamkit.core.credentials.AccessKey;
import dev.iamkit.core.credentials.LoginProfile;
import dev.iamkit.core.credentials.MfaDevice;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The credentials of an account's root user (S7.1): a password, up to 2 access keys, up to 8 MFA devices.
 * Immutable and thread-safe; prints no secret.
 *
 * @param loginProfile the password, when set
 * @param accessKeys the root access keys
 * @param mfaDevices the MFA devices
 */
public record RootUserCredentials(Optional<LoginProfile> loginProfile, List<AccessKey> accessKeys,
    List<MfaDevice> mfaDevices) {

  /** Copies the lists. */
  public RootUserCredentials {
    Objects.requireNonNull(loginProfile, "loginProfile");
    accessKeys = List.copyOf(accessKeys);
    mfaDevices = List.copyOf(mfaDevices);
  }

  /** No password, no keys, no device. */
  public static RootUserCredentials none() {
    return new RootUserCredentials(Optional.empty(), List.of(), List.of());
  }
}
