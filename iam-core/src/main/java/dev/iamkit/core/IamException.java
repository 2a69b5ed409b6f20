package dev.iamkit.core;

/**
 * The root of every exception iamkit throws on purpose.
 *
 * <p>Subtypes say what went wrong (for example {@link dev.iamkit.core.arn.ArnFormatException}); their
 * messages say where and quote the offending text, and never contain secrets.
 */
public class IamException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with the given message. */
  public IamException(String message) {
    super(message);
  }

  /** Creates an exception with the given message and cause. */
  public IamException(String message, Throwable cause) {
    super(message, cause);
  }
}
