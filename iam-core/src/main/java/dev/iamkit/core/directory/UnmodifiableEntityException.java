package dev.iamkit.core.directory;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code UnmodifiableEntity}: AWS protects the entity whatever the policies say: AWS managed policies, service-linked roles under {@code /aws-service-role/} and roles under {@code /aws-reserved/} (issue 13 §5).
 */
public final class UnmodifiableEntityException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public UnmodifiableEntityException(String message) {
    super("UnmodifiableEntity", message);
  }
}
