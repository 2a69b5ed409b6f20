package dev.iamkit.core.internal.analysis;

import dev.iamkit.core.internal.match.Glob;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Characteristic texts of a set of globs: for every combination of "matches / does not match" over the globs that
 * some text realises, one shortest such text. Immutable results; the method is pure and thread-safe.
 *
 * <p>Method: each glob is a nondeterministic automaton whose states are its token positions ({@code *} loops,
 * {@code ?} and literal characters advance). The product of their subset automata is explored breadth first over
 * a finite alphabet: every literal character of the globs (in both cases when a glob ignores case) plus one
 * <em>fresh</em> character that occurs in no glob. A character outside the alphabet is read by every glob exactly
 * as the fresh one (it can only meet {@code *} or {@code ?}), so replacing it by the fresh character changes no
 * match: every class of texts has a member over the finite alphabet, and the search, which visits every reachable
 * product state, finds one member of every class. The exploration stops at a state cap, and says so.
 */
public final class GlobWitnesses {
  private static final String FRESH_CANDIDATES = "xqzjkwvy0123456789_-.abcdefghilmnoprstu";

  private GlobWitnesses() {}

  /**
   * The result of an exploration.
   *
   * @param texts one text per realisable combination of matches, shortest first
   * @param complete whether every reachable product state was visited (false when the state cap was hit)
   */
  public record Result(List<String> texts, boolean complete) {
    /** Copies the list. */
    public Result {
      texts = List.copyOf(texts);
    }
  }

  /**
   * Explores the globs.
   *
   * @param globs the globs, each matched in its own case mode
   * @param forbidden characters no text may contain (such as {@code :} inside an ARN field)
   * @param allowEmpty whether the empty text is a value the texts range over
   * @param maxStates the most product states to visit
   */
  public static Result of(List<Glob> globs, String forbidden, boolean allowEmpty, int maxStates) {
    Objects.requireNonNull(globs, "globs");
    Objects.requireNonNull(forbidden, "forbidden");
    int n = globs.size();
    int[][] tokens = new int[n][];
    boolean[] ignoreCase = new boolean[n];
    Set<Character> alphabet = new LinkedHashSet<>();
    boolean anyIgnoresCase = false;
    boolean anyExact = false;
    boolean supplementary = false;
    for (int i = 0; i < n; i++) {
      tokens[i] = globs.get(i).tokens();
      ignoreCase[i] = globs.get(i).ignoresCase();
      anyIgnoresCase |= ignoreCase[i];
      anyExact |= !ignoreCase[i];
    }
    for (int i = 0; i < n; i++) {
      for (int t : tokens[i]) {
        if (t >= 0) {
          char c = (char) t;
          supplementary |= Character.isSurrogate(c);
          alphabet.add(c);
          if (anyIgnoresCase && anyExact) {
            // Mixed case modes: every character that folds to this one ("K", the Kelvin sign) may be told apart.
            alphabet.add(Character.toUpperCase(c));
            alphabet.add(Character.toLowerCase(c));
            alphabet.addAll(CaseFolding.preimages(Character.toLowerCase(c)));
          }
          // Otherwise other cases of c are read as c by every glob (all ignore case) or as the fresh one (none).
        }
      }
    }
    for (int k = 0; k < forbidden.length(); k++) {
      alphabet.remove(forbidden.charAt(k));
    }
    // The fresh character first, so that texts matching nothing read as such ("x" rather than "a").
    Set<Character> ordered = new LinkedHashSet<>();
    ordered.add(fresh(alphabet, forbidden));
    ordered.addAll(alphabet);
    char[] letters = new char[ordered.size()];
    int li = 0;
    for (char c : ordered) {
      letters[li++] = c;
    }
    Automata automata = new Automata(tokens, ignoreCase, letters);

    Map<BitSet, String> byVector = new LinkedHashMap<>();
    Set<State> visited = new HashSet<>();
    ArrayDeque<State> queue = new ArrayDeque<>();
    ArrayDeque<String> texts = new ArrayDeque<>();
    State initial = automata.initial();
    if (allowEmpty) {
      visited.add(initial);
      queue.add(initial);
      texts.add("");
    } else {
      expand(automata, initial, "", visited, queue, texts);
    }
    boolean complete = true;
    while (!queue.isEmpty()) {
      State state = queue.remove();
      String text = texts.remove();
      byVector.putIfAbsent(automata.accepting(state), text);
      if (visited.size() > maxStates) {
        complete = false;
        continue;
      }
      expand(automata, state, text, visited, queue, texts);
    }
    // A ? reads a whole surrogate pair, which this character-by-character search does not model.
    return new Result(new ArrayList<>(byVector.values()), complete && !supplementary);
  }

  private static void expand(Automata automata, State state, String text, Set<State> visited,
      ArrayDeque<State> queue, ArrayDeque<String> texts) {
    for (int c = 0; c < automata.letters.length; c++) {
      State next = automata.step(state, c);
      if (visited.add(next)) {
        queue.add(next);
        texts.add(text + automata.letters[c]);
      }
    }
  }

  /** A product state: the set of token positions of every glob, as bits, glob after glob. */
  private static final class State {
    private final long[] bits;

    State(long[] bits) {
      this.bits = bits;
    }

    long[] bits() {
      return bits;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof State other && Arrays.equals(bits, other.bits);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
      return Arrays.toString(bits);
    }
  }

  /**
   * The globs as bit-parallel automata: position p of a glob is bit p of its words; reading a character moves every
   * position whose token matches it one bit up and keeps the positions of stars; a position after a star is
   * reachable whenever the star is (the closure).
   */
  private static final class Automata {
    final char[] letters;
    final int[] offset;
    final int[] length;
    final long[] star;
    final long[][] match;
    final int words;
    /** Whether word w is the last word of its glob (no carry into the next glob). */
    final boolean[] lastWord;

    Automata(int[][] tokens, boolean[] ignoreCase, char[] letters) {
      this.letters = letters;
      int n = tokens.length;
      offset = new int[n];
      length = new int[n];
      int total = 0;
      for (int i = 0; i < n; i++) {
        offset[i] = total;
        length[i] = tokens[i].length;
        total += (tokens[i].length + 1 + 63) / 64;
      }
      words = total;
      lastWord = new boolean[total];
      for (int i = 0; i < n; i++) {
        lastWord[offset[i] + (tokens[i].length + 1 + 63) / 64 - 1] = true;
      }
      star = new long[total];
      match = new long[letters.length][total];
      for (int i = 0; i < n; i++) {
        for (int p = 0; p < tokens[i].length; p++) {
          int t = tokens[i][p];
          int w = offset[i] + p / 64;
          long bit = 1L << (p % 64);
          if (t == Glob.STAR_TOKEN) {
            star[w] |= bit;
            continue;
          }
          for (int c = 0; c < letters.length; c++) {
            char folded = ignoreCase[i] ? Character.toLowerCase(letters[c]) : letters[c];
            if (t == Glob.ANY_TOKEN || t == folded) {
              match[c][w] |= bit;
            }
          }
        }
      }
    }

    State initial() {
      long[] bits = new long[words];
      for (int i = 0; i < offset.length; i++) {
        bits[offset[i]] = 1L;
      }
      closure(bits);
      return new State(bits);
    }

    State step(State from, int c) {
      long[] s = from.bits();
      long[] m = match[c];
      long[] next = new long[words];
      long carry = 0;
      for (int w = 0; w < words; w++) {
        long moved = s[w] & m[w];
        next[w] = (moved << 1) | carry | (s[w] & star[w]);
        carry = isLastWordOfGlob(w) ? 0 : moved >>> 63;
      }
      closure(next);
      return new State(next);
    }

    private boolean isLastWordOfGlob(int w) {
      return lastWord[w];
    }

    /** Adds the position after every reachable star (stars are merged, so one pass suffices). */
    private void closure(long[] bits) {
      long carry = 0;
      for (int w = 0; w < words; w++) {
        long stars = bits[w] & star[w];
        long add = (stars << 1) | carry;
        carry = isLastWordOfGlob(w) ? 0 : stars >>> 63;
        bits[w] |= add;
      }
    }

    BitSet accepting(State state) {
      BitSet v = new BitSet(offset.length);
      for (int i = 0; i < offset.length; i++) {
        int p = length[i];
        if ((state.bits()[offset[i] + p / 64] & (1L << (p % 64))) != 0) {
          v.set(i);
        }
      }
      return v;
    }
  }

  /** The characters of the Basic Multilingual Plane by their lower case ({@link Character#toLowerCase(char)}). */
  private static final class CaseFolding {
    private static final Map<Character, List<Character>> PREIMAGES = build();

    private static Map<Character, List<Character>> build() {
      Map<Character, List<Character>> m = new java.util.HashMap<>();
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        char ch = (char) c;
        char lower = Character.toLowerCase(ch);
        if (lower != ch && !Character.isSurrogate(ch)) {
          m.computeIfAbsent(lower, k -> new ArrayList<>()).add(ch);
        }
      }
      return m;
    }

    static List<Character> preimages(char lower) {
      return PREIMAGES.getOrDefault(lower, List.of());
    }
  }

  private static char fresh(Set<Character> alphabet, String forbidden) {
    for (int k = 0; k < FRESH_CANDIDATES.length(); k++) {
      char c = FRESH_CANDIDATES.charAt(k);
      if (!alphabet.contains(c) && !alphabet.contains(Character.toUpperCase(c)) && forbidden.indexOf(c) < 0) {
        return c;
      }
    }
    for (char c = '\u4e00'; ; c++) {
      if (!alphabet.contains(c) && forbidden.indexOf(c) < 0) {
        return c;
      }
    }
  }
}
