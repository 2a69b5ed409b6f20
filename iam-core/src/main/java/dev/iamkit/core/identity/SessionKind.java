package dev.iamkit.core.identity;

/** How a {@link Session} was obtained; decides which session keys exist (S5.2) and what it may call (S8). */
public enum SessionKind {
  /** Console sign-in of the root user or an IAM user: temporary, MFA state known. */
  CONSOLE,
  /** A request signed with long-term access keys: no MFA keys, no token issue time (S5.2). */
  ACCESS_KEY,
  /** Temporary credentials from GetSessionToken (S8.11): the caller's own permissions. */
  SESSION_TOKEN,
  /** A role session from AssumeRole called by a user or a role session (S8). */
  ASSUMED_ROLE,
  /** A role session a service obtained for its work (EC2 instance role, Lambda function role, S8.10). */
  SERVICE_ROLE,
  /** An AWS service acting as itself (S6.13): no credentials of an account. */
  SERVICE;

  /** Whether the session rests on temporary credentials (everything but access keys and services). */
  public boolean isTemporary() {
    return this != ACCESS_KEY && this != SERVICE;
  }

  /** Whether the principal is a role session. */
  public boolean isRoleSession() {
    return this == ASSUMED_ROLE || this == SERVICE_ROLE;
  }
}
