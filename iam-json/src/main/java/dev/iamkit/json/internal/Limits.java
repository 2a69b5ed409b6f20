package dev.iamkit.json.internal;

import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.json.ReadLimits;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Checks a parsed tree against the counts of {@link ReadLimits} that belong to the policy grammar (statements,
 * values per list) and the size of a policy inside a file, and words every limit's message the same way: what
 * went past which limit, and how to raise it.
 */
public final class Limits {
  private static final List<String> VALUE_LISTS = List.of("Action", "NotAction", "Resource", "NotResource");

  private Limits() {}

  /** {@code 1,048,576}. */
  public static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * The message for a value past a limit: {@code what} (such as "Too many statements in one policy: 1,001"), the
   * limit's name and value, and how to raise it.
   */
  public static String exceeded(String what, String limit, long max) {
    return exceeded(what, limit, max, "");
  }

  /** {@link #exceeded(String, String, long)} with the limit's unit, such as {@code " characters"}. */
  public static String exceeded(String what, String limit, long max, String unit) {
    return what + ", more than the " + limit + " limit of " + number(max) + unit + " (raise it with ReadLimits.builder()."
        + limit + "(n))";
  }

  /** The message for a text longer than {@code max} chars, for {@code what} ("a policy document", "a simulation file"). */
  public static String tooLarge(String what, String limit, long max) {
    return exceeded("Too large for " + what, limit, max, " characters");
  }

  /**
   * Reports, for the policy document {@code doc} at {@code ptr}, a Statement list longer than
   * {@link ReadLimits#maxStatements()} and value lists longer than {@link ReadLimits#maxValues()}; each at the
   * first entry past the limit. Returns whether the document is within both.
   */
  public static boolean policyCounts(JsonValue doc, String ptr, ReadLimits limits, Problems problems) {
    return policyCounts(doc, ptr, limits, problems, -1);
  }

  /**
   * {@link #policyCounts(JsonValue, String, ReadLimits, Problems)} given {@code longestArray}, the length of the
   * longest array in the text the document was read from ({@link JsonTreeReader.Result#longestArray()}; negative when
   * unknown): when no array is longer than both limits' smaller one, nothing can be reported and the tree is not
   * walked.
   */
  public static boolean policyCounts(JsonValue doc, String ptr, ReadLimits limits, Problems problems,
      int longestArray) {
    if (longestArray >= 0 && longestArray <= Math.min(limits.maxStatements(), limits.maxValues())) {
      return true;
    }
    if (!(doc instanceof JsonValue.Obj o)) {
      return true;
    }
    JsonValue statement = o.get("Statement");
    String sp = ptr + "/Statement";
    boolean ok = true;
    if (statement instanceof JsonValue.Arr a) {
      ok = count(a, sp, limits.maxStatements(), "maxStatements", "Too many statements in one policy", problems);
      for (int i = 0; i < Math.min(a.elements().size(), limits.maxStatements()); i++) {
        ok &= statementCounts(a.elements().get(i), sp, i, limits, problems);
      }
    } else if (statement != null) {
      ok = statementCounts(statement, sp, -1, limits, problems);
    }
    return ok;
  }

  /**
   * Checks the value lists of the statement at {@code statements}/{@code index} ({@code index} -1: the statement is
   * the Statement member itself). Pointers are built only for a list past the limit, as this runs for every policy.
   */
  private static boolean statementCounts(JsonValue st, String statements, int index, ReadLimits limits,
      Problems problems) {
    if (!(st instanceof JsonValue.Obj o)) {
      return true;
    }
    boolean ok = true;
    for (JsonValue.Member m : o.members()) {
      if (VALUE_LISTS.contains(m.name())) {
        ok &= values(m.value(), limits, problems, statements, index, m.name());
      } else if ((m.name().equals("Principal") || m.name().equals("NotPrincipal"))
          && m.value() instanceof JsonValue.Obj principals) {
        for (JsonValue.Member p : principals.members()) {
          ok &= values(p.value(), limits, problems, statements, index, m.name(), p.name());
        }
      } else if (m.name().equals("Condition") && m.value() instanceof JsonValue.Obj operators) {
        for (JsonValue.Member op : operators.members()) {
          if (op.value() instanceof JsonValue.Obj keys) {
            for (JsonValue.Member key : keys.members()) {
              ok &= values(key.value(), limits, problems, statements, index, m.name(), op.name(), key.name());
            }
          }
        }
      }
    }
    return ok;
  }

  /** Checks one value list; its pointer is {@code statements}[/{@code index}]/{@code names...}, built on error. */
  private static boolean values(JsonValue v, ReadLimits limits, Problems problems, String statements, int index,
      String... names) {
    if (!(v instanceof JsonValue.Arr a) || a.elements().size() <= limits.maxValues()) {
      return true;
    }
    String ptr = index < 0 ? statements : statements + "/" + index;
    for (String name : names) {
      ptr = Pointers.child(ptr, name);
    }
    return count(a, ptr, limits.maxValues(), "maxValues", "Too many values in one list", problems);
  }

  /**
   * Reports an array longer than {@code max} at its first element past the limit; returns whether it is within.
   */
  public static boolean count(JsonValue.Arr a, String ptr, int max, String limit, String what, Problems problems) {
    if (a.elements().size() <= max) {
      return true;
    }
    problems.error(ProblemCode.DOCUMENT_TOO_LARGE, exceeded(what + ": " + number(a.elements().size()) + " entries",
        limit, max), Pointers.child(ptr, max), a.elements().get(max).start());
    return false;
  }

  /**
   * Checks a policy document {@code doc} written inside a file of {@code text}, before it is read as a policy: its
   * size against {@link ReadLimits#maxPolicyChars()}, against AWS's quota for {@code kind} when
   * {@link ReadLimits#policyQuotas()} is set and {@code kind} is not null (the quota's owner is {@link SizeLimit},
   * its measure {@link PolicyValidator#size(String, SizeLimit)}), and its counts. Returns whether it is within them.
   */
  public static boolean embeddedPolicy(JsonValue.Obj doc, String text, String ptr, @Nullable PolicyKind kind,
      ReadLimits limits, Problems problems) {
    int length = doc.end() - doc.start();
    if (length > limits.maxPolicyChars()) {
      problems.error(ProblemCode.DOCUMENT_TOO_LARGE, exceeded("Too large for a policy document: "
          + number(length) + " characters", "maxPolicyChars", limits.maxPolicyChars(), " characters"), ptr, doc.start());
      return false;
    }
    if (kind != null && limits.policyQuotas()) {
      SizeLimit quota = SizeLimit.defaultFor(kind);
      if (quota != SizeLimit.NONE) {
        long size = PolicyValidator.size(text.substring(doc.start(), doc.end()), quota);
        if (size > quota.maxCharacters()) {
          problems.error(ProblemCode.SIZE_LIMIT_EXCEEDED, "Policy size " + number(size) + " characters exceeds the "
              + quota.id() + " quota of " + number(quota.maxCharacters()) + " for " + kind.id()
              + " policies" + (quota.countsWhitespace() ? " (every character counts)" : " (white space not counted)")
              + " (S10.2); to read it all the same, use ReadLimits.builder().policyQuotas(false)", ptr, doc.start());
          return false;
        }
      }
    }
    return policyCounts(doc, ptr, limits, problems);
  }
}
