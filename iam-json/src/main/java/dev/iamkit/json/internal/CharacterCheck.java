package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.ProblemCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;

/**
 * IAM accepts only TAB, LF, CR and U+0020 to U+00FF in a policy document (S1.1): finds the characters
 * outside that set. A run of such characters counts once; at most {@value #MAX_REPORTED} are reported.
 */
public final class CharacterCheck {
  /** Most invalid-character problems reported for one text. */
  public static final int MAX_REPORTED = 100;

  private CharacterCheck() {}

  /** Whether IAM accepts {@code c} in a policy document. */
  public static boolean isAllowed(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xff);
  }

  /**
   * Whether neither {@link #report} nor {@link #reportDecoded} would find anything in {@code text}, read completely
   * into {@code root}, looking only at the decoded strings of the tree and the text around it: the parser accepts
   * nothing but ASCII outside strings, and no raw control character inside one, so a character outside IAM's set
   * inside {@code root}'s span is a char of some decoded string. When this says no, run the full checks for the
   * exact problems.
   */
  public static boolean isClean(String text, JsonValue root) {
    for (int i = 0; i < root.start(); i++) {
      if (!isAllowed(text.charAt(i))) {
        return false;
      }
    }
    for (int i = root.end(); i < text.length(); i++) {
      if (!isAllowed(text.charAt(i))) {
        return false;
      }
    }
    Deque<JsonValue> todo = new ArrayDeque<>(); // no recursion: documents may nest deeply
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonValue v = todo.pop();
      if (v instanceof JsonValue.Str s) {
        if (!isPlain(s.value())) {
          return false;
        }
      } else if (v instanceof JsonValue.Arr a) {
        for (JsonValue e : a.elements()) {
          if (!(e instanceof JsonValue.Str s)) {
            todo.push(e);
          } else if (!isPlain(s.value())) {
            return false;
          }
        }
      } else if (v instanceof JsonValue.Obj o) {
        for (JsonValue.Member m : o.members()) {
          if (!isPlain(m.name())) {
            return false;
          }
          todo.push(m.value());
        }
      }
    }
    return true;
  }

  /**
   * Whether every char of {@code value} is U+0020 to U+007E or U+00A0 to U+00FF: allowed by IAM (S1.1), and neither
   * a control character nor a surrogate ({@link #firstUnusable}).
   */
  private static boolean isPlain(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!isPlain(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} is U+0020 to U+007E or U+00A0 to U+00FF (see {@link #isPlain(String)}). */
  static boolean isPlain(char c) {
    return c >= 0x20 && (c < 0x7f || c >= 0xa0 && c <= 0xff);
  }

  /** Offsets of the first character of each run of disallowed characters, at most {@value #MAX_REPORTED}. */
  public static List<Integer> scan(String text) {
    List<Integer> out = new ArrayList<>();
    boolean inRun = false;
    for (int i = 0; i < text.length() && out.size() < MAX_REPORTED; i++) {
      boolean bad = !isAllowed(text.charAt(i));
      if (bad && !inRun) {
        out.add(i);
      }
      inRun = bad;
    }
    return out;
  }

  /** The problem message for the character at {@code offset}. */
  public static String message(String text, int offset) {
    int cp = text.codePointAt(offset);
    String shown = isVisible(cp) ? " '" + new String(Character.toChars(cp)) + "'" : "";
    return "Character " + Texts.codePoint(cp) + shown + " is not allowed in a policy document:"
        + " only TAB, LF, CR and U+0020 to U+00FF are (S1.1)";
  }

  private static boolean isVisible(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
          Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }

  /** Reports every run of disallowed characters in {@code text}; {@code pointerOf} locates an offset. */
  public static void report(String text, IntFunction<String> pointerOf, Problems problems) {
    for (int offset : scan(text)) {
      problems.error(ProblemCode.INVALID_CHARACTER, message(text, offset), pointerOf.apply(offset), offset);
    }
  }

  /**
   * Warns about every string (value or member name) of {@code root} whose escapes decode to a control character or
   * an unpaired surrogate ({@code "\\u0000"}, {@code "\\ud800"}): the text passes IAM's character rule, but no
   * action, resource, key or principal holds such a character ({@link ProblemCode#UNUSABLE_CHARACTER}).
   */
  public static void reportDecoded(JsonValue root, IntFunction<String> pointerOf, Problems problems) {
    Deque<JsonValue> todo = new ArrayDeque<>(); // no recursion: documents may nest deeply
    todo.push(root);
    while (!todo.isEmpty()) {
      JsonValue v = todo.pop();
      if (v instanceof JsonValue.Str s) {
        reportDecoded(s.value(), s.start(), pointerOf, problems);
      } else if (v instanceof JsonValue.Arr a) {
        for (int i = a.elements().size() - 1; i >= 0; i--) {
          todo.push(a.elements().get(i));
        }
      } else if (v instanceof JsonValue.Obj o) {
        for (int i = o.members().size() - 1; i >= 0; i--) {
          JsonValue.Member m = o.members().get(i);
          todo.push(m.value());
          reportDecoded(m.name(), m.nameStart(), pointerOf, problems);
        }
      }
    }
  }

  private static void reportDecoded(String value, int offset, IntFunction<String> pointerOf, Problems problems) {
    int bad = firstUnusable(value);
    if (bad < 0) {
      return;
    }
    char c = value.charAt(bad);
    String what = Character.isSurrogate(c) ? "an unpaired surrogate " : "the control character ";
    problems.warning(ProblemCode.UNUSABLE_CHARACTER, "String " + IamException.quote(value) + " decodes to " + what
        + Texts.codePoint(c) + ": IAM accepts the escape, but no action, resource, key or principal contains"
        + " that character, so the value never matches", pointerOf.apply(offset), offset);
  }

  /** The index of the first control character or unpaired surrogate of {@code value}, or -1. */
  static int firstUnusable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.getType(c) == Character.CONTROL) {
        return i;
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
