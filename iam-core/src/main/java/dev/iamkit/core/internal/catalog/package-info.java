/**
 * Internal: the service authorization reference snapshot used by the validator. Not exported; no
 * compatibility promise.
 */
@NullMarked
package dev.iamkit.core.internal.catalog;

import org.jspecify.annotations.NullMarked;
