package dev.iamkit.core.credentials;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code SignInFailed}: console sign-in failed: unknown user, wrong password, or a user without a password; one code so that user names cannot be probed (S7.8).
 */
public final class SignInFailedException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public SignInFailedException(String message) {
    super("SignInFailed", message);
  }
}
