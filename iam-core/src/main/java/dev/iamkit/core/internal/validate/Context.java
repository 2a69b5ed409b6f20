package dev.iamkit.core.internal.validate;

import dev.iamkit.core.IamException;
import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.ProblemCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of one validation run: the policy, its kind, options, the current statement, the problems. The JSON
 * pointer of the place being checked (statement, condition operator, condition key) is built from the current
 * position only when a problem is reported, so that a policy without problems builds no pointer at all.
 */
final class Context {
  final Policy policy;
  final PolicyKind kind;
  final boolean checkCatalog;
  final Problems problems = new Problems();
  /** Effect of the statement being checked. */
  Effect effect = Effect.ALLOW;
  /** Number of the statement being checked. */
  private int statement;
  /** Pointer of the statement being checked, once built. */
  private @Nullable String statementPointer;
  /** The working storage of the checks, the thread's. */
  final Scratch scratch = Scratch.ofThread();
  /** The Sid of each statement by its first statement number, for long policies (see PolicyChecker). */
  private @Nullable Map<String, Integer> sids;
  /** The condition operator and key being checked, for {@link #operatorPointer()} and {@link #keyPointer()}. */
  private @Nullable ConditionOperator operator;
  private @Nullable ConditionKey key;

  Context(Policy policy, PolicyKind kind, boolean checkCatalog) {
    this.policy = policy;
    this.kind = kind;
    this.checkCatalog = checkCatalog;
  }

  /** Starts the checks of statement number {@code index}. */
  void enterStatement(int index) {
    statement = index;
    statementPointer = null;
    operator = null;
    key = null;
  }

  /** {@code /Statement/3}, or {@code /Statement} when the policy has a single statement object. */
  String statementPointer() {
    String p = statementPointer;
    if (p == null) {
      p = policy.statementArray() ? Pointers.index("/Statement", statement) : "/Statement";
      statementPointer = p;
    }
    return p;
  }

  /** The pointer of the member {@code element} of the statement being checked. */
  String statementMember(String element) {
    return Pointers.member(statementPointer(), element);
  }

  /** The map of Sids to the first statement that has them, made on first use. */
  Map<String, Integer> sids() {
    Map<String, Integer> m = sids;
    if (m == null) {
      m = new HashMap<>();
      sids = m;
    }
    return m;
  }

  /**
   * The pointer of entry {@code index} of the member {@code element} of the statement being checked, or of the
   * member itself when {@code index} is negative (a single value).
   */
  String entryPointer(String element, int index) {
    return Pointers.at(statementMember(element), index);
  }

  /** Starts the checks of the condition operator {@code op} of the statement being checked. */
  void enterOperator(ConditionOperator op) {
    operator = op;
    key = null;
  }

  /** The condition operator being checked, if any. */
  @Nullable ConditionOperator operator() {
    return operator;
  }

  /** Starts the checks of the condition key {@code k} under the operator being checked. */
  void enterKey(ConditionKey k) {
    key = k;
  }

  /** {@code /Statement/0/Condition/StringEquals}: the pointer of the operator being checked. */
  String operatorPointer() {
    ConditionOperator op = operator;
    if (op == null) {
      throw new IllegalStateException("No condition operator is being checked");
    }
    return Pointers.member(statementMember("Condition"), op.text());
  }

  /** {@code /Statement/0/Condition/StringEquals/aws:PrincipalTag~1team}: the pointer of the key being checked. */
  String keyPointer() {
    ConditionKey k = key;
    if (k == null) {
      throw new IllegalStateException("No condition key is being checked");
    }
    return Pointers.member(operatorPointer(), k.text());
  }

  ServiceCatalog catalog() {
    return ServiceCatalog.instance();
  }

  /**
   * Policy variables in a place where AWS recognises them (the resource field of an ARN, String and ARN
   * condition values): taken literally without Version 2012-10-17 (S4.3); otherwise each malformed
   * {@code ${...}} and each variable over a multivalued key is reported (S4.1, S4.7).
   */
  void recognisedVariables(String text, String pointer, String where) {
    recognisedVariables(text, text, pointer, where);
  }

  /** As {@link #recognisedVariables(String, String, String)}, scanning {@code text}, quoting {@code whole}. */
  void recognisedVariables(String text, String whole, String pointer, String where) {
    recognisedVariables(text, whole, pointer, -1, where);
  }

  /**
   * As {@link #recognisedVariables(String, String, String)} for the condition value {@code index} (-1 for a single
   * value) of the key being checked, whose pointer is built only when a problem is reported.
   */
  void recognisedValueVariables(String text, int index) {
    recognisedVariables(text, text, null, index, "condition value");
  }

  /** The checks of both; the pointer is {@code given}, or else that of value {@code index} of the key. */
  private void recognisedVariables(String text, String whole, @Nullable String given, int index, String where) {
    if (!Variables.mentions(text)) {
      return;
    }
    if (!policy.supportsVariables()) {
      Variables.Reference first = Variables.scan(text).get(0);
      problems.warning(ProblemCode.VARIABLE_NOT_RECOGNIZED, valuePointer(given, index), "Policy variable "
          + IamException.quote(first.text()) + " in " + where + " " + IamException.quote(whole)
          + " is taken literally: variables are recognised only under \"Version\": \"2012-10-17\", and this policy has "
          + policy.version().map(v -> "Version " + v.text()).orElse("no Version") + " (S4.3)");
      return;
    }
    if (scratch.variablesClean(text)) {
      return;
    }
    int before = problems.size();
    for (Variables.Reference ref : Variables.scan(text)) {
      switch (ref.form()) {
        case UNCLOSED -> problems.warning(ProblemCode.INVALID_VARIABLE, valuePointer(given, index), "Policy variable "
            + IamException.quote(ref.text()) + " in " + where + " " + IamException.quote(whole)
            + " has no closing '}': it is taken as literal text (S4.1)");
        case MALFORMED -> problems.warning(ProblemCode.INVALID_VARIABLE, valuePointer(given, index), "Policy variable "
            + IamException.quote(ref.text()) + " in " + where + " " + IamException.quote(whole)
            + " is malformed: expected ${prefix:name}, ${prefix:name, 'default'} or one of ${*}, ${?}, ${$} (S4.1)");
        case KEY -> {
          Optional<ServiceCatalog.KeyInfo> info = scratch.conditionKey(ref.key());
          if (info.isPresent() && info.get().isMultivalued()) {
            problems.warning(ProblemCode.INVALID_VARIABLE, valuePointer(given, index), "Policy variable "
                + IamException.quote(ref.text()) + " in " + where + " " + IamException.quote(whole)
                + " names the multivalued key " + IamException.quote(info.get().name())
                + ", which cannot be used as a variable: it never matches (S4.7)");
          }
        }
        case ESCAPE -> { }
      }
    }
    if (problems.size() == before) {
      scratch.rememberVariablesClean(text);
    }
  }

  private String valuePointer(@Nullable String given, int index) {
    return given != null ? given : Pointers.at(keyPointer(), index);
  }

  /** Policy variables where AWS never recognises them: the text stays literal (S4.2). */
  void unrecognisedVariables(String text, String pointer, String where) {
    if (!Variables.mentions(text)) {
      return;
    }
    Variables.Reference first = Variables.scan(text).get(0);
    problems.warning(ProblemCode.VARIABLE_NOT_RECOGNIZED, pointer, "Policy variable " + IamException.quote(first.text())
        + " in " + where + " " + IamException.quote(text) + " is taken literally: variables are recognised only in the "
        + "resource field of Resource and NotResource ARNs and in String and ARN condition values (S4.2)");
  }
}
