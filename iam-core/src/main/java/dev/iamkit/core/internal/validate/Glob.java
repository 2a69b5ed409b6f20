package dev.iamkit.core.internal.validate;

/**
 * Glob matching as in S2: {@code *} matches any sequence, {@code ?} one character, the whole text must
 * match. Iterative (no recursion, no regex), linear backtracking on the last {@code *}.
 */
final class Glob {
  private Glob() {}

  /** Whether {@code text} matches {@code pattern}, comparing characters ignoring case when asked. */
  static boolean matches(String pattern, String text, boolean ignoreCase) {
    int p = 0;
    int t = 0;
    int star = -1;
    int mark = 0;
    while (t < text.length()) {
      if (p < pattern.length() && pattern.charAt(p) != '*'
          && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  /** Whether {@code s} contains {@code *} or {@code ?}. */
  static boolean hasWildcard(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
  }

  private static boolean same(char a, char b, boolean ignoreCase) {
    return a == b || ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b);
  }
}
