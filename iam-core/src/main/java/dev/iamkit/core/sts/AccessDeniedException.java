package dev.iamkit.core.sts;

import dev.iamkit.core.AwsErrorException;
import dev.iamkit.core.eval.Evaluation;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * AWS error code {@code AccessDenied}: STS refused the call (S8.2): the trust policy or the caller's own
 * policies do not allow it, the ExternalId or the MFA code is wrong, the root user called AssumeRole, or
 * temporary credentials called GetSessionToken. Nothing was issued.
 */
public final class AccessDeniedException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Evaluation evaluation;

  /** Creates the exception for a refusal decided before any policy evaluation. */
  public AccessDeniedException(String message) {
    this(message, null);
  }

  /** Creates the exception for a refusal by a policy evaluation, kept for explanation. */
  public AccessDeniedException(String message, @Nullable Evaluation evaluation) {
    super("AccessDenied", message);
    this.evaluation = evaluation;
  }

  /** The evaluation that refused, when a policy evaluation refused. */
  public Optional<Evaluation> evaluation() {
    return Optional.ofNullable(evaluation);
  }
}
