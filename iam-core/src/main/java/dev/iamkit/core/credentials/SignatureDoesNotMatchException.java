package dev.iamkit.core.credentials;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code SignatureDoesNotMatch}: the access key is known but the secret access key is wrong (S7.8).
 */
public final class SignatureDoesNotMatchException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public SignatureDoesNotMatchException(String message) {
    super("SignatureDoesNotMatch", message);
  }
}
