package dev.iamkit.core.credentials;

import com.google.common.io.BaseEncoding;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 (HOTP of RFC 4226 over the time step {@code T = floor((now -
 * T0) / X)} with {@code T0 = 0}). Virtual MFA devices use HMAC-SHA1, 30-second steps and six digits
 * (S7.3): {@link #sha1(byte[])}. Immutable and thread-safe; {@link #toString()} hides the key.
 *
 * <pre>{@code
 * Totp totp = Totp.fromBase32("JBSWY3DPEHPK3PXP");
 * String code = totp.code(clock.instant());
 * }</pre>
 */
public final class Totp {
  /** The time step of virtual MFA devices: 30 seconds. */
  public static final Duration STEP = Duration.ofSeconds(30);

  private final String macAlgorithm;
  private final byte[] key;
  private final int digits;
  private final long stepSeconds;

  private Totp(String macAlgorithm, byte[] key, int digits, long stepSeconds) {
    this.macAlgorithm = macAlgorithm;
    this.key = key;
    this.digits = digits;
    this.stepSeconds = stepSeconds;
  }

  /** HMAC-SHA1, six digits, 30-second steps: what AWS virtual MFA devices use. */
  public static Totp sha1(byte[] key) {
    return of("HmacSHA1", key, 6, STEP);
  }

  /**
   * The device whose seed is {@code base32Seed} (RFC 4648 base32, as shown by authenticator apps; case,
   * spaces and padding ignored).
   *
   * @throws IllegalArgumentException if the text is not base32 or decodes to fewer than 10 bytes
   */
  public static Totp fromBase32(String base32Seed) {
    return sha1(decodeBase32(base32Seed));
  }

  /**
   * A generator with any parameters of RFC 6238.
   *
   * @param macAlgorithm {@code HmacSHA1}, {@code HmacSHA256} or {@code HmacSHA512}
   * @param key the shared secret
   * @param digits 6-8
   * @param step the time step, at least one second
   */
  public static Totp of(String macAlgorithm, byte[] key, int digits, Duration step) {
    Objects.requireNonNull(macAlgorithm, "macAlgorithm");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(step, "step");
    if (!macAlgorithm.equals("HmacSHA1") && !macAlgorithm.equals("HmacSHA256") && !macAlgorithm.equals("HmacSHA512")) {
      throw new IllegalArgumentException("Unsupported TOTP algorithm \"" + macAlgorithm
          + "\": expected HmacSHA1, HmacSHA256 or HmacSHA512");
    }
    if (digits < 6 || digits > 8) {
      throw new IllegalArgumentException("TOTP digits must be 6-8, found " + digits);
    }
    if (key.length == 0) {
      throw new IllegalArgumentException("TOTP key must not be empty");
    }
    if (step.toSeconds() < 1) {
      throw new IllegalArgumentException("TOTP step must be at least one second, found " + step);
    }
    return new Totp(macAlgorithm, key.clone(), digits, step.toSeconds());
  }

  /**
   * Decodes an RFC 4648 base32 seed, ignoring case, spaces and {@code =} padding.
   *
   * @throws IllegalArgumentException if it is not base32 or shorter than 10 bytes (80 bits)
   */
  public static byte[] decodeBase32(String base32Seed) {
    Objects.requireNonNull(base32Seed, "base32Seed");
    String clean = base32Seed.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
    byte[] key;
    try {
      key = BaseEncoding.base32().omitPadding().decode(clean);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid MFA seed: expected base32 characters A-Z and 2-7", e);
    }
    if (key.length < 10) {
      throw new IllegalArgumentException("Invalid MFA seed: expected at least 16 base32 characters (80 bits), found "
          + clean.length());
    }
    return key;
  }

  /** Encodes {@code key} as unpadded upper-case base32, the form authenticator apps take. */
  public static String encodeBase32(byte[] key) {
    return BaseEncoding.base32().omitPadding().encode(key);
  }

  /** The time step counter at {@code time}: {@code floor(epochSeconds / step)}. */
  public long counter(Instant time) {
    return Math.floorDiv(Objects.requireNonNull(time, "time").getEpochSecond(), stepSeconds);
  }

  /** The code at {@code time}, zero-padded to the number of digits. */
  public String code(Instant time) {
    return codeAt(counter(time));
  }

  /** The code for time step {@code counter} (RFC 4226 HOTP with dynamic truncation). */
  public String codeAt(long counter) {
    byte[] message = new byte[8];
    for (int i = 7; i >= 0; i--) {
      message[i] = (byte) (counter & 0xff);
      counter >>>= 8;
    }
    byte[] mac;
    try {
      Mac hmac = Mac.getInstance(macAlgorithm);
      hmac.init(new SecretKeySpec(key, macAlgorithm));
      mac = hmac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK lacks " + macAlgorithm, e);
    }
    int offset = mac[mac.length - 1] & 0x0f;
    int binary = ((mac[offset] & 0x7f) << 24) | ((mac[offset + 1] & 0xff) << 16)
        | ((mac[offset + 2] & 0xff) << 8) | (mac[offset + 3] & 0xff);
    int modulus = 1;
    for (int i = 0; i < digits; i++) {
      modulus *= 10;
    }
    StringBuilder s = new StringBuilder(Integer.toString(binary % modulus));
    while (s.length() < digits) {
      s.insert(0, '0');
    }
    return s.toString();
  }

  /**
   * The time step whose code is {@code code}, searching {@code window} steps before and after the step of
   * {@code time} (AWS accepts codes of neighbouring steps for clock drift), or -1. Each candidate is
   * compared in constant time.
   */
  public long matchingCounter(String code, Instant time, int window) {
    Objects.requireNonNull(code, "code");
    long now = counter(time);
    long found = -1;
    for (long c = now - window; c <= now + window; c++) {
      if (java.security.MessageDigest.isEqual(codeAt(c).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          code.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) && found < 0) {
        found = c;
      }
    }
    return found;
  }

  /** {@code Totp[HmacSHA1, 6 digits, 30 s]}: never the key. */
  @Override
  public String toString() {
    return "Totp[" + macAlgorithm + ", " + digits + " digits, " + stepSeconds + " s]";
  }
}
