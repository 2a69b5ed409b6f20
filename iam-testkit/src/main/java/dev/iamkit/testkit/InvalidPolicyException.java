package dev.iamkit.testkit;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.json.PolicyWriter;
import java.util.List;

/**
 * Thrown by {@link Policies} {@code build()} when AWS would refuse the policy: the message lists every error
 * the validator found (code, JSON pointer, explanation) and the policy as JSON.
 */
public final class InvalidPolicyException extends IamException {
  private static final long serialVersionUID = 1L;

  private final transient Policy policy;
  private final PolicyKind kind;
  private final List<PolicyProblem> problems;

  InvalidPolicyException(Policy policy, PolicyKind kind, List<PolicyProblem> problems) {
    super("The " + kind.id() + " policy is not valid:" + AbstractPolicyProblemsAssert.describe(problems) + System.lineSeparator()
        + "in:" + System.lineSeparator() + PolicyWriter.pretty().write(policy));
    this.policy = policy;
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  /** The policy that was refused. */
  public Policy policy() {
    return policy;
  }

  /** The kind it was checked as. */
  public PolicyKind kind() {
    return kind;
  }

  /** The validator's errors, in document order. */
  public List<PolicyProblem> problems() {
    return problems;
  }
}
