package dev.iamkit.core.internal.validate;

import dev.iamkit.core.IamException;
import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.ProblemCode;
import java.util.Optional;

/** The state of one validation run: the policy, its kind, options, the current statement, the problems. */
final class Context {
  final Policy policy;
  final PolicyKind kind;
  final boolean checkCatalog;
  final Problems problems = new Problems();
  /** Effect of the statement being checked. */
  Effect effect = Effect.ALLOW;

  Context(Policy policy, PolicyKind kind, boolean checkCatalog) {
    this.policy = policy;
    this.kind = kind;
    this.checkCatalog = checkCatalog;
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
    if (!Variables.mentions(text)) {
      return;
    }
    if (!policy.supportsVariables()) {
      Variables.Reference first = Variables.scan(text).get(0);
      problems.warning(ProblemCode.VARIABLE_NOT_RECOGNIZED, pointer, "Policy variable " + IamException.quote(first.text())
          + " in " + where + " " + IamException.quote(whole) + " is taken literally: variables are recognised only under "
          + "\"Version\": \"2012-10-17\", and this policy has "
          + policy.version().map(v -> "Version " + v.text()).orElse("no Version") + " (S4.3)");
      return;
    }
    for (Variables.Reference ref : Variables.scan(text)) {
      switch (ref.form()) {
        case UNCLOSED -> problems.warning(ProblemCode.INVALID_VARIABLE, pointer, "Policy variable "
            + IamException.quote(ref.text()) + " in " + where + " " + IamException.quote(whole)
            + " has no closing '}': it is taken as literal text (S4.1)");
        case MALFORMED -> problems.warning(ProblemCode.INVALID_VARIABLE, pointer, "Policy variable "
            + IamException.quote(ref.text()) + " in " + where + " " + IamException.quote(whole)
            + " is malformed: expected ${prefix:name}, ${prefix:name, 'default'} or one of ${*}, ${?}, ${$} (S4.1)");
        case KEY -> {
          Optional<ServiceCatalog.KeyInfo> info = catalog().conditionKey(ref.key());
          if (info.isPresent() && info.get().isMultivalued()) {
            problems.warning(ProblemCode.INVALID_VARIABLE, pointer, "Policy variable " + IamException.quote(ref.text())
                + " in " + where + " " + IamException.quote(whole) + " names the multivalued key "
                + IamException.quote(info.get().name()) + ", which cannot be used as a variable: it never matches (S4.7)");
          }
        }
        case ESCAPE -> { }
      }
    }
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
