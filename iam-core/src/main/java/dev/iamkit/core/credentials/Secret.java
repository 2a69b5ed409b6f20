package dev.iamkit.core.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret value (secret access key, session token, MFA seed): {@link #toString()} shows
 * {@code Secret[****]}, never the value, and {@link #matches(String)} compares in constant time
 * ({@link MessageDigest#isEqual}). Immutable and thread-safe. {@code equals} is identity: two secrets are
 * compared only through {@link #matches(String)}.
 */
public final class Secret {
  private final byte[] utf8;

  private Secret(byte[] utf8) {
    this.utf8 = utf8;
  }

  /** Wraps {@code value}. */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    return new Secret(value.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code candidate} equals the secret; takes the same time wherever the first difference lies. */
  public boolean matches(String candidate) {
    Objects.requireNonNull(candidate, "candidate");
    return MessageDigest.isEqual(utf8, candidate.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The secret in clear. Only for the one place the caller is entitled to it: showing a new access key's
   * secret once, or an export that was asked to include secrets.
   */
  public String reveal() {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /** The number of characters of the secret (not secret itself). */
  public int length() {
    return reveal().length();
  }

  /** {@code Secret[****]}: never the value. */
  @Override
  public String toString() {
    return "Secret[****]";
  }
}
