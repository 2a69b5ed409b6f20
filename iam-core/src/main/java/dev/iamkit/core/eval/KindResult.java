package dev.iamkit.core.eval;

/** What one kind of policy said about a request (S6.17), like the AWS simulator's decision details. */
public enum KindResult {
  /** The kind had an applicable Allow (for gates: every level had one). */
  ALLOWED,
  /** The kind had an applicable Deny. */
  EXPLICIT_DENY,
  /** The kind took part but had no applicable Allow. */
  IMPLICIT_DENY,
  /** The kind did not take part (no such policy, or it does not apply to this principal). */
  NOT_APPLICABLE
}
