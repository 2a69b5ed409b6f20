package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.ProblemCode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the members of iamkit's own files (simulation, world, scenario) from a {@link JsonValue} tree, reporting
 * each value of the wrong type, unknown member and missing member to the problems of the read, with its pointer.
 * Not thread-safe; one per read.
 */
public final class Fields {
  private final Problems problems;

  /** Reports to {@code problems}. */
  public Fields(Problems problems) {
    this.problems = problems;
  }

  /** Where problems go. */
  public Problems problems() {
    return problems;
  }

  /** The string value, or null after reporting that {@code member} must be a string. */
  public @Nullable String string(JsonValue v, String ptr, String member) {
    if (v instanceof JsonValue.Str s) {
      return s.value();
    }
    wrongType(v, ptr, "a string for " + member);
    return null;
  }

  /** Reports a value of the wrong JSON type; {@code expected} says what was wanted. */
  public void wrongType(JsonValue v, String ptr, String expected) {
    problems.error(v instanceof JsonValue.Null ? ProblemCode.NULL_VALUE : ProblemCode.WRONG_TYPE,
        "Expected " + expected + ", found " + Texts.describe(v), ptr, v.start());
  }

  /** Reports a member that {@code where} does not have; {@code known} lists the members it has. */
  public void unknown(JsonValue.Member m, String parent, List<String> known, String where) {
    problems.error(ProblemCode.UNKNOWN_ELEMENT, "Unknown member " + IamException.quote(m.name()) + " in " + where
        + ": expected " + String.join(", ", known) + PolicyShapeReader.caseHint(m.name(), known),
        Pointers.child(parent, m.name()), m.nameStart());
  }

  /** Reports that {@code what} (such as "a request") lacks {@code member}; {@code expected} describes its value. */
  public void missing(JsonValue.Obj o, String ptr, String what, String member, String expected) {
    problems.error(ProblemCode.MISSING_ELEMENT, "Missing " + member + ": " + what + " needs \"" + member + "\": "
        + expected, ptr, o.start(), o.end() - 1);
  }
}
