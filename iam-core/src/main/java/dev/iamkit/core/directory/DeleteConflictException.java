package dev.iamkit.core.directory;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code DeleteConflict}: the entity is still in use: a user with credentials, policies or groups (S7.2), a group with members or policies, a role with policies, a policy still attached, or the default policy version.
 */
public final class DeleteConflictException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public DeleteConflictException(String message) {
    super("DeleteConflict", message);
  }
}
