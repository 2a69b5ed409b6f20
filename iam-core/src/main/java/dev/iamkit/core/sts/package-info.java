/**
 * The AWS Security Token Service as iamkit models it (S8): the requests and results of
 * {@code AssumeRole} ({@link dev.iamkit.core.sts.AssumeRoleRequest},
 * {@link dev.iamkit.core.sts.AssumeRoleResult}) and {@code GetSessionToken}
 * ({@link dev.iamkit.core.sts.GetSessionTokenRequest}, {@link dev.iamkit.core.sts.GetSessionTokenResult}),
 * and STS's errors ({@code ValidationError}, {@code AccessDenied}, {@code PackedPolicyTooLarge}). The calls
 * themselves are {@code Iam.assumeRole} and {@code Iam.getSessionToken} in
 * {@link dev.iamkit.core.directory}.
 *
 * <p>All types are immutable and thread-safe; no method accepts or returns {@code null}. Requests are
 * not validated when built: the call checks them and answers with AWS's error, as STS does.
 */
@NullMarked
package dev.iamkit.core.sts;

import org.jspecify.annotations.NullMarked;
