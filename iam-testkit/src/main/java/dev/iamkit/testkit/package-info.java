/**
 * Test support: {@code IamAssertions}, fixtures and generators of valid policies and requests.
 *
 * <p>No method accepts or returns {@code null}.
 */
@NullMarked
package dev.iamkit.testkit;

import org.jspecify.annotations.NullMarked;
