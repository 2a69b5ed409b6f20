package dev.iamkit.core.internal.condition;

/** The outcome of comparing one request value with the policy values of one operator-key pair (S3.1, S3.14). */
enum Comparison {
  /** Some policy value matches the request value under the positive operator. */
  MATCH,
  /** No policy value matches. */
  NO_MATCH,
  /** The request value is not of the operator's type: the comparison is false, negated or not (S3.10, S3.14). */
  REQUEST_VALUE_UNREADABLE,
  /** A policy value cannot be read as the operator's type: the condition fails closed (S3.14). */
  POLICY_VALUE_UNREADABLE
}
