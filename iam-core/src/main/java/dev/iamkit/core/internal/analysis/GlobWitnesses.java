package dev.iamkit.core.internal.analysis;

import dev.iamkit.core.internal.match.Glob;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
    for (int i = 0; i < n; i++) {
      tokens[i] = globs.get(i).tokens();
      ignoreCase[i] = globs.get(i).ignoresCase();
      for (int t : tokens[i]) {
        if (t >= 0) {
          char c = (char) t;
          alphabet.add(c);
          alphabet.add(Character.toUpperCase(c));
          alphabet.add(Character.toLowerCase(c));
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

    Map<BitSet, String> byVector = new LinkedHashMap<>();
    Set<List<BitSet>> visited = new HashSet<>();
    ArrayDeque<List<BitSet>> queue = new ArrayDeque<>();
    ArrayDeque<String> texts = new ArrayDeque<>();
    List<BitSet> initial = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BitSet s = new BitSet();
      s.set(0);
      initial.add(closure(tokens[i], s));
    }
    if (allowEmpty) {
      visited.add(initial);
      queue.add(initial);
      texts.add("");
    } else {
      expand(initial, "", tokens, ignoreCase, letters, visited, queue, texts);
    }
    boolean complete = true;
    while (!queue.isEmpty()) {
      List<BitSet> state = queue.remove();
      String text = texts.remove();
      byVector.putIfAbsent(accepting(tokens, state), text);
      if (visited.size() > maxStates) {
        complete = false;
        continue;
      }
      expand(state, text, tokens, ignoreCase, letters, visited, queue, texts);
    }
    return new Result(new ArrayList<>(byVector.values()), complete);
  }

  private static void expand(List<BitSet> state, String text, int[][] tokens, boolean[] ignoreCase, char[] letters,
      Set<List<BitSet>> visited, ArrayDeque<List<BitSet>> queue, ArrayDeque<String> texts) {
    for (char c : letters) {
      List<BitSet> next = new ArrayList<>(tokens.length);
      for (int i = 0; i < tokens.length; i++) {
        next.add(step(tokens[i], ignoreCase[i], state.get(i), c));
      }
      if (visited.add(next)) {
        queue.add(next);
        texts.add(text + c);
      }
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

  private static BitSet accepting(int[][] tokens, List<BitSet> state) {
    BitSet v = new BitSet(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      if (state.get(i).get(tokens[i].length)) {
        v.set(i);
      }
    }
    return v;
  }

  private static BitSet step(int[] tok, boolean ignoreCase, BitSet from, char c) {
    BitSet to = new BitSet(tok.length + 1);
    char folded = ignoreCase ? Character.toLowerCase(c) : c;
    for (int p = from.nextSetBit(0); p >= 0 && p < tok.length; p = from.nextSetBit(p + 1)) {
      int t = tok[p];
      if (t == Glob.STAR_TOKEN) {
        to.set(p);
      } else if (t == Glob.ANY_TOKEN || t == folded) {
        to.set(p + 1);
      }
    }
    return closure(tok, to);
  }

  private static BitSet closure(int[] tok, BitSet s) {
    for (int p = s.nextSetBit(0); p >= 0 && p < tok.length; p = s.nextSetBit(p + 1)) {
      if (tok[p] == Glob.STAR_TOKEN) {
        s.set(p + 1);
      }
    }
    return s;
  }
}
