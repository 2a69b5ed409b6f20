package dev.iamkit.cli.internal;

/** The exit statuses of the {@code iam} command. */
public final class ExitStatus {
  /** Success: no policy error, every expectation met. */
  public static final int OK = 0;
  /** Findings: a policy has an error, or a simulation expectation failed. */
  public static final int FINDINGS = 1;
  /** Usage error, unreadable file, or invalid input (a simulation file that cannot be read). */
  public static final int USAGE = 2;
  /** A bug in iamkit. */
  public static final int INTERNAL_ERROR = 3;

  private ExitStatus() {}

  /** The more severe of two statuses (USAGE and INTERNAL_ERROR above FINDINGS above OK). */
  public static int worst(int a, int b) {
    return Math.max(a, b);
  }
}
