/**
 * iamkit core: AWS Identity and Access Management semantics as plain Java values.
 *
 * <p>Every type in this module is immutable and thread-safe unless its documentation says otherwise.
 * No method accepts {@code null} unless documented; absent optional parts are returned as
 * {@link java.util.Optional}.
 */
@NullMarked
package dev.iamkit.core;

import org.jspecify.annotations.NullMarked;
