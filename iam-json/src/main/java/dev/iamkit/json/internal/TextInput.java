package dev.iamkit.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads whole texts from readers and UTF-8 streams, never more than a bound. */
public final class TextInput {
  private TextInput() {}

  /**
   * The exception for a file that cannot be read: {@code Cannot read FILE: REASON}, naming the file once (the
   * messages of {@link java.nio.file.FileSystemException}s are the path itself).
   */
  public static UncheckedIOException cannotRead(Path file, IOException e) {
    return new UncheckedIOException("Cannot read " + file + ": " + reason(e), e);
  }

  /** Why a file cannot be read, without its path (the messages of file system exceptions are the path itself). */
  public static String reason(IOException e) {
    return e instanceof NoSuchFileException ? "no such file or directory"
        : e instanceof AccessDeniedException ? "permission denied"
        : e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
        : e instanceof FileSystemException ? "cannot be read"
        : e.getMessage() != null ? e.getMessage() : "cannot be read";
  }

  /** At most {@code maxChars + 1} chars of {@code reader} (one more than allowed shows that it is too long). */
  public static String read(Reader reader, int maxChars) throws IOException {
    StringBuilder sb = new StringBuilder(Math.min(maxChars, 8192));
    char[] buf = new char[8192];
    long limit = (long) maxChars + 1;
    while (sb.length() < limit) {
      int n = reader.read(buf, 0, (int) Math.min(buf.length, limit - sb.length()));
      if (n < 0) {
        break;
      }
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /**
   * The decoded text of a UTF-8 stream, read up to a bound that guarantees more than {@code maxChars} chars
   * when it is reached, or the bytes that are not UTF-8.
   *
   * @param text the decoded text (the part before the bad bytes when {@code error} is set)
   * @param error what is wrong with the bytes, or null
   */
  public record Decoded(String text, @Nullable String error) {}

  /** Reads and decodes {@code in} as UTF-8 (strictly: malformed bytes are an error, not U+FFFD). */
  public static Decoded readUtf8(InputStream in, int maxChars) throws IOException {
    // A UTF-8 char takes at most 3 bytes (a surrogate pair 4 bytes for 2 chars), so more than
    // 3 * (maxChars + 1) bytes always decode to more than maxChars chars.
    long byteLimit = Math.min(Integer.MAX_VALUE - 16, 3L * ((long) maxChars + 1) + 3);
    byte[] bytes = in.readNBytes((int) byteLimit);
    boolean truncated = bytes.length == byteLimit;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bb = ByteBuffer.wrap(bytes);
    CharBuffer cb = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(bb, cb, !truncated);
    if (!r.isError() && !truncated) {
      r = decoder.flush(cb);
    }
    if (r.isError()) {
      int at = bb.position();
      StringBuilder hex = new StringBuilder();
      for (int i = at; i < Math.min(bytes.length, at + r.length()); i++) {
        hex.append(String.format(Locale.ROOT, "%s0x%02X", hex.length() == 0 ? "" : " ", bytes[i] & 0xff));
      }
      cb.flip();
      boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
          || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE);
      return new Decoded(cb.toString(), utf16
          ? String.format(Locale.ROOT, "Not valid UTF-8: the text starts with the UTF-16 byte order mark 0x%02X 0x%02X;"
              + " save it as UTF-8", bytes[0] & 0xff, bytes[1] & 0xff)
          : "Not valid UTF-8: byte" + (r.length() == 1 ? " " : "s ") + hex + " at byte offset " + at
              + " (iamkit reads UTF-8 text)");
    }
    cb.flip();
    return new Decoded(cb.toString(), null);
  }
}
