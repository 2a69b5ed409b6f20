/**
 * The machinery of the exact policy comparison ({@code dev.iamkit.core.analysis}): characteristic texts of sets of
 * globs, boundary values of numeric, date and IP conditions, and the representative requests built from two
 * policies. Internal: not exported from the module, no compatibility promise. No method accepts or returns
 * {@code null}.
 */
@NullMarked
package dev.iamkit.core.internal.analysis;

import org.jspecify.annotations.NullMarked;
