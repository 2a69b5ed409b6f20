package dev.iamkit.core.credentials;

import java.util.Objects;

/** The status of an access key: only active keys authenticate; inactive keys still count toward the quota of 2 (S7.2). */
public enum AccessKeyStatus {
  /** The key authenticates. */
  ACTIVE("Active"),
  /** The key is kept but refused with {@code InvalidClientTokenId}. */
  INACTIVE("Inactive");

  private final String awsName;

  AccessKeyStatus(String awsName) {
    this.awsName = awsName;
  }

  /** AWS's spelling: {@code Active} or {@code Inactive}. */
  public String awsName() {
    return awsName;
  }

  /**
   * The status AWS spells {@code name} ({@code Active} or {@code Inactive}, exactly).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static AccessKeyStatus parse(String name) {
    Objects.requireNonNull(name, "name");
    for (AccessKeyStatus s : values()) {
      if (s.awsName.equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Invalid access key status \"" + name + "\": expected Active or Inactive");
  }
}
