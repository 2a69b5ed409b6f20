package dev.iamkit.json.internal;

import dev.iamkit.core.policy.SourcePosition;
import java.util.Arrays;

/**
 * Turns char offsets of a text into 1-based line and column. A line ends at LF, CR LF or a lone CR; columns
 * count UTF-16 chars. Immutable.
 */
public final class LineIndex implements PositionMapper {
  private final int[] lineStarts;
  private final int length;

  private LineIndex(int[] lineStarts, int length) {
    this.lineStarts = lineStarts;
    this.length = length;
  }

  /** Indexes {@code text}. */
  public static LineIndex of(CharSequence text) {
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
    return new LineIndex(Arrays.copyOf(starts, count), n);
  }

  @Override
  public SourcePosition at(int offset) {
    int o = Math.max(0, Math.min(offset, length));
    int idx = Arrays.binarySearch(lineStarts, o);
    int line = idx >= 0 ? idx : -idx - 2;
    return new SourcePosition(line + 1, o - lineStarts[line] + 1);
  }
}
