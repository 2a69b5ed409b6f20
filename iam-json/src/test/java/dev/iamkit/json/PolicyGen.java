package dev.iamkit.json;

import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators of arbitrary policies, built valid by construction (every element kind, every form). */
final class PolicyGen {
  /** Text fragments, including everything that needs escaping and characters beyond Latin-1. */
  private static final List<String> FRAGMENTS = List.of("a", "Z", "0", "s3", ":", "*", "?", "/", "~", "${aws:username}",
      " ", "\"", "\\", "\n", "\t", "\u0001", "\u007f", "\u00e9", "\u00ff", "\u20ac", "\uD83D\uDE00", "arn:aws:s3:::b");
  private static final List<String> OPERATORS = List.of("StringEquals", "StringLike", "ForAnyValue:StringEquals",
      "ForAllValues:StringNotLikeIfExists", "NumericLessThan", "Bool", "Null", "DateGreaterThan", "IpAddress",
      "ArnLike", "Unknown", "forallvalues:StringEquals");
  private static final List<String> NUMBERS = List.of("0", "-0", "1", "10.0", "1e5", "-2.5E-3", "123456789012345678901234");

  private PolicyGen() {}

  static Gen<Policy> policies() {
    return PolicyGen::policy;
  }

  private static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  private static boolean bool(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  static String text(RandomnessSource in) {
    int n = between(in, 0, 4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(FRAGMENTS.get(between(in, 0, FRAGMENTS.size() - 1)));
    }
    return sb.toString();
  }

  private static <T> OneOrMany<T> oneOrMany(RandomnessSource in, Function<RandomnessSource, T> element) {
    if (bool(in)) {
      return OneOrMany.one(element.apply(in));
    }
    int n = between(in, 0, 3);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(element.apply(in));
    }
    return OneOrMany.list(values);
  }

  static Policy policy(RandomnessSource in) {
    Policy.Builder b = Policy.builder();
    int v = between(in, 0, 2);
    b.version(v == 0 ? null : v == 1 ? PolicyVersion.V2008_10_17 : PolicyVersion.V2012_10_17);
    if (bool(in)) {
      b.id(text(in));
    }
    int n = between(in, 0, 3);
    for (int i = 0; i < n; i++) {
      b.statement(statement(in));
    }
    if (n == 1) {
      b.statementArray(bool(in));
    }
    return b.build();
  }

  private static Statement statement(RandomnessSource in) {
    Statement.Builder s = Statement.builder().effect(bool(in) ? Effect.ALLOW : Effect.DENY);
    if (bool(in)) {
      s.sid(text(in));
    }
    if (between(in, 0, 3) == 0) {
      s.principal(principal(in));
    }
    if (between(in, 0, 5) == 0) {
      s.notPrincipal(principal(in));
    }
    if (between(in, 0, 3) > 0) {
      s.action(oneOrMany(in, r -> Action.of(text(r))));
    }
    if (between(in, 0, 4) == 0) {
      s.notAction(oneOrMany(in, r -> Action.of(text(r))));
    }
    if (between(in, 0, 3) > 0) {
      s.resource(oneOrMany(in, r -> Resource.of(text(r))));
    }
    if (between(in, 0, 4) == 0) {
      s.notResource(oneOrMany(in, r -> Resource.of(text(r))));
    }
    if (bool(in)) {
      s.condition(condition(in));
    }
    return s.build();
  }

  private static PrincipalElement principal(RandomnessSource in) {
    if (between(in, 0, 3) == 0) {
      return PrincipalElement.wildcard();
    }
    Map<PrincipalType, OneOrMany<String>> entries = new LinkedHashMap<>();
    for (PrincipalType t : PrincipalType.values()) {
      if (bool(in)) {
        entries.put(t, oneOrMany(in, PolicyGen::text));
      }
    }
    return PrincipalElement.of(entries);
  }

  private static Condition condition(RandomnessSource in) {
    Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> ops = new LinkedHashMap<>();
    int n = between(in, 0, 3);
    for (int i = 0; i < n; i++) {
      Map<ConditionKey, OneOrMany<ConditionValue>> keys = new LinkedHashMap<>();
      int k = between(in, 0, 3);
      for (int j = 0; j < k; j++) {
        keys.put(ConditionKey.of(text(in)), oneOrMany(in, PolicyGen::conditionValue));
      }
      ops.put(ConditionOperator.parse(OPERATORS.get(between(in, 0, OPERATORS.size() - 1))), keys);
    }
    return Condition.of(ops);
  }

  private static ConditionValue conditionValue(RandomnessSource in) {
    return switch (between(in, 0, 2)) {
      case 0 -> ConditionValue.string(text(in));
      case 1 -> ConditionValue.number(NUMBERS.get(between(in, 0, NUMBERS.size() - 1)));
      default -> ConditionValue.bool(bool(in));
    };
  }
}
