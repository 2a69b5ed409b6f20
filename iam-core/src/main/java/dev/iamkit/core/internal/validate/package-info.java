/**
 * Internal: the rules behind {@link dev.iamkit.core.policy.PolicyValidator}, one class per policy
 * element. Not exported; no compatibility promise.
 */
@NullMarked
package dev.iamkit.core.internal.validate;

import org.jspecify.annotations.NullMarked;
