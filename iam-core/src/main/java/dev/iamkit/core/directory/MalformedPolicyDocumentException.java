package dev.iamkit.core.directory;

import dev.iamkit.core.AwsErrorException;
import dev.iamkit.core.policy.PolicyProblem;
import java.util.List;

/**
 * AWS error code {@code MalformedPolicyDocument}: the policy document has errors as the
 * {@link dev.iamkit.core.policy.PolicyValidator} finds them for its kind (S1.13), for example a session
 * policy without statements. Also thrown by STS for a malformed session policy (S8.1).
 */
public final class MalformedPolicyDocumentException extends AwsErrorException {
  private static final long serialVersionUID = 1L;

  private final transient List<PolicyProblem> problems;

  /** Creates the exception; {@code problems} are the validator's errors. */
  public MalformedPolicyDocumentException(String message, List<PolicyProblem> problems) {
    super("MalformedPolicyDocument", message);
    this.problems = List.copyOf(problems);
  }

  /** The validator's errors, in document order. */
  public List<PolicyProblem> problems() {
    return problems == null ? List.of() : problems;
  }
}
