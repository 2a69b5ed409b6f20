package dev.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.KindResult;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.PolicyWriter;
import dev.iamkit.testkit.internal.Draw;
import dev.iamkit.testkit.internal.Vocabulary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The generated policy sets and requests of {@link RequestGenerators} against the laws of S6.3 that the evaluator
 * must keep (iam-core's {@code EvaluatorProperties} checks the same laws over hand-built sets; this class sits beside
 * the generators whose cases it exercises): denies never add an ALLOW, Allows never remove one, boundaries and session
 * policies never widen, order never matters, and a policy decides the same after a trip through JSON.
 * Each property states its law as "if ... then ..."; {@link #generated_cases_reach_every_decision} checks
 * that the generated cases make those laws bite.
 */
class RequestGeneratorsProperties {
  private static final int EXAMPLES = 400;
  private static final Evaluator EVALUATOR = Evaluator.standard();

  /** A policy set, a request, and a changed set derived from them. */
  record Case(PolicySet before, PolicySet after, RequestContext request, String change) {
    Evaluation evaluateBefore() {
      return EVALUATOR.evaluate(before, request);
    }

    Evaluation evaluateAfter() {
      return EVALUATOR.evaluate(after, request);
    }

    String describe(Evaluation b, Evaluation a) {
      return "request " + request + "\nchange: " + change + "\nbefore " + RequestGenerators.describe(before)
          + "\n-> " + b + "\nafter " + RequestGenerators.describe(after) + "\n-> " + a;
    }
  }

  /** Cases whose changed set is computed by {@code change} from the generated set and request. */
  private static Gen<Case> cases(Change change) {
    Gen<PolicySet> sets = RequestGenerators.policySets();
    Gen<RequestContext> requests = RequestGenerators.requests();
    Gen<Case> gen = in -> {
      Draw d = new Draw(in);
      PolicySet set = d.from(sets);
      RequestContext request = d.from(requests);
      StringBuilder what = new StringBuilder();
      PolicySet after = change.apply(d, set, request, what);
      return new Case(set, after, request, what.toString());
    };
    return gen.describedAs(c -> "Case{request=" + c.request() + ", change=" + c.change()
        + ", before=" + RequestGenerators.describe(c.before()) + "}");
  }

  @FunctionalInterface
  private interface Change {
    PolicySet apply(Draw d, PolicySet set, RequestContext request, StringBuilder description);
  }

  /**
   * Inserts a generated statement with {@code effect} into a policy of the set: one of the kinds in
   * {@code kinds} that the set has, or a new identity policy.
   */
  private static Change insertStatement(Effect effect, List<PolicyKind> kinds) {
    return (d, set, request, what) -> {
      SetParts parts = SetParts.of(set);
      List<SetParts.Slot> slots = parts.slots().stream().filter(s -> kinds.contains(s.kind())).toList();
      int pick = d.between(0, slots.size());
      if (pick == slots.size()) {
        Statement s = aim(d, d.from(PolicyGenerators.statements(PolicyKind.IDENTITY, effect)), PolicyKind.IDENTITY, request);
        parts.identity.add(new NamedPolicy("added", Fixtures.policy(s)));
        what.append("new identity policy \"added\" with ").append(s);
      } else {
        SetParts.Slot slot = slots.get(pick);
        Statement s = aim(d, d.from(PolicyGenerators.statements(slot.kind(), effect)), slot.kind(), request);
        int position = d.between(0, slot.policy().policy().statements().size());
        slot.replace().accept(SetParts.insert(slot.policy(), s, position));
        what.append("insert into ").append(slot.kind().id()).append(' ').append(slot.policy().name())
            .append(" at ").append(position).append(": ").append(s);
      }
      return parts.build();
    };
  }

  private static final List<PolicyKind> ALL_KINDS = List.of(PolicyKind.values());

  /**
   * Half of the time, points {@code s} at the request: its action (as written, as {@code service:*} or
   * {@code *}), the resource {@code *} or the request's own, no condition, and for resource policies
   * {@code "Principal": "*"}; so that added statements often apply and the laws are tested where they bite.
   * Trust statements keep their STS actions unless the request asks for one (S1.11).
   */
  private static Statement aim(Draw d, Statement s, PolicyKind kind, RequestContext request) {
    return d.maybe(50) ? aimed(d, s, kind, request) : s;
  }

  /** {@code s} pointed at the request (see {@link #aim}). */
  private static Statement aimed(Draw d, Statement s, PolicyKind kind, RequestContext request) {
    String action = request.action();
    Statement.Builder b = s.toBuilder();
    if (kind != PolicyKind.TRUST || Vocabulary.TRUST_ACTIONS.contains(action)) {
      String service = action.substring(0, action.indexOf(':'));
      b.notAction(null).action(OneOrMany.one(Action.of(d.pick(action, service + ":*", "*"))));
    }
    if (kind != PolicyKind.TRUST) {
      b.notResource(null).resource(OneOrMany.one(Resource.of(d.pick("*", request.resource()))));
    }
    if (d.maybe(70)) {
      b.condition(null);
    }
    if ((kind == PolicyKind.RESOURCE || kind == PolicyKind.TRUST) && d.maybe(50)) {
      b.notPrincipal(null).principal(PrincipalElement.wildcard());
    }
    return b.build();
  }

  @Test
  @DisplayName("S6.3, S6.4: adding a Deny statement anywhere never turns a decision into ALLOW, nor an EXPLICIT_DENY into anything else")
  void adding_a_deny_never_yields_an_allow() {
    Theories.qt(EXAMPLES).forAll(cases(insertStatement(Effect.DENY, ALL_KINDS))).checkAssert(c -> {
      Evaluation before = c.evaluateBefore();
      Evaluation after = c.evaluateAfter();
      if (after.decision() == Decision.ALLOW) {
        assertThat(before.decision()).as(c.describe(before, after)).isEqualTo(Decision.ALLOW);
      }
      if (before.decision() == Decision.EXPLICIT_DENY) {
        assertThat(after.decision()).as(c.describe(before, after)).isEqualTo(Decision.EXPLICIT_DENY);
      }
    });
  }

  @Test
  @DisplayName("S6.3, S6.9: adding an Allow statement to an identity policy never turns ALLOW into a deny, and never changes whether a Deny applies")
  void adding_an_identity_allow_never_removes_an_allow() {
    Theories.qt(EXAMPLES).forAll(cases(insertStatement(Effect.ALLOW, List.of(PolicyKind.IDENTITY)))).checkAssert(c -> {
      Evaluation before = c.evaluateBefore();
      Evaluation after = c.evaluateAfter();
      if (before.decision() == Decision.ALLOW) {
        assertThat(after.decision()).as(c.describe(before, after)).isEqualTo(Decision.ALLOW);
      }
      assertThat(after.decision() == Decision.EXPLICIT_DENY).as(c.describe(before, after))
          .isEqualTo(before.decision() == Decision.EXPLICIT_DENY);
    });
  }

  @Test
  @DisplayName("S6.3, S6.5-S6.10: adding an Allow statement to any policy (gates included) never turns ALLOW into a deny")
  void adding_any_allow_never_removes_an_allow() {
    Theories.qt(EXAMPLES).forAll(cases(insertStatement(Effect.ALLOW, ALL_KINDS))).checkAssert(c -> {
      Evaluation before = c.evaluateBefore();
      Evaluation after = c.evaluateAfter();
      if (before.decision() == Decision.ALLOW) {
        assertThat(after.decision()).as(c.describe(before, after)).isEqualTo(Decision.ALLOW);
      }
    });
  }

  @Test
  @DisplayName("S6.3, S6.9: a permissions boundary never widens: if ALLOW with it, then ALLOW without it")
  void a_boundary_never_widens() {
    AtomicInteger bites = new AtomicInteger();
    Theories.qt(EXAMPLES).forAll(cases((d, set, request, what) -> {
      SetParts parts = SetParts.of(set);
      if (parts.boundary == null || d.maybe(50)) {
        parts.boundary = new NamedPolicy("boundary", gate(d, PolicyKind.PERMISSIONS_BOUNDARY, request));
      }
      what.append("without the boundary");
      return parts.build();
    })).checkAssert(c -> {
      // Here "before" is the set with the boundary and "after" the same set without it.
      SetParts without = SetParts.of(c.after());
      without.boundary = null;
      Evaluation with = EVALUATOR.evaluate(c.after(), c.request());
      Evaluation none = EVALUATOR.evaluate(without.build(), c.request());
      if (with.decision() == Decision.ALLOW) {
        bites.incrementAndGet();
        assertThat(none.decision()).as(new Case(c.after(), without.build(), c.request(), c.change()).describe(with, none))
            .isEqualTo(Decision.ALLOW);
      }
    });
    assertThat(bites.get()).as("examples allowed with the boundary").isGreaterThanOrEqualTo(EXAMPLES / 20);
  }

  /**
   * A boundary or session policy of {@code kind}: generated, and half of the time with an Allow statement
   * pointed at the request inserted, so that the gate often opens.
   */
  private static Policy gate(Draw d, PolicyKind kind, RequestContext request) {
    Policy p = d.from(PolicyGenerators.policies(kind));
    if (!d.maybe(50)) {
      return p;
    }
    Statement allow = aimed(d, d.from(PolicyGenerators.statements(kind, Effect.ALLOW)), kind, request);
    return SetParts.insert(new NamedPolicy("gate", p), allow, d.between(0, p.statements().size())).policy();
  }

  @Test
  @DisplayName("S6.3, S6.9: session policies never widen: if ALLOW with them, then ALLOW without them (not for federated users, S6.15)")
  void session_policies_never_widen() {
    AtomicInteger bites = new AtomicInteger();
    Theories.qt(EXAMPLES).forAll(cases((d, set, request, what) -> {
      SetParts parts = SetParts.of(set);
      if (parts.session.isEmpty() || d.maybe(50)) {
        parts.session.clear();
        int n = d.between(1, 2);
        for (int i = 0; i < n; i++) {
          parts.session.add(new NamedPolicy("session-" + i, gate(d, PolicyKind.SESSION, request)));
        }
      }
      what.append("without the session policies");
      return parts.build();
    })).checkAssert(c -> {
      if (c.request().principal() instanceof Principal.FederatedUser) {
        return; // a federated user has no permissions without a session policy (S6.9, S6.15)
      }
      SetParts without = SetParts.of(c.after());
      without.session.clear();
      Evaluation with = EVALUATOR.evaluate(c.after(), c.request());
      Evaluation none = EVALUATOR.evaluate(without.build(), c.request());
      if (with.decision() == Decision.ALLOW) {
        bites.incrementAndGet();
        assertThat(none.decision()).as(new Case(c.after(), without.build(), c.request(), c.change()).describe(with, none))
            .isEqualTo(Decision.ALLOW);
      }
    });
    assertThat(bites.get()).as("examples allowed with session policies").isGreaterThanOrEqualTo(EXAMPLES / 20);
  }

  @Test
  @DisplayName("S1.4, S6.3: statement order, policy order and condition member order never change the decision or the per-kind results")
  void order_never_matters() {
    Theories.qt(EXAMPLES).forAll(cases((d, set, request, what) -> {
      SetParts parts = SetParts.of(set);
      parts.mapPolicies(p -> new NamedPolicy(p.name(), shuffled(d, p.policy())));
      List<NamedPolicy> identity = d.shuffle(parts.identity);
      parts.identity.clear();
      parts.identity.addAll(identity);
      List<NamedPolicy> session = d.shuffle(parts.session);
      parts.session.clear();
      parts.session.addAll(session);
      parts.scp.replaceAll(d::shuffle);
      parts.rcp.replaceAll(d::shuffle);
      what.append("statements, policies within each kind and level, and condition members shuffled");
      return parts.build();
    })).checkAssert(c -> {
      Evaluation before = c.evaluateBefore();
      Evaluation after = c.evaluateAfter();
      String why = c.describe(before, after);
      assertThat(after.decision()).as(why).isEqualTo(before.decision());
      assertThat(after.kindResults()).as(why).isEqualTo(before.kindResults());
      assertThat(after.blockingKind()).as(why).isEqualTo(before.blockingKind());
      assertThat(after.blockingLevel()).as(why).isEqualTo(before.blockingLevel());
      assertThat(after.missingContextKeys()).as(why).isEqualTo(before.missingContextKeys());
    });
  }

  /** {@code p} with its statements, and the operators and keys of their conditions, in a random order. */
  private static Policy shuffled(Draw d, Policy p) {
    List<Statement> statements = new ArrayList<>();
    for (Statement s : d.shuffle(p.statements())) {
      statements.add(s.condition().isEmpty() ? s : s.toBuilder().condition(shuffled(d, s.condition().get())).build());
    }
    return p.toBuilder().statements(statements).build();
  }

  private static Condition shuffled(Draw d, Condition c) {
    Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> out = new LinkedHashMap<>();
    for (ConditionOperator op : d.shuffle(new ArrayList<>(c.operators().keySet()))) {
      Map<ConditionKey, OneOrMany<ConditionValue>> keys = new LinkedHashMap<>();
      for (ConditionKey k : d.shuffle(new ArrayList<>(c.operators().get(op).keySet()))) {
        keys.put(k, c.operators().get(op).get(k));
      }
      out.put(op, keys);
    }
    return Condition.of(out);
  }

  private static final String RELAID_OUT = "re-laid-out";

  @Test
  @DisplayName("a policy read back from its JSON (compact, pretty, or re-laid-out) decides every request exactly as before")
  void json_round_trip_decides_the_same() {
    Theories.qt(EXAMPLES).forAll(cases((d, set, request, what) -> {
      int form = d.between(0, 2);
      long layout = d.between(0, Integer.MAX_VALUE);
      what.append(switch (form) {
        case 0 -> "every policy read back from PolicyWriter.compact()";
        case 1 -> "every policy read back from PolicyWriter.pretty()";
        default -> "every policy read back from a " + RELAID_OUT + " JSON text (seed " + layout + ")";
      });
      UnaryOperator<Policy> trip = p -> PolicyReader.standard().read(switch (form) {
        case 0 -> PolicyWriter.compact().write(p);
        case 1 -> PolicyWriter.pretty().write(p);
        default -> JsonRelayout.relayout(PolicyWriter.pretty().write(p), layout + PolicyWriter.compact().write(p).hashCode());
      });
      return SetParts.of(set).mapPolicies(p -> new NamedPolicy(p.name(), trip.apply(p.policy()))).build();
    })).checkAssert(c -> {
      Evaluation before = c.evaluateBefore();
      Evaluation after = c.evaluateAfter();
      String why = c.describe(before, after);
      assertThat(after.decision()).as(why).isEqualTo(before.decision());
      assertThat(after.matchedStatements()).as(why).isEqualTo(before.matchedStatements());
      assertThat(after.kindResults()).as(why).isEqualTo(before.kindResults());
      assertThat(after.blockingKind()).as(why).isEqualTo(before.blockingKind());
      assertThat(after.missingContextKeys()).as(why).isEqualTo(before.missingContextKeys());
      if (!c.change().contains(RELAID_OUT)) {
        // Same member order: the very same evaluation, diagnostics included.
        assertThat(after).as(why).isEqualTo(before);
      }
      // After a re-layout the engine may meet (and report) fewer or other fail-closed problems, since it
      // stops evaluating a condition block at its first false entry; the decision and its explanation above
      // do not depend on that.
    });
  }

  @Test
  @DisplayName("S6.17: EXPLICIT_DENY lists only Denies, ALLOW only Allows, IMPLICIT_DENY none and names a gate")
  void explanations_agree_with_the_decision() {
    Theories.qt(EXAMPLES).forAll(RequestGenerators.policySets(), RequestGenerators.requests()).checkAssert((set, request) -> {
      Evaluation e = EVALUATOR.evaluate(set, request);
      String why = "request " + request + "\n" + RequestGenerators.describe(set) + "\n-> " + e;
      switch (e.decision()) {
        case EXPLICIT_DENY -> {
          assertThat(e.matchedStatements()).as(why).isNotEmpty().allMatch(m -> m.effect() == Effect.DENY);
          assertThat(e.kindResults()).as(why).containsValue(KindResult.EXPLICIT_DENY);
          assertThat(e.blockingKind()).as(why).isEmpty();
        }
        case ALLOW -> {
          assertThat(e.matchedStatements()).as(why).allMatch(m -> m.effect() == Effect.ALLOW);
          assertThat(e.kindResults()).as(why).doesNotContainValue(KindResult.EXPLICIT_DENY);
          assertThat(e.blockingKind()).as(why).isEmpty();
        }
        case IMPLICIT_DENY -> {
          assertThat(e.matchedStatements()).as(why).isEmpty();
          assertThat(e.kindResults()).as(why).doesNotContainValue(KindResult.EXPLICIT_DENY);
          assertThat(e.blockingKind()).as(why).isPresent();
        }
      }
    });
  }

  @Test
  @DisplayName("the generated cases reach every decision often enough for the laws above to bite")
  void generated_cases_reach_every_decision() {
    Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
    int[] changedByDeny = new int[1];
    List<Case> cases = Theories.sample(cases(insertStatement(Effect.DENY, ALL_KINDS)), Theories.SEED, 600);
    for (Case c : cases) {
      Evaluation before = c.evaluateBefore();
      counts.merge(before.decision(), 1, Integer::sum);
      if (before.decision() == Decision.ALLOW && c.evaluateAfter().decision() != Decision.ALLOW) {
        changedByDeny[0]++;
      }
    }
    System.out.println("RequestGeneratorsProperties: decisions " + counts + ", ALLOWs turned by an added Deny " + changedByDeny[0]);
    assertThat(counts.getOrDefault(Decision.ALLOW, 0)).as("ALLOW in %s", counts).isGreaterThanOrEqualTo(40);
    assertThat(counts.getOrDefault(Decision.EXPLICIT_DENY, 0)).as("EXPLICIT_DENY in %s", counts).isGreaterThanOrEqualTo(40);
    assertThat(counts.getOrDefault(Decision.IMPLICIT_DENY, 0)).as("IMPLICIT_DENY in %s", counts).isGreaterThanOrEqualTo(40);
    assertThat(changedByDeny[0]).as("ALLOWs that an added Deny turned into denies").isGreaterThanOrEqualTo(5);
  }
}
