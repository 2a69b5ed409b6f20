package dev.iamkit.core;

import java.util.Objects;

/**
 * An error AWS would answer with an error code, such as {@code NoSuchEntity} from IAM or
 * {@code AccessDenied} from STS. Each subtype is named after its code ({@code NoSuchEntityException},
 * {@code AccessDeniedException}, ...), so callers can catch one code or read {@link #errorCode()}.
 *
 * <p>Messages say what was wrong and which entity, and never contain a secret (password, secret access
 * key, session token, MFA seed or code).
 */
public abstract class AwsErrorException extends IamException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;

  /**
   * Creates the exception.
   *
   * @param errorCode AWS's error code, such as {@code NoSuchEntity}
   * @param message what went wrong, without secrets
   */
  protected AwsErrorException(String errorCode, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  /** AWS's error code, such as {@code NoSuchEntity}, {@code AccessDenied} or {@code ValidationError}. */
  public String errorCode() {
    return errorCode;
  }
}
