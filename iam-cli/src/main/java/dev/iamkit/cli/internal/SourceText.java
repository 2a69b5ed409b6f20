package dev.iamkit.cli.internal;

import dev.iamkit.core.policy.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A file's text, decoded as strict UTF-8, or where the decoding failed. */
final class SourceText {
  /** Files larger than this are not read (AWS's own transport limit for a policy is 131,072 characters). */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private final String text;
  private final String problem;
  private final SourcePosition position;

  private SourceText(String text, String problem, SourcePosition position) {
    this.text = text;
    this.problem = problem;
    this.position = position;
  }

  /**
   * Reads {@code path}.
   *
   * @throws IOException when the file cannot be read at all (missing, a directory, no permission)
   */
  static SourceText read(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      return new SourceText("", "file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB", new SourcePosition(1, 1));
    }
    return decode(bytes);
  }

  /** Decodes strict UTF-8; on a malformed sequence, records its line and column. */
  static SourceText decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    if (result.isError()) {
      String before = out.toString();
      int line = 1;
      int column = 1;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      int bad = bytes[in.position()] & 0xFF;
      return new SourceText(before, String.format(java.util.Locale.ROOT,
          "not valid UTF-8: byte 0x%02X at offset %d cannot start or continue a character (save the file as UTF-8)",
          bad, in.position()), new SourcePosition(line, column));
    }
    return new SourceText(out.toString(), null, null);
  }

  /** The decoded text (up to the first malformed byte, when there is one). */
  String text() {
    return text;
  }

  /** Why the file is not usable text, if it is not. */
  Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** Where the problem is. */
  SourcePosition position() {
    return position == null ? new SourcePosition(1, 1) : position;
  }
}
