package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.json.ReadLimits;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to the members of a parsed JSON file, reporting what is wrong to a {@link Problems} with the
 * JSON pointer and offset of the offending value: the common checks of iamkit's own file formats (world and
 * scenario files). Not thread-safe; one per read.
 */
public final class Fields {
  private final @Nullable String text;
  private final Problems problems;
  private final ReadLimits limits;

  /** Checks values of {@code text}, reporting to {@code problems}, policies held to the standard limits. */
  public Fields(String text, Problems problems) {
    this(text, problems, ReadLimits.standard());
  }

  /** Checks values of {@code text}, reporting to {@code problems}, policies held to {@code limits}. */
  public Fields(String text, Problems problems, ReadLimits limits) {
    this.text = Objects.requireNonNull(text, "text");
    this.problems = Objects.requireNonNull(problems, "problems");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Checks values of a tree whose source text is not at hand, reporting to {@code problems}; {@link #policy},
   * {@link #textOf} and {@link #text} need the text and are not for such a reader.
   */
  public Fields(Problems problems) {
    this.text = null;
    this.problems = Objects.requireNonNull(problems, "problems");
    this.limits = ReadLimits.standard();
  }

  /** The limits the file is held to. */
  public ReadLimits limits() {
    return limits;
  }

  private String source() {
    if (text == null) {
      throw new IllegalStateException("these Fields were made without the source text");
    }
    return text;
  }

  /** The problems collected so far. */
  public Problems problems() {
    return problems;
  }

  /** {@code v} as an object, or null after reporting that {@code expected} was wanted. */
  public JsonValue.@Nullable Obj object(JsonValue v, String ptr, String expected) {
    if (v instanceof JsonValue.Obj o) {
      return o;
    }
    wrongType(v, ptr, expected);
    return null;
  }

  /** {@code v} as an array, or null after reporting. */
  public JsonValue.@Nullable Arr array(JsonValue v, String ptr, String expected) {
    if (v instanceof JsonValue.Arr a) {
      return a;
    }
    wrongType(v, ptr, expected);
    return null;
  }

  /** {@code v} as a string, or null after reporting. */
  public @Nullable String string(JsonValue v, String ptr, String member) {
    if (v instanceof JsonValue.Str s) {
      return s.value();
    }
    wrongType(v, ptr, "a string for " + member);
    return null;
  }

  /** {@code v} as a non-empty string, or null after reporting. */
  public @Nullable String nonEmpty(JsonValue v, String ptr, String member) {
    String s = string(v, ptr, member);
    if (s != null && s.isEmpty()) {
      problems.error(ProblemCode.EMPTY_VALUE, member + " must not be empty", ptr, v.start());
      return null;
    }
    return s;
  }

  /** {@code v} as a boolean, or null after reporting. */
  public @Nullable Boolean bool(JsonValue v, String ptr, String member) {
    if (v instanceof JsonValue.Bool b) {
      return b.value();
    }
    wrongType(v, ptr, "true or false for " + member);
    return null;
  }

  /** {@code v} as a whole number that fits a long, or null after reporting. */
  public @Nullable Long integer(JsonValue v, String ptr, String member) {
    // digits in a string are read as the number they spell, as AWS's query API reads parameters
    String t = v instanceof JsonValue.Num n ? n.text() : v instanceof JsonValue.Str s ? s.value() : null;
    if (t != null) {
      boolean digits = !t.isEmpty() && t.length() <= 18;
      for (int i = 0; i < t.length() && digits; i++) {
        char c = t.charAt(i);
        digits = (c >= '0' && c <= '9') || (i == 0 && c == '-' && t.length() > 1);
      }
      if (digits) {
        return Long.parseLong(t);
      }
    }
    wrongType(v, ptr, "a whole number for " + member);
    return null;
  }

  /** The strings of an array (a single string is a list of one when {@code single} is set), or null. */
  public @Nullable List<String> strings(JsonValue v, String ptr, String member, boolean single) {
    if (single && v instanceof JsonValue.Str s) {
      return List.of(s.value());
    }
    JsonValue.Arr a = array(v, ptr, "an array of strings for " + member);
    if (a == null) {
      return null;
    }
    List<String> out = new java.util.ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < a.elements().size(); i++) {
      String s = string(a.elements().get(i), Pointers.child(ptr, i), "each entry of " + member);
      if (s == null) {
        ok = false;
      } else {
        out.add(s);
      }
    }
    return ok ? out : null;
  }

  /**
   * A policy document object at {@code ptr}: its size and counts against the limits ({@link Limits#embeddedPolicy},
   * AWS's quotas left to whoever stores it), its characters (S1.1) and its shape (S1) are checked; the
   * validator's rules are left to whoever stores it.
   */
  public @Nullable Policy policy(JsonValue v, String ptr) {
    JsonValue.Obj doc = object(v, ptr, "a policy document object {\"Version\": ..., \"Statement\": ...}");
    if (doc == null || !Limits.embeddedPolicy(doc, source(), ptr, null, limits, problems)) {
      return null;
    }
    for (int rel : CharacterCheck.scan(source().substring(doc.start(), doc.end()))) {
      int off = doc.start() + rel;
      problems.error(ProblemCode.INVALID_CHARACTER, CharacterCheck.message(source(), off),
          ptr + Trees.pointerAt(doc, off), off);
    }
    return new PolicyShapeReader(problems, ptr).read(doc);
  }

  /** The exact source text of {@code v}. */
  public String textOf(JsonValue v) {
    return source().substring(v.start(), v.end());
  }

  /** The whole text. */
  public String text() {
    return source();
  }

  /** Reports {@code expected} at {@code v}, found something else. */
  public void wrongType(JsonValue v, String ptr, String expected) {
    problems.error(v instanceof JsonValue.Null ? ProblemCode.NULL_VALUE : ProblemCode.WRONG_TYPE,
        "Expected " + expected + ", found " + Texts.describe(v), ptr, v.start());
  }

  /** Reports an unknown member of an object of {@code where}. */
  public void unknown(JsonValue.Member m, String parent, List<String> known, String where) {
    problems.error(ProblemCode.UNKNOWN_ELEMENT, "Unknown member " + IamException.quote(m.name()) + " in " + where
        + ": expected " + String.join(", ", known) + PolicyShapeReader.caseHint(m.name(), known),
        Pointers.child(parent, m.name()), m.nameStart());
  }

  /** Reports a missing required member of {@code o}. */
  public void missing(JsonValue.Obj o, String ptr, String member, String where) {
    problems.error(ProblemCode.MISSING_ELEMENT, "Missing " + member + ": " + where + " needs \"" + member + "\"", ptr,
        o.start(), o.end() - 1);
  }

  /** Reports that {@code what} (such as "a request") lacks {@code member}; {@code expected} describes its value. */
  public void missing(JsonValue.Obj o, String ptr, String what, String member, String expected) {
    problems.error(ProblemCode.MISSING_ELEMENT, "Missing " + member + ": " + what + " needs \"" + member + "\": "
        + expected, ptr, o.start(), o.end() - 1);
  }

  /** Reports an invalid value at {@code v}. */
  public void invalid(ProblemCode code, JsonValue v, String ptr, String message) {
    problems.error(code, message, ptr, v.start());
  }
}
