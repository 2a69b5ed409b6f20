package dev.iamkit.core.sts;

import dev.iamkit.core.AwsErrorException;

/**
 * AWS error code {@code ValidationError}: a parameter of an STS call breaks its shape rules: duration, session name, external ID, token code, source identity, tags or session policy length (S8.1, S8.12).
 */
public final class ValidationErrorException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the entity and contains no secret. */
  public ValidationErrorException(String message) {
    super("ValidationError", message);
  }
}
