package dev.iamkit.core.directory;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code LimitExceeded}: a quota of S10.3 or a size quota of S10.2 would be exceeded (for example a third access key or a sixth policy version).
 */
public final class LimitExceededException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public LimitExceededException(String message) {
    super("LimitExceeded", message);
  }
}
