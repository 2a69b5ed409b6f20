package dev.iamkit.testkit;



import dev.iamkit.core.policy.Policy;


/**
 * The concrete assertions on {@code Policy}: see {@link AbstractPolicyAssert} for the
 * checks. Obtain through {@link IamAssertions}; to add project-specific checks, extend
 * {@code AbstractPolicyAssert<MyAssert, ...>} (self-typed, so inherited checks return your type). Not
 * thread-safe.
 */
public class PolicyAssert extends AbstractPolicyAssert<PolicyAssert, Policy> {

  /** An assert on {@code actual}. */
  public PolicyAssert(Policy actual) {
    super(actual, PolicyAssert.class);
  }
}
