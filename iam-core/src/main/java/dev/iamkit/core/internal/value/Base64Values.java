package dev.iamkit.core.internal.value;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes the values of the BinaryEquals operator and of binary request context keys (S3.8): standard
 * base64 (RFC 4648 section 4 alphabet, {@code +} and {@code /}); the trailing {@code =} padding may be
 * omitted, as the JDK's basic decoder allows. White space, line breaks and the URL-safe alphabet are
 * rejected. Stateless and thread-safe.
 *
 * <pre>{@code
 * Base64Values.decode("aGVsbG8=");   // Optional[[104, 101, 108, 108, 111]]
 * Base64Values.decode("not base64!"); // Optional.empty
 * }</pre>
 */
public final class Base64Values {
  private Base64Values() {}

  /** The decoded bytes (a fresh array), or empty when the text is not base64. */
  public static Optional<byte[]> decode(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return Optional.of(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether {@link #decode} accepts the text. */
  public static boolean isValid(String text) {
    return decode(text).isPresent();
  }
}
