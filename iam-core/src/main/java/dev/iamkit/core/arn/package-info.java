/**
 * Amazon Resource Names: {@link dev.iamkit.core.arn.Arn} and {@link dev.iamkit.core.arn.AccountId}.
 *
 * <p>All types are immutable and thread-safe; no method accepts or returns {@code null}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html">IAM identifiers: ARNs</a>
 */
@NullMarked
package dev.iamkit.core.arn;

import org.jspecify.annotations.NullMarked;
