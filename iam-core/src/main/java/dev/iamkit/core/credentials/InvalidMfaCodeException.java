package dev.iamkit.core.credentials;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code InvalidMfaCode}: console sign-in of a principal with an MFA device was given no code or a wrong one (S7.1, S7.3).
 */
public final class InvalidMfaCodeException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public InvalidMfaCodeException(String message) {
    super("InvalidMfaCode", message);
  }
}
