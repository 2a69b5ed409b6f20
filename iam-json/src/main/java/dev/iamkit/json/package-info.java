/**
 * Reading and writing AWS policy documents and iamkit's simulation files.
 *
 * <p>Readers and writers are immutable and thread-safe. No method accepts or returns {@code null}.
 */
@NullMarked
package dev.iamkit.json;

import org.jspecify.annotations.NullMarked;
