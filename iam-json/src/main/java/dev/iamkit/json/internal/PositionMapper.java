package dev.iamkit.json.internal;

import dev.iamkit.core.policy.SourcePosition;

/** Maps a char offset of the text being read to a line and column of the source file. */
@FunctionalInterface
public interface PositionMapper {
  /** The position of {@code offset}. */
  SourcePosition at(int offset);

  /** A mapper that puts every offset at {@code position} (for a document embedded as an encoded string). */
  static PositionMapper constant(SourcePosition position) {
    return offset -> position;
  }
}
