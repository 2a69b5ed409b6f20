/**
 * Trusted construction of policy values for iamkit's own readers. Internal: exported to {@code dev.iamkit.json}
 * only, no compatibility promise.
 */
@NullMarked
package dev.iamkit.core.internal.policy;

import org.jspecify.annotations.NullMarked;
