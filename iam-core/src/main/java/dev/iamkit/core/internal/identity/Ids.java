package dev.iamkit.core.internal.identity;

import java.security.SecureRandom;

/**
 * Identifier and secret formats of S7.7, drawn from an injected {@link SecureRandom}: unique IDs of 21
 * characters (prefix + 17 of {@code A-Z2-7}), access key IDs of 20 (prefix + 16), secret keys of 40
 * (base64 alphabet, as AWS's), session tokens of 356 characters.
 */
public final class Ids {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String SECRET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private Ids() {}

  /** A unique ID: {@code prefix} (AIDA, AROA, AGPA, ANPA) and 17 characters. */
  public static String uniqueId(String prefix, SecureRandom random) {
    return prefix + draw(BASE32, 17, random);
  }

  /** An access key ID: {@code prefix} (AKIA, ASIA) and 16 characters. */
  public static String accessKeyId(String prefix, SecureRandom random) {
    return prefix + draw(BASE32, 16, random);
  }

  /** A 40-character secret access key. */
  public static String secretAccessKey(SecureRandom random) {
    return draw(SECRET, 40, random);
  }

  /** A session token (opaque, S7.7). */
  public static String sessionToken(SecureRandom random) {
    return "IQoJb3JpZ2luX2Vj" + draw(SECRET, 340, random);
  }

  /**
   * {@code n} characters of {@code alphabet} (32 or 64 characters) from one call to {@code random}: each byte
   * masked to the alphabet's size, so every character is equally likely (no modulo bias) and the source,
   * synchronized and costly per call, is asked once per value instead of once per character.
   */
  private static String draw(String alphabet, int n, SecureRandom random) {
    int mask = alphabet.length() - 1;
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    char[] chars = new char[n];
    for (int i = 0; i < n; i++) {
      chars[i] = alphabet.charAt(bytes[i] & mask);
    }
    return new String(chars);
  }
}
