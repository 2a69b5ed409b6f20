package dev.iamkit.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a fuzzer's raw bytes into the inputs of a fuzz target, so that checked-in regression inputs stay
 * readable text files. The first byte holds flags for the target; the rest is text, as UTF-8 (invalid sequences
 * become U+FFFD) or, when {@link #UTF16} is set, as raw UTF-16BE code units, which can hold lone surrogates.
 * Fields of the text are separated by NUL characters.
 */
public final class FuzzBytes {
  /** Flag bit: decode the text as raw UTF-16BE code units. */
  public static final int UTF16 = 0x80;

  private FuzzBytes() {}

  /** The flags byte (0 for empty input). */
  public static int flags(byte[] data) {
    return data.length == 0 ? 0 : data[0] & 0xff;
  }

  /** The text after the flags byte. */
  public static String text(byte[] data) {
    if (data.length <= 1) {
      return "";
    }
    if ((flags(data) & UTF16) == 0) {
      return new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i + 1 < data.length; i += 2) {
      sb.append((char) (((data[i] & 0xff) << 8) | (data[i + 1] & 0xff)));
    }
    return sb.toString();
  }

  /** The text after the flags byte, split at NUL characters into at least {@code n} fields (missing ones empty). */
  public static List<String> fields(byte[] data, int n) {
    String text = text(data);
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length() && out.size() < n - 1; i++) {
      if (text.charAt(i) == '\0') {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    while (out.size() < n) {
      out.add("");
    }
    return out;
  }
}
