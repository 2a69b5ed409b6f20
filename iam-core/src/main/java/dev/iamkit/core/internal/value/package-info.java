/**
 * Parsers for condition values (S3.5 to S3.9): dates, decimals, IP ranges, base64 and booleans. Internal: not
 * exported from the module, no compatibility promise.
 *
 * <p>Every parser is a pure static function without regular expressions: it returns an empty {@link
 * java.util.Optional} for text that does not follow the grammar and never throws for bad text. All types are
 * immutable and thread-safe. No method accepts or returns {@code null}.
 */
@NullMarked
package dev.iamkit.core.internal.value;

import org.jspecify.annotations.NullMarked;
