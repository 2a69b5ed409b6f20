package dev.iamkit.core.credentials;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code ExpiredToken}: the temporary credentials have expired (S7.8).
 */
public final class ExpiredTokenException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public ExpiredTokenException(String message) {
    super("ExpiredToken", message);
  }
}
