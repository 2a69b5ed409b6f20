/**
 * Compiled condition blocks (S3, S4): every operator, set qualifiers, {@code IfExists}, {@code Null}, policy
 * variables in condition values. Internal: not exported from the module, no compatibility promise.
 *
 * <p>A {@link dev.iamkit.core.internal.condition.CompiledCondition} is built once per statement; its
 * {@code test} neither parses policy text nor uses regular expressions. Problems found while testing (values
 * that fail closed, unknown operators, missing keys) are reported to an
 * {@link dev.iamkit.core.internal.condition.EvalListener}, never thrown. All types are immutable and
 * thread-safe. No method accepts or returns {@code null}.
 */
@NullMarked
package dev.iamkit.core.internal.condition;

import org.jspecify.annotations.NullMarked;
