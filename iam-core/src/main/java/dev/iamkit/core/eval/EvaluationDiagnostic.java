package dev.iamkit.core.eval;

import java.util.Objects;

/**
 * A problem met while evaluating (an unknown operator, an unparseable value, a statement without Resource), which
 * failed closed (S3.14); see {@link Evaluation#diagnostics()}. Immutable and thread-safe.
 *
 * @param statement the policy statement the problem is about, for example
 *     {@code identity policy "Id" statement 0 (Young)}; empty when it is about none
 * @param message what was wrong
 */
public record EvaluationDiagnostic(String statement, String message) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public EvaluationDiagnostic {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A diagnostic about {@code statement}.
   *
   * @param statement the policy statement the problem is about; empty when it is about none
   * @param message what was wrong
   * @return the diagnostic
   */
  public static EvaluationDiagnostic of(String statement, String message) {
    return new EvaluationDiagnostic(statement, message);
  }

  /** The statement, a colon and the message, as {@code iam simulate} and failure messages print it. */
  @Override
  public String toString() {
    return statement + ": " + message;
  }
}
