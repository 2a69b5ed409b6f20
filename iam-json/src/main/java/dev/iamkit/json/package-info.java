/**
 * Reading and writing AWS policy documents and iamkit's files: simulations, worlds and scenarios.
 *
 * <p>Readers and writers are immutable and thread-safe. No method accepts or returns {@code null} except
 * where a parameter, component or return value is annotated {@code @Nullable}.
 */
@NullMarked
package dev.iamkit.json;

import org.jspecify.annotations.NullMarked;
