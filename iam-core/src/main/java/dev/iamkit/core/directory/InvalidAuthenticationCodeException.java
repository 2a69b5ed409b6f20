package dev.iamkit.core.directory;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code InvalidAuthenticationCode}: EnableMFADevice was given codes that are not two consecutive valid TOTP codes of the device (S7.3).
 */
public final class InvalidAuthenticationCodeException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public InvalidAuthenticationCodeException(String message) {
    super("InvalidAuthenticationCode", message);
  }
}
