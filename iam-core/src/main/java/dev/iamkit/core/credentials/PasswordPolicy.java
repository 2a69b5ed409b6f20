package dev.iamkit.core.credentials;

import java.util.Objects;
import java.util.Optional;

/**
 * An account's password policy for IAM users (S7.2); it does not apply to the root user. Immutable and
 * thread-safe.
 *
 * @param minimumLength 6-128 for a custom policy (8 for {@link #awsDefault()})
 * @param requireUppercase at least one of A-Z
 * @param requireLowercase at least one of a-z
 * @param requireNumbers at least one of 0-9
 * @param requireSymbols at least one of {@link #SYMBOLS}
 * @param minimumCategories how many of the four categories must appear (3 in {@link #awsDefault()}, 0 in a
 *     custom policy, which uses the {@code require...} flags instead)
 * @param maxPasswordAgeDays 0 for no expiry, else 1-1095
 * @param passwordReusePrevention 0 for none, else 1-24 previous passwords
 */
public record PasswordPolicy(int minimumLength, boolean requireUppercase, boolean requireLowercase,
    boolean requireNumbers, boolean requireSymbols, int minimumCategories, int maxPasswordAgeDays,
    int passwordReusePrevention) {

  /** The symbols AWS counts: {@code ! @ # $ % ^ & * ( ) _ + - = [ ] { } | '}. */
  public static final String SYMBOLS = "!@#$%^&*()_+-=[]{}|'";
  /** The longest password AWS accepts. */
  public static final int MAX_LENGTH = 128;

  private static final PasswordPolicy AWS_DEFAULT = new PasswordPolicy(8, false, false, false, false, 3, 0, 0);

  /**
   * Checks the ranges of S7.2.
   *
   * @throws IllegalArgumentException when a number is out of its range
   */
  public PasswordPolicy {
    if (minimumLength < 6 || minimumLength > MAX_LENGTH) {
      throw new IllegalArgumentException("minimumLength must be 6-128, found " + minimumLength);
    }
    if (minimumCategories < 0 || minimumCategories > 4) {
      throw new IllegalArgumentException("minimumCategories must be 0-4, found " + minimumCategories);
    }
    if (maxPasswordAgeDays < 0 || maxPasswordAgeDays > 1095) {
      throw new IllegalArgumentException("maxPasswordAgeDays must be 0 (none) or 1-1095, found " + maxPasswordAgeDays);
    }
    if (passwordReusePrevention < 0 || passwordReusePrevention > 24) {
      throw new IllegalArgumentException("passwordReusePrevention must be 0 (none) or 1-24, found " + passwordReusePrevention);
    }
  }

  /** The policy AWS applies when the account has none: 8-128 characters, three of the four categories (S7.2). */
  public static PasswordPolicy awsDefault() {
    return AWS_DEFAULT;
  }

  /** A custom policy with a minimum length and no other requirement. */
  public static PasswordPolicy ofMinimumLength(int minimumLength) {
    return new PasswordPolicy(minimumLength, false, false, false, false, 0, 0, 0);
  }

  /**
   * What is wrong with {@code password} under this policy, or empty when it complies. The message
   * never repeats the password.
   */
  public Optional<String> violation(String password) {
    Objects.requireNonNull(password, "password");
    int length = password.codePointCount(0, password.length());
    if (length < minimumLength || length > MAX_LENGTH) {
      return Optional.of("Password should have between " + minimumLength + " and " + MAX_LENGTH + " characters");
    }
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      digit |= c >= '0' && c <= '9';
      symbol |= SYMBOLS.indexOf(c) >= 0;
    }
    if (requireUppercase && !upper) {
      return Optional.of("Password should have at least one uppercase letter");
    }
    if (requireLowercase && !lower) {
      return Optional.of("Password should have at least one lowercase letter");
    }
    if (requireNumbers && !digit) {
      return Optional.of("Password should have at least one number");
    }
    if (requireSymbols && !symbol) {
      return Optional.of("Password should have at least one symbol (" + SYMBOLS + ")");
    }
    int categories = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    if (categories < minimumCategories) {
      return Optional.of("Password should have at least " + minimumCategories
          + " of: uppercase letters, lowercase letters, numbers, symbols");
    }
    return Optional.empty();
  }
}
