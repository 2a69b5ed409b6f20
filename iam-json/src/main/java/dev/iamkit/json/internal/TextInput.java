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
import java.nio.file.Files;
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

  /** Bytes read and decoded at a time. */
  private static final int CHUNK = 65_536;

  /**
   * Reads and decodes {@code in} as UTF-8 (strictly: malformed bytes are an error, not U+FFFD), chunk by chunk,
   * stopping as soon as more than {@code maxChars} chars are decoded: memory stays proportionate to the limit,
   * however long the stream.
   */
  public static Decoded readUtf8(InputStream in, int maxChars) throws IOException {
    return readUtf8(in, maxChars, CHUNK);
  }

  /**
   * {@link #readUtf8(InputStream, int)} for a stream of about {@code sizeHint} bytes (a file's size): the text's
   * buffer is made that large at once rather than grown by doubling.
   */
  public static Decoded readUtf8(InputStream in, int maxChars, long sizeHint) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder sb = new StringBuilder((int) Math.max(16, Math.min(maxChars + 1L, sizeHint)));
    ByteBuffer bb = ByteBuffer.allocate(CHUNK);
    CharBuffer cb = CharBuffer.allocate(CHUNK + 1);
    long consumed = 0;
    boolean eof = false;
    while (true) {
      int n = in.read(bb.array(), bb.position(), bb.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bb.position(bb.position() + n);
      }
      bb.flip();
      CoderResult r = decoder.decode(bb, cb, eof);
      if (!r.isError() && eof) {
        r = decoder.flush(cb);
      }
      cb.flip();
      sb.append(cb);
      cb.clear();
      if (r.isError()) {
        long at = consumed + bb.position();
        StringBuilder hex = new StringBuilder();
        for (int i = bb.position(); i < Math.min(bb.limit(), bb.position() + r.length()); i++) {
          hex.append(String.format(Locale.ROOT, "%s0x%02X", hex.length() == 0 ? "" : " ", bb.get(i) & 0xff));
        }
        byte[] head = bb.array();
        boolean utf16 = consumed == 0 && bb.limit() >= 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
            || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE);
        return new Decoded(sb.toString(), utf16
            ? String.format(Locale.ROOT, "Not valid UTF-8: the text starts with the UTF-16 byte order mark 0x%02X 0x%02X;"
                + " save it as UTF-8", head[0] & 0xff, head[1] & 0xff)
            : "Not valid UTF-8: byte" + (r.length() == 1 ? " " : "s ") + hex + " at byte offset " + at
                + " (iamkit reads UTF-8 text)");
      }
      if (eof || sb.length() > maxChars) {
        return new Decoded(sb.toString(), null);
      }
      consumed += bb.position();
      bb.compact();
    }
  }

  /**
   * The size in bytes of {@code file} when it has more bytes than {@code maxChars}, else -1: a file is measured in
   * bytes before it is read (a char takes at least one UTF-8 byte, so a file within the limit holds a text within
   * it), and a file refused from its size is never read.
   */
  public static long oversize(Path file, int maxChars) throws IOException {
    long size = Files.size(file);
    return size > maxChars ? size : -1;
  }

  /** The message for a file refused from its size. */
  public static String oversizeMessage(long bytes, String what, String limit, int maxChars) {
    return Limits.exceeded("Too large for " + what + ": the file has " + Limits.number(bytes) + " bytes", limit,
        maxChars, " characters");
  }
}
