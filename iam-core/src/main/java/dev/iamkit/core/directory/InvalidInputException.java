package dev.iamkit.core.directory;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code InvalidInput}: a parameter breaks AWS's shape rules (names, paths, tags, durations, S10.1).
 */
public final class InvalidInputException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public InvalidInputException(String message) {
    super("InvalidInput", message);
  }
}
