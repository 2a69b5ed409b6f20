/**
 * The directory of identities and the IAM service over it (S7, S9, S10): {@link
 * dev.iamkit.core.directory.Directory}, an immutable snapshot of the organization, accounts, root users,
 * users, groups, roles, managed policies and resources; {@link dev.iamkit.core.directory.Iam}, the
 * thread-safe service that changes it atomically, signs callers in, authenticates access keys, issues
 * temporary credentials (GetSessionToken, AssumeRole) and authorizes requests through the
 * {@link dev.iamkit.core.eval.Evaluator}; and IAM's errors, each named after AWS's error code.
 *
 * <p>All types are immutable and thread-safe except the builders; no method accepts or returns
 * {@code null}. Time comes from an injected {@link java.time.Clock}, randomness from an injected
 * {@link java.security.SecureRandom}.
 */
@NullMarked
package dev.iamkit.core.directory;

import org.jspecify.annotations.NullMarked;
