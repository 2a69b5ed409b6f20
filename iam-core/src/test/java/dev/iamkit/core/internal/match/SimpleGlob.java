package dev.iamkit.core.internal.match;

/**
 * The plainest reading of S2's glob, for differential tests of {@link Glob}: a recursive matcher over code
 * points, memoised so that short inputs stay cheap. Test scope only; never used by the library.
 */
final class SimpleGlob {
  private SimpleGlob() {}

  /** Whether the whole {@code text} matches {@code pattern} ({@code *} any sequence, {@code ?} one code point). */
  static boolean matches(String pattern, String text) {
    int[] p = pattern.codePoints().toArray();
    int[] t = text.codePoints().toArray();
    return match(p, 0, t, 0, new Boolean[p.length + 1][t.length + 1]);
  }

  private static boolean match(int[] p, int i, int[] t, int j, Boolean[][] memo) {
    if (memo[i][j] != null) {
      return memo[i][j];
    }
    boolean result;
    if (i == p.length) {
      result = j == t.length;
    } else if (p[i] == '*') {
      result = match(p, i + 1, t, j, memo) || (j < t.length && match(p, i, t, j + 1, memo));
    } else if (j < t.length && (p[i] == '?' || p[i] == t[j])) {
      result = match(p, i + 1, t, j + 1, memo);
    } else {
      result = false;
    }
    memo[i][j] = result;
    return result;
  }
}
