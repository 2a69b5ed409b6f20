package dev.iamkit.core.policy;

import java.util.List;
import java.util.Objects;

/**
 * Checks a policy against AWS's rules for a {@link PolicyKind} and returns every problem found, not just
 * the first (S1.13). Immutable and thread-safe.
 *
 * <pre>{@code
 * List<PolicyProblem> problems = PolicyValidator.standard().validate(policy, PolicyKind.IDENTITY);
 * }</pre>
 */
public final class PolicyValidator {
  private static final PolicyValidator STANDARD = new PolicyValidator();

  private PolicyValidator() {}

  /** A validator with AWS's default size quota for each kind. */
  public static PolicyValidator standard() {
    return STANDARD;
  }

  /** Every problem of {@code policy} used as {@code kind}, errors and warnings, in document order. */
  public List<PolicyProblem> validate(Policy policy, PolicyKind kind) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(kind, "kind");
    throw new UnsupportedOperationException("being implemented");
  }
}
