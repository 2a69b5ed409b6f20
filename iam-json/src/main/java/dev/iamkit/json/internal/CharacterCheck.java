package dev.iamkit.json.internal;

import dev.iamkit.core.policy.ProblemCode;
import java.util.ArrayList;
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
}
