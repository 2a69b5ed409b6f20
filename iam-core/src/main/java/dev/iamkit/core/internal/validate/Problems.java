package dev.iamkit.core.internal.validate;

import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects problems in the order they are found, which is document order. Not thread-safe. */
final class Problems {
  private final List<PolicyProblem> list = new ArrayList<>();

  void add(Severity severity, ProblemCode code, String pointer, String message) {
    list.add(PolicyProblem.of(severity, code, message, pointer));
  }

  void error(ProblemCode code, String pointer, String message) {
    add(Severity.ERROR, code, pointer, message);
  }

  void warning(ProblemCode code, String pointer, String message) {
    add(Severity.WARNING, code, pointer, message);
  }

  /** How many problems were found so far. */
  int size() {
    return list.size();
  }

  /** Whether a problem of {@code code} was found at or after position {@code from} (see {@link #size()}). */
  boolean hasSince(int from, ProblemCode code) {
    for (int i = from; i < list.size(); i++) {
      if (list.get(i).code() == code) {
        return true;
      }
    }
    return false;
  }

  List<PolicyProblem> toList() {
    return List.copyOf(list);
  }
}
