package dev.iamkit.core.internal.validate;

import dev.iamkit.core.IamException;
import dev.iamkit.core.eval.ConditionKeyType;
import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.OperatorFamily;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SetQualifier;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Checks of a Condition block: operators, keys and values (S1.10, S3, S4.2, S5.2). */
final class ConditionChecks {
  private static final String MFA_PRESENT = "aws:multifactorauthpresent";
  private static final String IF_EXISTS = "IfExists";

  private ConditionChecks() {}

  /**
   * The checks of the Condition block of the statement being checked (pointers built only for a problem). The maps
   * are walked with {@code forEach}, which allocates no iterator and no entry views, by the thread's {@link Walk}, so
   * that no lambda is made per condition or operator.
   */
  static void check(Context ctx, Condition condition) {
    Walk walk = ctx.scratch.conditionWalk;
    walk.ctx = ctx;
    walk.condition = condition;
    try {
      condition.operators().forEach(walk);
    } finally {
      walk.ctx = null;
      walk.condition = null;
      walk.base = null;
    }
  }

  /**
   * The visitor of the operators of one Condition block, with {@link Keys} for the keys of each: set by
   * {@link #check} for the block, emptied after it so that a thread keeps no policy. One per thread, in its
   * {@link Scratch}.
   */
  static final class Walk implements BiConsumer<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> {
    private @Nullable Context ctx;
    private @Nullable Condition condition;
    /** The base of the operator whose keys are being walked. */
    private @Nullable BaseOperator base;
    private final Keys keys = new Keys(this);

    @Override
    public void accept(ConditionOperator op, Map<ConditionKey, OneOrMany<ConditionValue>> keysOfOp) {
      checkOperator(current(), op, keysOfOp, this);
    }

    private Context current() {
      return Objects.requireNonNull(ctx, "no Condition block is being checked");
    }
  }

  /** The visitor of the keys of the operator being walked by its {@link Walk}. */
  private static final class Keys implements BiConsumer<ConditionKey, OneOrMany<ConditionValue>> {
    private final Walk walk;

    Keys(Walk walk) {
      this.walk = walk;
    }

    @Override
    public void accept(ConditionKey key, OneOrMany<ConditionValue> values) {
      Context c = walk.current();
      c.enterKey(key);
      checkKey(c, Objects.requireNonNull(walk.condition), Objects.requireNonNull(c.operator()),
          Objects.requireNonNull(walk.base), key, values);
    }
  }

  private static void checkOperator(Context ctx, ConditionOperator op, Map<ConditionKey, OneOrMany<ConditionValue>> keys,
      Walk walk) {
    ctx.enterOperator(op);
    if (!op.isKnown()) {
      unknownOperator(ctx, op, keys.isEmpty(), ctx.operatorPointer());
      return;
    }
    BaseOperator base = op.base().orElseThrow();
    if (keys.isEmpty()) {
      ctx.problems.warning(ProblemCode.EMPTY_VALUE, ctx.operatorPointer(), "Condition operator "
          + IamException.quote(op.text()) + " has no keys: it tests nothing and is always true; expected at least one"
          + " condition key");
      return;
    }
    if (base == BaseOperator.NULL && op.qualifier().isPresent()) {
      ctx.problems.warning(ProblemCode.SET_QUALIFIER_MISUSE, ctx.operatorPointer(), "Set qualifier "
          + IamException.quote(op.qualifier().get().text() + ":") + " on Null is ignored: Null tests whether the key is"
          + " present (S3.11); write \"Null\"");
    }
    walk.base = base;
    keys.forEach(walk.keys);
  }

  private static void unknownOperator(Context ctx, ConditionOperator op, boolean noKeys, String pointer) {
    String text = op.text();
    if (noKeys) {
      ctx.problems.warning(ProblemCode.UNKNOWN_OPERATOR_NO_KEYS, pointer, "Unknown condition operator "
          + IamException.quote(text) + " with no keys: AWS accepts it and it tests nothing, so iamkit evaluates it as"
          + " true (S1.10)");
      return;
    }
    String why;
    int colon = text.indexOf(':');
    String rest = colon < 0 ? text : text.substring(colon + 1);
    if (colon >= 0 && !text.startsWith("ForAllValues:") && !text.startsWith("ForAnyValue:")) {
      why = "malformed set qualifier " + IamException.quote(text.substring(0, colon + 1))
          + ": expected ForAllValues: or ForAnyValue: followed by an operator";
    } else if (rest.indexOf(':') >= 0) {
      why = "malformed set qualifier: expected one \"ForAllValues:\" or \"ForAnyValue:\" followed by an operator";
    } else if (rest.equals("Null" + IF_EXISTS)) {
      why = "Null has no IfExists form: Null itself tests whether the key is present (S3.12)";
    } else {
      Optional<String> suggestion = caseInsensitiveMatch(rest);
      why = suggestion.map(s -> "operator names are case-sensitive: did you mean " + IamException.quote(s) + "?")
          .orElse("expected one of the condition operators (StringEquals, StringLike, NumericLessThan, DateGreaterThan, "
              + "Bool, IpAddress, ArnLike, Null, ...), optionally with ForAllValues: or ForAnyValue: and IfExists");
    }
    ctx.problems.error(ProblemCode.UNKNOWN_OPERATOR, pointer, "Unknown condition operator " + IamException.quote(text)
        + ": " + why + Texts.aws("Syntax errors in policy."));
  }

  private static Optional<String> caseInsensitiveMatch(String name) {
    String base = name;
    String suffix = "";
    if (name.length() > IF_EXISTS.length()
        && name.regionMatches(true, name.length() - IF_EXISTS.length(), IF_EXISTS, 0, IF_EXISTS.length())) {
      base = name.substring(0, name.length() - IF_EXISTS.length());
      suffix = IF_EXISTS;
    }
    for (BaseOperator b : BaseOperator.values()) {
      if (b.text().equalsIgnoreCase(name)) {
        return Optional.of(b.text());
      }
      if (!suffix.isEmpty() && b.text().equalsIgnoreCase(base) && b.allowsIfExists()) {
        return Optional.of(b.text() + suffix);
      }
    }
    return Optional.empty();
  }

  /** The checks of {@code key} (the key being checked, see {@link Context#keyPointer()}) and its values. */
  private static void checkKey(Context ctx, Condition condition, ConditionOperator op, BaseOperator base,
      ConditionKey key, OneOrMany<ConditionValue> values) {
    String name = key.text();
    int colon = name.indexOf(':');
    if (colon <= 0 || colon == name.length() - 1) {
      ctx.problems.error(ProblemCode.INVALID_CONDITION_KEY, ctx.keyPointer(), "Condition key " + IamException.quote(name)
          + " is malformed: expected PREFIX:NAME such as \"aws:SourceIp\" or \"s3:prefix\""
          + Texts.aws("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."));
      return;
    }
    if (Variables.mentions(name)) {
      ctx.unrecognisedVariables(name, ctx.keyPointer(), "condition key");
    }
    Optional<ServiceCatalog.KeyInfo> info = ctx.scratch.conditionKey(name);
    if (ctx.checkCatalog && info.isEmpty()) {
      unknownKey(ctx, name, name.substring(0, colon));
    }
    setQualifierChecks(ctx, condition, op, base, key, info);
    if (ctx.effect == Effect.DENY && base == BaseOperator.BOOL && !op.ifExists()
        && key.normalized().equals(MFA_PRESENT)) {
      for (ConditionValue v : values) {
        if (ValueSyntax.isFalse(v.text())) {
          ctx.problems.warning(ProblemCode.MFA_BOOL_FALSE_IN_DENY, ctx.keyPointer(), "Deny with " + IamException.quote(op.text())
              + " " + IamException.quote(name) + " \"false\" does not deny requests signed with long-term access keys,"
              + " which carry no aws:MultiFactorAuthPresent at all (S5.2): use \"BoolIfExists\" to deny every"
              + " request without MFA");
          break;
        }
      }
    }
    if (values.isEmpty()) {
      ctx.problems.warning(ProblemCode.EMPTY_VALUE, ctx.keyPointer(), "Condition key " + IamException.quote(name) + " under "
          + IamException.quote(op.text()) + " has no values: " + (base.isNegated()
              ? "a negated operator with no values is always true" : "the condition is never true") + " (S3.1)");
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      ValueChecks.check(ctx, op, base, values.get(i), values.array() ? i : -1);
    }
  }

  private static void unknownKey(Context ctx, String name, String prefix) {
    if (ConditionKeyType.isOpenEnded(name) || Variables.mentions(prefix)) {
      // Keys of identity providers (accounts.google.com:aud, oidc.eks...amazonaws.com/id/X:sub) are open-ended.
      return;
    }
    if (ctx.catalog().isKnownKeyPrefix(prefix)) {
      ctx.problems.warning(ProblemCode.UNKNOWN_CONDITION_KEY, ctx.keyPointer(), "Condition key " + IamException.quote(name)
          + " is not a global key nor a key of " + IamException.quote(prefix.toLowerCase(Locale.ROOT))
          + " in the service reference snapshot: check the spelling; a key that no request carries makes"
          + " positive operators false");
    } else {
      ctx.problems.warning(ProblemCode.UNKNOWN_CONDITION_KEY, ctx.keyPointer(), "Condition key " + IamException.quote(name)
          + " has the unknown prefix " + IamException.quote(prefix)
          + ": expected aws or a service prefix of the service reference snapshot");
    }
  }

  /** S3.13: ForAllValues with Allow, qualifiers on single-valued keys, multivalued keys without one. */
  private static void setQualifierChecks(Context ctx, Condition condition, ConditionOperator op, BaseOperator base,
      ConditionKey key, Optional<ServiceCatalog.KeyInfo> info) {
    if (base == BaseOperator.NULL) {
      return;
    }
    Optional<SetQualifier> qualifier = op.qualifier();
    if (qualifier.isPresent() && qualifier.get() == SetQualifier.FOR_ALL_VALUES && ctx.effect == Effect.ALLOW
        && !requiresPresence(condition, key)) {
      ctx.problems.warning(ProblemCode.SET_QUALIFIER_MISUSE, ctx.keyPointer(), "ForAllValues with Allow on "
          + IamException.quote(key.text()) + " is also true when the request has no value for the key, so it can allow"
          + " more than intended (S3.13): add \"Null\": {" + IamException.quote(key.text()) + ": \"false\"} to require one");
    }
    if (info.isEmpty()) {
      return;
    }
    if (qualifier.isPresent() && info.get().isSingleValued()) {
      ctx.problems.warning(ProblemCode.SET_QUALIFIER_MISUSE, ctx.keyPointer(), "Set qualifier "
          + IamException.quote(qualifier.get().text() + ":") + " on the single-valued key " + IamException.quote(key.text())
          + ": write the operator without it" + (qualifier.get() == SetQualifier.FOR_ALL_VALUES
              ? "; with ForAllValues a missing key makes the condition true (S3.13)" : " (S3.13)"));
    }
    if (qualifier.isEmpty() && info.get().isMultivalued()) {
      ctx.problems.warning(ProblemCode.SET_QUALIFIER_MISUSE, ctx.keyPointer(), "The multivalued key "
          + IamException.quote(key.text()) + " is used without ForAllValues: or ForAnyValue: under "
          + IamException.quote(op.text()) + ": such a condition is always false (S3.13, A13)");
    }
  }

  /** Whether the block also says {@code "Null": {key: "false"}}, which makes a ForAllValues Allow safe. */
  private static boolean requiresPresence(Condition condition, ConditionKey key) {
    for (Map.Entry<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> e
        : condition.operators().entrySet()) {
      if (e.getKey().base().orElse(null) != BaseOperator.NULL) {
        continue;
      }
      for (Map.Entry<ConditionKey, OneOrMany<ConditionValue>> k : e.getValue().entrySet()) {
        if (k.getKey().normalized().equals(key.normalized())) {
          for (ConditionValue v : k.getValue()) {
            if (ValueSyntax.isFalse(v.text())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Whether the family's values may carry policy variables (S4.2; Bool per A6 is handled separately). */
  static boolean variablesRecognised(OperatorFamily family) {
    return family == OperatorFamily.STRING || family == OperatorFamily.ARN;
  }
}
