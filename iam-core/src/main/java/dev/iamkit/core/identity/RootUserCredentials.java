package dev.iamkit.core.identity;

import dev.iamkit.core.credentials.AccessKey;
import dev.iamkit.core.credentials.LoginProfile;
import dev.iamkit.core.credentials.MfaDevice;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The credentials of an account's root user (S7.1): a password, up to 2 access keys, up to 8 MFA devices.
 * Immutable and thread-safe; prints no secret.
 */
public final class RootUserCredentials {
  private final Optional<LoginProfile> loginProfile;
  private final List<AccessKey> accessKeys;
  private final List<MfaDevice> mfaDevices;

  private RootUserCredentials(@Nullable LoginProfile loginProfile, List<AccessKey> accessKeys,
      List<MfaDevice> mfaDevices) {
    accessKeys = List.copyOf(accessKeys);
    mfaDevices = List.copyOf(mfaDevices);
    this.loginProfile = Optional.ofNullable(loginProfile);
    this.accessKeys = accessKeys;
    this.mfaDevices = mfaDevices;
  }

  /**
   * The value made of these parts. Copies the lists.
   *
   * @param loginProfile the password, when set
   * @param accessKeys the root access keys
   * @param mfaDevices the MFA devices
   * @return the value
   */
  public static RootUserCredentials of(@Nullable LoginProfile loginProfile, List<AccessKey> accessKeys,
      List<MfaDevice> mfaDevices) {
    return new RootUserCredentials(loginProfile, accessKeys, mfaDevices);
  }

  /** The password, when set. */
  public Optional<LoginProfile> loginProfile() {
    return loginProfile;
  }

  /** The root access keys. */
  public List<AccessKey> accessKeys() {
    return accessKeys;
  }

  /** The MFA devices. */
  public List<MfaDevice> mfaDevices() {
    return mfaDevices;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || obj instanceof RootUserCredentials o
        && loginProfile.equals(o.loginProfile) && accessKeys.equals(o.accessKeys) && mfaDevices.equals(o.mfaDevices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(loginProfile, accessKeys, mfaDevices);
  }

  @Override
  public String toString() {
    return "RootUserCredentials[loginProfile=" + loginProfile + ", accessKeys=" + accessKeys + ", mfaDevices="
        + mfaDevices + "]";
  }

  /** No password, no keys, no device. */
  public static RootUserCredentials none() {
    return new RootUserCredentials(null, List.of(), List.of());
  }
}
