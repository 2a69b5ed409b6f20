package dev.iamkit.core.arn;

import dev.iamkit.core.IamException;

/**
 * Thrown when text is not a well-formed ARN or account ID. Carries the input and the index at which
 * the problem was found, like {@link java.time.format.DateTimeParseException}.
 */
public final class ArnFormatException extends IamException {
  private static final long serialVersionUID = 1L;
  private final String input;
  private final int errorIndex;

  /** Creates an exception for {@code input}, with the problem found at {@code errorIndex}. */
  public ArnFormatException(String message, String input, int errorIndex) {
    super(message);
    this.input = input;
    this.errorIndex = errorIndex;
  }

  /** The text that failed to parse. */
  public String input() {
    return input;
  }

  /** The index in {@link #input()} where the problem was found. */
  public int errorIndex() {
    return errorIndex;
  }
}
