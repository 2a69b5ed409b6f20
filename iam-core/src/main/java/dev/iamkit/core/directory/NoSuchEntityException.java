package dev.iamkit.core.directory;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code NoSuchEntity}: the named user, group, role, policy, policy version, access key, MFA device, login profile or account does not exist.
 */
public final class NoSuchEntityException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public NoSuchEntityException(String message) {
    super("NoSuchEntity", message);
  }
}
