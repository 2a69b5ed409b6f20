package dev.iamkit.testkit;

import dev.iamkit.core.policy.PolicyProblem;
import java.util.List;

/**
 * The concrete assertions on {@code List<PolicyProblem>}: see {@link AbstractPolicyProblemsAssert} for the
 * checks. Obtain through {@link IamAssertions}; to add project-specific checks, extend
 * {@code AbstractPolicyProblemsAssert<MyAssert, ...>} (self-typed, so inherited checks return your type). Not
 * thread-safe.
 */
public class PolicyProblemsAssert extends AbstractPolicyProblemsAssert<PolicyProblemsAssert, List<PolicyProblem>> {

  /** An assert on {@code actual}. */
  public PolicyProblemsAssert(List<PolicyProblem> actual) {
    super(actual, PolicyProblemsAssert.class);
  }
}
