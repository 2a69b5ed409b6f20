package dev.iamkit.core.directory;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code PasswordPolicyViolation}: the password does not satisfy the account's password policy (S7.2).
 */
public final class PasswordPolicyViolationException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public PasswordPolicyViolationException(String message) {
    super("PasswordPolicyViolation", message);
  }
}
