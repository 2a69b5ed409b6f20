package dev.iamkit.core.credentials;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password kept only as a salted slow hash: PBKDF2 with HMAC-SHA256 from the JDK, a fresh 16-byte salt
 * per password from the injected {@link SecureRandom}, a 256-bit derived key, and a cost of
 * {@link #DEFAULT_ITERATIONS} iterations unless chosen otherwise (the OWASP Password Storage Cheat Sheet's
 * figure for PBKDF2-HMAC-SHA256). The cost is stored with the hash, so a hash made with another cost
 * still verifies. Immutable and thread-safe; {@link #toString()} shows the algorithm and cost only.
 *
 * <pre>{@code
 * PasswordHash hash = PasswordHash.of("correct horse", random);
 * hash.matches("correct horse");   // true, compared in constant time
 * String stored = hash.encoded();  // pbkdf2-sha256$600000$<salt>$<hash>
 * }</pre>
 */
public final class PasswordHash {
  /** The algorithm name in {@link #encoded()}. */
  public static final String ALGORITHM = "pbkdf2-sha256";
  /** The default cost: 600,000 iterations of HMAC-SHA256 (OWASP, 2023). */
  public static final int DEFAULT_ITERATIONS = 600_000;
  /** The lowest cost accepted (for tests and simulations that hash many passwords): 1,000. */
  public static final int MIN_ITERATIONS = 1_000;
  /** Salt length in bytes. */
  public static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final String JCA_NAME = "PBKDF2WithHmacSHA256";

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /** Hashes {@code password} with a fresh salt and {@link #DEFAULT_ITERATIONS}. */
  public static PasswordHash of(String password, SecureRandom random) {
    return of(password, random, DEFAULT_ITERATIONS);
  }

  /**
   * Hashes {@code password} with a fresh salt from {@code random} and the given cost.
   *
   * @throws IllegalArgumentException if {@code iterations} is below {@link #MIN_ITERATIONS}
   */
  public static PasswordHash of(String password, SecureRandom random, int iterations) {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(random, "random");
    checkIterations(iterations);
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new PasswordHash(iterations, salt, derive(password, salt, iterations));
  }

  /**
   * Reads the form written by {@link #encoded()}: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, salt and hash
   * in base64.
   *
   * @throws IllegalArgumentException if the text has another form (the message does not repeat the text)
   */
  public static PasswordHash parse(String encoded) {
    Objects.requireNonNull(encoded, "encoded");
    String[] parts = encoded.split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      throw new IllegalArgumentException("Invalid password hash: expected " + ALGORITHM + "$ITERATIONS$SALT$HASH");
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      checkIterations(iterations);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      if (salt.length < 8 || hash.length != HASH_BITS / 8) {
        throw new IllegalArgumentException("Invalid password hash: salt of at least 8 bytes and a 32-byte hash expected");
      }
      return new PasswordHash(iterations, salt, hash);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid password hash: the iteration count is not a number", e);
    }
  }

  /** Whether {@code candidate} is the password; the hashes are compared in constant time. */
  public boolean matches(String candidate) {
    Objects.requireNonNull(candidate, "candidate");
    return MessageDigest.isEqual(hash, derive(candidate, salt, iterations));
  }

  /** The number of PBKDF2 iterations (the cost). */
  public int iterations() {
    return iterations;
  }

  /** A copy of the salt. */
  public byte[] salt() {
    return salt.clone();
  }

  /** {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (base64): what a store keeps; not the password. */
  public String encoded() {
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  /** {@code PasswordHash[pbkdf2-sha256, 600000 iterations]}: no salt, no hash. */
  @Override
  public String toString() {
    return "PasswordHash[" + ALGORITHM + ", " + iterations + " iterations]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordHash other && iterations == other.iterations
        && MessageDigest.isEqual(salt, other.salt) && MessageDigest.isEqual(hash, other.hash);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(salt);
  }

  private static void checkIterations(int iterations) {
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException("PBKDF2 iterations must be at least " + MIN_ITERATIONS + ", found " + iterations);
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    char[] chars = password.toCharArray();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(JCA_NAME).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK lacks " + JCA_NAME, e);
    } finally {
      spec.clearPassword();
      Arrays.fill(chars, '\0');
    }
  }
}
