package dev.iamkit.core.internal.validate;

import dev.iamkit.core.IamException;
import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.internal.match.Glob;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.ProblemCode;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks of one Action or NotAction entry (S1.8, S1.11 trust actions, S2.1). */
final class ActionChecks {
  private static final String TRUST_ACTION_LIST = Action.trustActions().stream().map(Action::text)
      .collect(Collectors.joining(", "));

  private ActionChecks() {}

  /**
   * Reports the problems of each entry of a non-empty {@code Action} or {@code NotAction} array (or single value)
   * of the statement being checked; {@code element} is {@code Action} or {@code NotAction}, the member of the
   * statement that holds the entries (problem pointers are built only when a problem is reported). An entry spelled
   * exactly as the service reference spells an action passes every check of {@link #checkFully} (ActionShortcutTest checks each
   * one), so it is settled by one exact lookup, the lookups of all entries made at once (see
   * {@link dev.iamkit.core.internal.catalog.ServiceCatalog#areSpelledActions}); the others are checked fully. The
   * shortcut is taken only when the catalogue is checked: otherwise every entry is checked fully, with the same
   * result, so that a validator without catalogue checks does not load the catalogue for actions.
   */
  static void checkAll(Context ctx, OneOrMany<Action> actions, String element) {
    boolean trust = ctx.kind == PolicyKind.TRUST && element.equals("Action");
    int n = actions.size();
    boolean array = actions.array();
    if (trust || !ctx.checkCatalog) { // without catalogue checks, the full checks need no catalogue: none is loaded
      for (int i = 0; i < n; i++) {
        checkFully(ctx, actions.get(i).text(), array ? i : -1, element, trust);
      }
      return;
    }
    ServiceCatalog.SpelledLookup lookup = ctx.scratch.spelledLookup();
    try {
      for (int i = 0; i < n; i++) {
        lookup.add(actions.get(i).text());
      }
      ctx.catalog().areSpelledActions(lookup);
      for (int i = 0; i < n; i++) {
        if (!lookup.found(i)) {
          checkFully(ctx, actions.get(i).text(), array ? i : -1, element, false);
        }
      }
    } finally {
      lookup.clear(); // the thread keeps the lookup, not the policy's texts, even when a check throws
    }
  }

  /**
   * Reports the problems of one entry ({@code index} -1 for a single value). The first syntax error found ends the
   * checks of the entry, as AWS stops at it. The service prefix and the action name are compared in place, and cut
   * out of the text only for a message.
   */
  static void checkFully(Context ctx, String text, int index, String element, boolean trust) {
    Problems problems = ctx.problems;
    if (text.equals("*")) {
      if (trust) {
        invalidTrustAction(ctx, text, ctx.entryPointer(element, index));
      }
      return;
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      problems.error(ProblemCode.INVALID_ACTION, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " has no service prefix: expected \"*\" or PREFIX:NAME such as \"s3:GetObject\""
          + Texts.aws("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."));
      return;
    }
    if (text.indexOf(':', colon + 1) >= 0) {
      problems.error(ProblemCode.INVALID_ACTION, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " has more than one colon: expected exactly one, between the service prefix and the action name"
          + Texts.aws("Actions/Condition can contain only one colon."));
      return;
    }
    if (!isValidPrefix(text, colon)) {
      String prefix = text.substring(0, colon);
      problems.error(ProblemCode.INVALID_ACTION, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " has the invalid service prefix " + IamException.quote(prefix)
          + ": expected a non-empty prefix of letters, digits, '-' and '.', without wildcards"
          + Texts.aws("Vendor " + prefix + " is not valid"));
      return;
    }
    if (Variables.mentions(text)) {
      ctx.unrecognisedVariables(text, ctx.entryPointer(element, index), element);
    }
    boolean emptyName = colon == text.length() - 1;
    if (emptyName || hasWhitespace(text)) {
      problems.warning(ProblemCode.UNMATCHABLE_ACTION, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + (emptyName ? " has an empty action name" : " contains white space")
          + ": AWS accepts it, but it never matches any request (S1.8, S2.1)");
      return;
    }
    if (trust && !isTrustAction(ctx, text.substring(0, colon), text.substring(colon + 1))) {
      invalidTrustAction(ctx, text, ctx.entryPointer(element, index));
      return;
    }
    if (ctx.checkCatalog) {
      checkCatalog(ctx, text, colon, index, element);
    }
  }

  /** The catalogue checks of {@code text}, a valid service prefix and a non-empty name around {@code colon}. */
  private static void checkCatalog(Context ctx, String text, int colon, int index, String element) {
    if (!ctx.catalog().isKnownService(text, 0, colon)) {
      String prefix = text.substring(0, colon);
      ctx.problems.warning(ProblemCode.UNKNOWN_ACTION, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " uses the unknown service prefix " + IamException.quote(prefix)
          + ": no service of the service reference snapshot has it; AWS accepts it, but it matches no real request");
      return;
    }
    // A valid prefix has no wildcard (isValidPrefix), so the text has one exactly when the name has one.
    if (!Glob.hasWildcard(text) && !ctx.catalog().hasAction(text)) {
      String prefix = text.substring(0, colon);
      ctx.problems.warning(ProblemCode.UNKNOWN_ACTION, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " is not an action of " + IamException.quote(prefix.toLowerCase(Locale.ROOT))
          + " in the service reference snapshot: check the spelling; AWS accepts it, but it matches no real request");
    }
  }

  /**
   * Whether a trust-policy entry names only trust actions: an exact trust action, or a wildcard pattern
   * of {@code sts} every one of whose matches (among the trust actions and the STS actions of the
   * service reference) is a trust action.
   */
  private static boolean isTrustAction(Context ctx, String prefix, String name) {
    if (!prefix.equalsIgnoreCase("sts")) {
      return false;
    }
    if (!Glob.hasWildcard(name)) {
      return Action.of("sts:" + name).isTrustAction();
    }
    Glob pattern = Glob.compileIgnoreCase(name);
    boolean matchesTrust = false;
    for (Action trustAction : Action.trustActions()) {
      matchesTrust |= pattern.matches(trustAction.name());
    }
    if (!matchesTrust) {
      return false;
    }
    for (String action : ctx.catalog().actionNames("sts")) {
      if (pattern.matches(action) && !Action.of("sts:" + action).isTrustAction()) {
        return false;
      }
    }
    return true;
  }

  private static void invalidTrustAction(Context ctx, String text, String pointer) {
    ctx.problems.error(ProblemCode.INVALID_TRUST_ACTION, pointer, "Action " + IamException.quote(text)
        + " is not allowed in a trust policy: expected one of " + TRUST_ACTION_LIST + " (S1.11)"
        + Texts.aws(ProblemCode.INVALID_TRUST_ACTION.awsMessage()));
  }

  /** S1.8: {@code text[0, end)}, the service prefix, is letters, digits, {@code -} and {@code .}; not empty. */
  static boolean isValidPrefix(String text, int end) {
    if (end == 0) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static boolean hasWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7f) {
        continue; // printable ASCII: the common case, and never white space
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return true;
      }
    }
    return false;
  }
}
