package dev.iamkit.core.sts;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code PackedPolicyTooLarge}: session policies and session tags together exceed AWS's packed size (S8.1).
 */
public final class PackedPolicyTooLargeException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public PackedPolicyTooLargeException(String message) {
    super("PackedPolicyTooLarge", message);
  }
}
