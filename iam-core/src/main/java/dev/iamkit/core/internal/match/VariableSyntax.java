package dev.iamkit.core.internal.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one parser of policy-variable syntax (S4.1, S4.6), shared by the evaluator ({@link Template}) and the
 * validator. Stateless and thread-safe.
 *
 * <ul>
 *   <li>A <code>${</code> opens a sequence and the first <code>}</code> after it closes it; a <code>${</code>
 *       without a closing <code>}</code> is literal text ({@link Kind#UNCLOSED}).
 *   <li>{@code ${*}}, {@code ${?}}, {@code ${$}} are escapes for one literal character ({@link Kind#ESCAPE}).
 *   <li>Every other closed sequence is a variable ({@link Kind#VARIABLE}). When the text after the first comma,
 *       stripped of white space, starts and ends with a single quote, the key is the text before the comma
 *       (stripped) and the default is everything between those two quotes, taken literally [S4.1 DECISION]: a
 *       quote or a backslash inside it is an ordinary character ({@code ${k, 'O\'Brien'}} has the default
 *       {@code O\'Brien}). Otherwise the whole inner text, stripped, is the key (so {@code ${k, none}} has the
 *       key {@code "k, none"}, which the validator reports as malformed and the evaluator never resolves).
 * </ul>
 *
 * <pre>{@code
 * VariableSyntax.scan("home/${aws:username, 'guest'}/${*}");
 * // [TEXT "home/", VARIABLE aws:username default guest, TEXT "/", ESCAPE "${*}"]
 * }</pre>
 */
public final class VariableSyntax {
  private VariableSyntax() {}

  /** What a segment of text is. */
  public enum Kind {
    /** Text outside any <code>${...}</code>. */
    TEXT,
    /** {@code ${*}}, {@code ${?}} or {@code ${$}}. */
    ESCAPE,
    /** <code>${KEY}</code> or <code>${KEY, 'DEFAULT'}</code>. */
    VARIABLE,
    /** <code>${</code> with no closing brace, up to the end of the text: literal text. */
    UNCLOSED
  }

  /**
   * One segment of a text.
   *
   * @param kind what it is
   * @param text the segment exactly as written
   * @param variable the variable, for {@link Kind#VARIABLE} only
   */
  public record Segment(Kind kind, String text, Template.@Nullable Variable variable) {
    /** Checks for nulls and that a variable is present exactly for {@link Kind#VARIABLE}. */
    public Segment {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      if ((kind == Kind.VARIABLE) != (variable != null)) {
        throw new IllegalArgumentException("A segment has a variable exactly when it is a VARIABLE: " + kind);
      }
    }

    /** The literal character of an {@link Kind#ESCAPE}. */
    public char escaped() {
      if (kind != Kind.ESCAPE) {
        throw new IllegalStateException("Not an escape: " + text);
      }
      return text.charAt(2);
    }
  }

  /** Whether {@code text} contains <code>${</code> at all. */
  public static boolean mentions(String text) {
    return text.contains("${");
  }

  /**
   * Where the sequence opened by the <code>${</code> at {@code open} ends: the index just after the first
   * <code>}</code> that follows, or -1 when none does (the sequence is {@link Kind#UNCLOSED}: literal text to the
   * end). Allocates nothing; {@link #scan} segments with it.
   */
  public static int sequenceEnd(String text, int open) {
    int close = text.indexOf('}', open + 2);
    return close < 0 ? -1 : close + 1;
  }

  /** The segments of {@code text}, left to right; adjacent literal text forms one {@link Kind#TEXT} segment. */
  public static List<Segment> scan(String text) {
    Objects.requireNonNull(text, "text");
    List<Segment> out = new ArrayList<>();
    int at = 0;
    int n = text.length();
    while (at < n) {
      int open = text.indexOf("${", at);
      if (open < 0) {
        out.add(new Segment(Kind.TEXT, text.substring(at), null));
        break;
      }
      if (open > at) {
        out.add(new Segment(Kind.TEXT, text.substring(at, open), null));
      }
      int end = sequenceEnd(text, open);
      if (end < 0) {
        out.add(new Segment(Kind.UNCLOSED, text.substring(open), null));
        break;
      }
      int close = end - 1;
      String inner = text.substring(open + 2, close);
      String whole = text.substring(open, close + 1);
      if (inner.equals("*") || inner.equals("?") || inner.equals("$")) {
        out.add(new Segment(Kind.ESCAPE, whole, null));
      } else {
        out.add(new Segment(Kind.VARIABLE, whole, variable(inner)));
      }
      at = close + 1;
    }
    return out;
  }

  private static Template.Variable variable(String inner) {
    int comma = inner.indexOf(',');
    if (comma >= 0) {
      String after = inner.substring(comma + 1).strip();
      if (after.length() >= 2 && after.charAt(0) == '\'' && after.charAt(after.length() - 1) == '\'') {
        String key = inner.substring(0, comma).strip();
        return new Template.Variable(key, key.toLowerCase(Locale.ROOT),
            Optional.of(after.substring(1, after.length() - 1)));
      }
    }
    String key = inner.strip();
    return new Template.Variable(key, key.toLowerCase(Locale.ROOT), Optional.empty());
  }
}
