package dev.iamkit.core.directory;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code EntityAlreadyExists}: an entity with that name (compared ignoring case, S10.1) or that login profile already exists.
 */
public final class EntityAlreadyExistsException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public EntityAlreadyExistsException(String message) {
    super("EntityAlreadyExists", message);
  }
}
