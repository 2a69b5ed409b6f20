/**
 * Compiled matchers for the action, resource and string parts of policies (S2.1, S2.2, S3.4, S4): globs,
 * templates with policy variables, action and resource patterns. Internal: not exported from the module, no
 * compatibility promise.
 *
 * <p>Everything is compiled once from the policy model and then matched without regular expressions, without
 * {@code String.split} and (for patterns without variables) without allocating. All types are immutable and
 * thread-safe. No method accepts or returns {@code null}.
 */
@NullMarked
package dev.iamkit.core.internal.match;

import org.jspecify.annotations.NullMarked;
