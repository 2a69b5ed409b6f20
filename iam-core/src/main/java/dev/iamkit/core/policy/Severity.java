package dev.iamkit.core.policy;

/** How serious a {@link PolicyProblem} is. */
public enum Severity {
  /** AWS would reject the policy. */
  ERROR,
  /** AWS accepts the policy, but it probably does not do what its author meant. */
  WARNING;

  /** {@code error} or {@code warning}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
