package dev.iamkit.json.internal;

import dev.iamkit.core.policy.SourcePosition;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Turns char offsets of a text into 1-based line and column. A line ends at LF, CR LF or a lone CR; columns
 * count UTF-16 chars. The line starts are found on the first {@link #at} call, so a text read without problems
 * is never indexed. Immutable in behaviour and thread-safe (the index is published through a final field).
 */
public final class LineIndex implements PositionMapper {
  private final String text;
  private @Nullable Starts starts;

  /** The start offset of every line; final, so a thread that sees the holder sees the array's contents. */
  @SuppressWarnings("ArrayRecordComponent") // private, never compared or hashed
  private record Starts(int[] lines) {}

  private LineIndex(String text) {
    this.text = text;
  }

  /** Indexes {@code text} (on first use). */
  public static LineIndex of(CharSequence text) {
    return new LineIndex(text.toString());
  }

  private static int[] index(String text) {
    int[] starts = new int[16];
    int count = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  @Override
  public SourcePosition at(int offset) {
    Starts s = starts;
    if (s == null) {
      s = new Starts(index(text)); // a racing thread computes the same index
      starts = s;
    }
    int[] lineStarts = s.lines();
    int o = Math.max(0, Math.min(offset, text.length()));
    int idx = Arrays.binarySearch(lineStarts, o);
    int line = idx >= 0 ? idx : -idx - 2;
    return new SourcePosition(line + 1, o - lineStarts[line] + 1);
  }
}
