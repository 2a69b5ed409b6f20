package dev.iamkit.core.arn;

import dev.iamkit.core.IamException;
import java.util.Objects;
import java.util.Optional;

/**
 * An AWS account ID: exactly 12 decimal digits (S7.1). Immutable and thread-safe.
 *
 * <pre>{@code AccountId id = AccountId.parse("111122223333"); }</pre>
 *
 * @param value the 12 digits
 */
public record AccountId(String value) implements Comparable<AccountId> {

  /** Validates the digits. */
  public AccountId {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new ArnFormatException(
          "Invalid account ID: expected 12 decimal digits, found " + IamException.quote(value), value, 0);
    }
  }

  /** Parses a 12-digit account ID; throws {@link ArnFormatException} when it is not one. */
  public static AccountId parse(String text) {
    return new AccountId(text);
  }

  /** Parses a 12-digit account ID, or returns empty. */
  public static Optional<AccountId> tryParse(String text) {
    Objects.requireNonNull(text, "text");
    return isValid(text) ? Optional.of(new AccountId(text)) : Optional.empty();
  }

  /** Whether {@code text} is exactly 12 ASCII digits. */
  public static boolean isValid(String text) {
    if (text.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The ARN of this account's root user, {@code arn:PARTITION:iam::ID:root}. */
  public Arn rootArn(String partition) {
    return Arn.of(partition, "iam", "", value, "root");
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
