package dev.iamkit.core.policy;

/**
 * A position in a source text, 1-based, as reported by parsers. Immutable.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourcePosition(int line, int column) {
  /** Checks that both are at least 1. */
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based, found " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
