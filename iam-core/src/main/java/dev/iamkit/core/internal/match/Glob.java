package dev.iamkit.core.internal.match;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A compiled glob (S2): {@code *} matches any sequence of characters including the empty one (and including
 * {@code /}, {@code :} and line breaks), {@code ?} matches exactly one character (one code point: a surrogate
 * pair counts as one), every other character matches itself, and the whole text must match. Immutable and
 * thread-safe.
 *
 * <p>A glob is a sequence of tokens, so a {@code *} or {@code ?} can also be a literal character: text added
 * with {@link Builder#literal} (escapes and substituted variable values, S4.4, S4.6) matches only itself.
 *
 * <p>The ignore-case variant lower-cases the pattern once and the text per match with
 * {@link String#toLowerCase(Locale)} and {@link Locale#ROOT} (S3.4), without allocating for ASCII text.
 *
 * <p>Matching uses the two-pointer backtracking algorithm (remember the last {@code *}, retry one character
 * further on mismatch): no regular expression, no recursion, O(pattern x text) in the worst case and linear
 * for the usual patterns.
 *
 * <pre>{@code
 * Glob.compile("bucket/*.jpg").matches("bucket/1/2/x.jpg");              // true
 * Glob.compileIgnoreCase("Get*").matches("getobject");                     // true
 * Glob.builder(false).literal("a*").wildcards("*").build().matches("a*b"); // true; "ab" does not match
 * }</pre>
 */
public final class Glob {
  private static final int STAR = -1;
  private static final int ANY = -2;

  private static final Glob ALL = new Glob(new int[] {STAR}, false);
  private static final Glob ALL_IGNORE_CASE = new Glob(new int[] {STAR}, true);

  private final int[] tokens;
  private final boolean ignoreCase;
  /** The text when every token is a literal character; null when there is a wildcard. */
  private final @Nullable String literalText;
  /** The literal text before a single final {@code *} ({@code Get*}) when that is the whole glob; else null. */
  private final @Nullable String prefixText;
  private final boolean matchesAll;

  private Glob(int[] tokens, boolean ignoreCase) {
    this.tokens = tokens;
    this.ignoreCase = ignoreCase;
    boolean literal = true;
    for (int t : tokens) {
      if (t < 0) {
        literal = false;
        break;
      }
    }
    if (literal) {
      char[] chars = new char[tokens.length];
      for (int k = 0; k < tokens.length; k++) {
        chars[k] = (char) tokens[k];
      }
      this.literalText = new String(chars);
    } else {
      this.literalText = null;
    }
    this.prefixText = prefixOf(tokens);
    this.matchesAll = tokens.length == 1 && tokens[0] == STAR;
  }

  /** The literal characters before the only wildcard when it is a final {@code *}; null otherwise. */
  private static @Nullable String prefixOf(int[] tokens) {
    int n = tokens.length;
    if (n < 2 || tokens[n - 1] != STAR) {
      return null;
    }
    char[] chars = new char[n - 1];
    for (int k = 0; k < n - 1; k++) {
      if (tokens[k] < 0) {
        return null;
      }
      chars[k] = (char) tokens[k];
    }
    return new String(chars);
  }

  /** A case-sensitive glob: {@code *} and {@code ?} in {@code pattern} are wildcards. */
  public static Glob compile(String pattern) {
    return builder(false).wildcards(pattern).build();
  }

  /** A glob that ignores case (S3.4): {@code *} and {@code ?} in {@code pattern} are wildcards. */
  public static Glob compileIgnoreCase(String pattern) {
    return builder(true).wildcards(pattern).build();
  }

  /** A glob matching exactly {@code text}: {@code *} and {@code ?} in it are ordinary characters. */
  public static Glob literal(String text, boolean ignoreCase) {
    return builder(ignoreCase).literal(text).build();
  }

  /** The glob {@code *}, which matches every text. */
  public static Glob all(boolean ignoreCase) {
    return ignoreCase ? ALL_IGNORE_CASE : ALL;
  }

  /** A builder for a glob made of wildcard text and literal text. */
  public static Builder builder(boolean ignoreCase) {
    return new Builder(ignoreCase);
  }

  /** Whether {@code text} contains a wildcard character, {@code *} or {@code ?}. */
  public static boolean hasWildcard(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  /** Whether this glob is {@code *} alone (matches everything). */
  public boolean matchesAll() {
    return matchesAll;
  }

  /** Whether the glob has no wildcard token, so that it matches exactly one text (ignoring case if so built). */
  public boolean isLiteral() {
    return literalText != null;
  }

  /** Whether this glob ignores case. */
  public boolean ignoresCase() {
    return ignoreCase;
  }

  /** The token of {@link #tokens()} that stands for {@code *}. */
  public static final int STAR_TOKEN = STAR;

  /** The token of {@link #tokens()} that stands for {@code ?}. */
  public static final int ANY_TOKEN = ANY;

  /**
   * The glob as tokens, for analyses that reason about the set of texts it matches (the policy comparison
   * builds automata from them): a literal character (lower-cased when ignoring case), {@link #STAR_TOKEN} or
   * {@link #ANY_TOKEN}. Consecutive stars are merged. Returns a fresh array.
   */
  public int[] tokens() {
    return tokens.clone();
  }

  /** Whether the whole {@code text} matches. */
  public boolean matches(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return matches(text, 0, text.length());
  }

  /** Whether the region {@code [from, to)} of {@code text} matches as a whole. */
  public boolean matches(CharSequence text, int from, int to) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(from, to, text.length());
    if (matchesAll) {
      return true;
    }
    if (!ignoreCase && literalText != null) {
      return regionEquals(literalText, text, from, to);
    }
    if (!ignoreCase && prefixText != null) {
      return to - from >= prefixText.length() && regionEquals(prefixText, text, from, from + prefixText.length());
    }
    return matches(tokens, tokens.length, ignoreCase, text, from, to);
  }

  /** The match of {@code n} tokens against {@code [from, to)} of {@code text}: the one algorithm of every glob. */
  private static boolean matches(int[] tokens, int n, boolean ignoreCase, CharSequence text, int from, int to) {
    if (!ignoreCase) {
      return match(tokens, n, text, from, to, false);
    }
    if (isAscii(text, from, to)) {
      return match(tokens, n, text, from, to, true);
    }
    String lower = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
    return match(tokens, n, lower, 0, lower.length(), false);
  }

  private static boolean regionEquals(String literal, CharSequence text, int from, int to) {
    if (to - from != literal.length()) {
      return false;
    }
    if (text instanceof String s) {
      return s.startsWith(literal, from);
    }
    for (int k = 0; k < literal.length(); k++) {
      if (literal.charAt(k) != text.charAt(from + k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(CharSequence text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean match(int[] tok, int n, CharSequence text, int from, int to, boolean asciiLower) {
    int p = 0;
    int t = from;
    int starP = -1;
    int starT = -1;
    while (t < to) {
      if (p < n) {
        int token = tok[p];
        if (token == STAR) {
          starP = p++;
          starT = t;
          continue;
        }
        if (token == ANY) {
          t += codePointLength(text, t, to);
          p++;
          continue;
        }
        char c = text.charAt(t);
        if (asciiLower && c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if (token == c) {
          t++;
          p++;
          continue;
        }
      }
      if (starP < 0) {
        return false;
      }
      // Let the last star absorb one more character (a whole code point) and retry after it.
      starT += codePointLength(text, starT, to);
      t = starT;
      p = starP + 1;
    }
    while (p < n && tok[p] == STAR) {
      p++;
    }
    return p == n;
  }

  private static int codePointLength(CharSequence text, int at, int to) {
    return Character.isHighSurrogate(text.charAt(at)) && at + 1 < to && Character.isLowSurrogate(text.charAt(at + 1))
        ? 2 : 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glob g && ignoreCase == g.ignoreCase && Arrays.equals(tokens, g.tokens);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(tokens) + (ignoreCase ? 1 : 0);
  }

  /**
   * The pattern with wildcards as {@code *} and {@code ?} and literal {@code *}, {@code ?} and {@code \} escaped
   * with a backslash; lower-cased when ignoring case.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(tokens.length);
    for (int t : tokens) {
      if (t == STAR) {
        sb.append('*');
      } else if (t == ANY) {
        sb.append('?');
      } else {
        if (t == '*' || t == '?' || t == '\\') {
          sb.append('\\');
        }
        sb.append((char) t);
      }
    }
    return sb.toString();
  }

  /** Builds a {@link Glob} from pieces of wildcard text and literal text; not thread-safe. */
  public static final class Builder {
    private final boolean ignoreCase;
    private int[] tokens = new int[16];
    private int size;
    private boolean lastWasStar;

    private Builder(boolean ignoreCase) {
      this.ignoreCase = ignoreCase;
    }

    /** Appends text in which {@code *} and {@code ?} are wildcards. */
    public Builder wildcards(String text) {
      Objects.requireNonNull(text, "text");
      String s = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
      ensure(s.length());
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c == '*') {
          if (!lastWasStar) {
            tokens[size++] = STAR;
            lastWasStar = true;
          }
        } else {
          tokens[size++] = c == '?' ? ANY : c;
          lastWasStar = false;
        }
      }
      return this;
    }

    /** Appends text that matches only itself ({@code *} and {@code ?} included). */
    public Builder literal(String text) {
      Objects.requireNonNull(text, "text");
      String s = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
      ensure(s.length());
      for (int k = 0; k < s.length(); k++) {
        tokens[size++] = s.charAt(k);
      }
      if (!s.isEmpty()) {
        lastWasStar = false;
      }
      return this;
    }

    /** Appends the tokens of {@code glob}, which must have been built with the same case mode. */
    public Builder append(Glob glob) {
      Objects.requireNonNull(glob, "glob");
      if (glob.ignoreCase != ignoreCase) {
        throw new IllegalArgumentException("Cannot append a glob of the other case mode: " + glob);
      }
      ensure(glob.tokens.length);
      for (int t : glob.tokens) {
        if (t == STAR) {
          if (lastWasStar) {
            continue;
          }
          lastWasStar = true;
        } else {
          lastWasStar = false;
        }
        tokens[size++] = t;
      }
      return this;
    }

    /** Appends one wildcard {@code *}. */
    public Builder star() {
      ensure(1);
      if (!lastWasStar) {
        tokens[size++] = STAR;
        lastWasStar = true;
      }
      return this;
    }

    private void ensure(int more) {
      if (size + more > tokens.length) {
        tokens = Arrays.copyOf(tokens, Math.max(tokens.length * 2, size + more));
      }
    }

    /** Empties the builder, so that one builder can serve many matches ({@link #matches}) without allocating. */
    public Builder clear() {
      size = 0;
      lastWasStar = false;
      return this;
    }

    /**
     * Whether the region {@code [from, to)} of {@code text} matches the glob built so far, as
     * {@code build().matches(text, from, to)} would, without building it.
     */
    public boolean matches(CharSequence text, int from, int to) {
      Objects.requireNonNull(text, "text");
      Objects.checkFromToIndex(from, to, text.length());
      return Glob.matches(tokens, size, ignoreCase, text, from, to);
    }

    /** The glob. */
    public Glob build() {
      if (size == 1 && tokens[0] == STAR) {
        return all(ignoreCase);
      }
      return new Glob(Arrays.copyOf(tokens, size), ignoreCase);
    }
  }
}
