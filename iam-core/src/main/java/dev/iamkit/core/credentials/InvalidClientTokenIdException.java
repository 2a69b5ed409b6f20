package dev.iamkit.core.credentials;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code InvalidClientTokenId}: the access key ID is unknown or inactive, or temporary credentials came without their valid session token (S7.8).
 */
public final class InvalidClientTokenIdException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public InvalidClientTokenIdException(String message) {
    super("InvalidClientTokenId", message);
  }
}
