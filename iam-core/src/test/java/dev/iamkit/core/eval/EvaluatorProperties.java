package dev.iamkit.core.eval;

import static dev.iamkit.core.eval.Fixtures.ALICE;
import static dev.iamkit.core.eval.Fixtures.ALICE_ARN;
import static dev.iamkit.core.eval.Fixtures.ANON;
import static dev.iamkit.core.eval.Fixtures.CAROL_B;
import static dev.iamkit.core.eval.Fixtures.FED;
import static dev.iamkit.core.eval.Fixtures.FED_ARN;
import static dev.iamkit.core.eval.Fixtures.INSTANCE_A;
import static dev.iamkit.core.eval.Fixtures.LAMBDA;
import static dev.iamkit.core.eval.Fixtures.MGMT;
import static dev.iamkit.core.eval.Fixtures.QUEUE_A;
import static dev.iamkit.core.eval.Fixtures.QUEUE_B;
import static dev.iamkit.core.eval.Fixtures.ROLE_ARN;
import static dev.iamkit.core.eval.Fixtures.ROOT_A;
import static dev.iamkit.core.eval.Fixtures.SESSION;
import static dev.iamkit.core.eval.Fixtures.SESSION_ARN;
import static dev.iamkit.core.eval.Fixtures.SLR_SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.engine.Engine;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The invariants S6.3 requires of the engine, over random policy sets built by construction from small pools of
 * actions, resources and principals (so that statements often apply). Each scenario is derived from one seed,
 * which QuickTheories prints on failure; the run itself uses a fixed seed.
 */
class EvaluatorProperties {
  private static final long SEED = 0x5eed_1a3L;
  private static final int EXAMPLES = 400;

  private static final List<Principal> PRINCIPALS =
      List.of(ALICE, SESSION, FED, ROOT_A, CAROL_B, LAMBDA, ANON, SLR_SESSION);
  private static final List<String> REQUEST_ACTIONS =
      List.of("sqs:SendMessage", "sqs:DeleteQueue", "ec2:StartInstances", "s3:GetObject");
  private static final List<String> REQUEST_RESOURCES = List.of(QUEUE_A, QUEUE_B, INSTANCE_A, "*");
  private static final List<String> ACTIONS = List.of("*", "sqs:*", "sqs:SendMessage", "ec2:*", "s3:Get*");
  private static final List<String> RESOURCES = List.of("*", QUEUE_A, QUEUE_B, "arn:aws:sqs:*:*:*", INSTANCE_A);
  private static final List<String> AWS_PRINCIPALS = List.of("*", ALICE_ARN, SESSION_ARN, ROLE_ARN, FED_ARN,
      "111122223333", "444455556666", "arn:aws:iam::111122223333:root");

  /** One random evaluation: the parts of a policy set and a request. */
  static final class Scenario {
    final long seed;
    final List<NamedPolicy> identity = new ArrayList<>();
    NamedPolicy boundary;
    final List<NamedPolicy> session = new ArrayList<>();
    NamedPolicy resource;
    boolean trust;
    final List<List<NamedPolicy>> scp = new ArrayList<>();
    final List<List<NamedPolicy>> rcp = new ArrayList<>();
    boolean management;
    final Principal principal;
    final String action;
    final String requestResource;

    Scenario(long seed) {
      this.seed = seed;
      Random r = new Random(seed);
      for (int i = r.nextInt(3); i > 0; i--) {
        identity.add(randomPolicy(r, "id" + i, false));
      }
      if (r.nextInt(3) == 0) {
        boundary = randomPolicy(r, "boundary", false);
      }
      for (int i = r.nextInt(4) / 2; i > 0; i--) {
        session.add(randomPolicy(r, "session" + i, false));
      }
      if (r.nextBoolean()) {
        resource = randomPolicy(r, "resource", true);
      }
      for (int level = r.nextInt(4) / 2; level > 0; level--) {
        scp.add(r.nextInt(4) == 0 ? List.of() : List.of(r.nextBoolean() ? Fixtures.fullAccessScp()
            : randomPolicy(r, "scp" + level, false)));
      }
      for (int level = r.nextInt(4) / 2; level > 0; level--) {
        rcp.add(List.of(Fixtures.fullAccessRcp(), randomPolicy(r, "rcp" + level, true)));
      }
      management = r.nextInt(4) == 0;
      principal = PRINCIPALS.get(r.nextInt(PRINCIPALS.size()));
      action = REQUEST_ACTIONS.get(r.nextInt(REQUEST_ACTIONS.size()));
      requestResource = REQUEST_RESOURCES.get(r.nextInt(REQUEST_RESOURCES.size()));
    }

    private static NamedPolicy randomPolicy(Random r, String name, boolean withPrincipal) {
      Policy.Builder b = Policy.builder().version(PolicyVersion.V2012_10_17).statementArray(true);
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        b.statement(randomStatement(r, withPrincipal));
      }
      return new NamedPolicy(name, b.build());
    }

    private static Statement randomStatement(Random r, boolean withPrincipal) {
      Statement.Builder s = Statement.builder().effect(r.nextInt(3) == 0 ? Effect.DENY : Effect.ALLOW);
      OneOrMany<Action> actions = OneOrMany.one(Action.of(ACTIONS.get(r.nextInt(ACTIONS.size()))));
      if (r.nextInt(5) == 0) {
        s.notAction(actions);
      } else {
        s.action(actions);
      }
      s.resource(RESOURCES.get(r.nextInt(RESOURCES.size())));
      if (withPrincipal) {
        int pick = r.nextInt(AWS_PRINCIPALS.size() + 1);
        s.principal(pick == AWS_PRINCIPALS.size()
            ? PrincipalElement.of(PrincipalType.SERVICE, OneOrMany.one("lambda.amazonaws.com"))
            : PrincipalElement.of(PrincipalType.AWS, OneOrMany.one(AWS_PRINCIPALS.get(pick))));
      }
      return s.build();
    }

    PolicySet.Builder policies() {
      PolicySet.Builder b = PolicySet.builder();
      identity.forEach(b::identity);
      if (boundary != null) {
        b.permissionsBoundary(boundary);
      }
      session.forEach(b::session);
      if (resource != null) {
        if (trust) {
          b.trustPolicy(resource);
        } else {
          b.resourcePolicy(resource);
        }
      }
      scp.forEach(b::scpLevel);
      rcp.forEach(b::rcpLevel);
      if (management) {
        b.managementAccount(MGMT);
      }
      return b;
    }

    RequestContext request() {
      return RequestContext.builder().principal(principal).action(action).resource(requestResource).build();
    }

    Evaluation evaluate(PolicySet.Builder policies) {
      return Evaluator.standard().evaluate(policies.build(), request());
    }

    @Override
    public String toString() {
      return "Scenario(seed=" + seed + ", principal=" + principal + ", action=" + action + ", resource="
          + requestResource + ")";
    }
  }

  private static void check(java.util.function.Consumer<Scenario> property) {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(longs().all().map(Scenario::new)).checkAssert(property);
  }

  private static NamedPolicy reversed(NamedPolicy p) {
    List<Statement> statements = new ArrayList<>(p.policy().statements());
    Collections.reverse(statements);
    return new NamedPolicy(p.name(), p.policy().toBuilder().statements(statements).build());
  }

  @Test
  @DisplayName("S6.3: adding a Deny never yields a new ALLOW")
  void adding_a_deny_never_yields_a_new_allow() {
    check(s -> {
      Evaluation before = s.evaluate(s.policies());
      PolicySet.Builder withDeny = s.policies()
          .identity(Fixtures.policy("deny", Fixtures.deny(s.action, "*")));
      Evaluation after = s.evaluate(withDeny);
      if (!before.isAllowed()) {
        assertThat(after.isAllowed()).as("%s%n%s%n%s", s, before, after).isFalse();
      }
      if (s.principal instanceof Principal.IamUser || s.principal instanceof Principal.RoleSession
          || s.principal instanceof Principal.FederatedUser) {
        assertThat(after.decision()).as("%s%n%s", s, after).isEqualTo(Decision.EXPLICIT_DENY);
      }
    });
  }

  @Test
  @DisplayName("S6.3: adding an identity Allow never removes an ALLOW")
  void adding_an_identity_allow_never_removes_an_allow() {
    check(s -> {
      Evaluation before = s.evaluate(s.policies());
      Evaluation after = s.evaluate(s.policies().identity(Fixtures.policy("allow", Fixtures.allow("*", "*"))));
      if (before.isAllowed()) {
        assertThat(after.isAllowed()).as("%s%n%s%n%s", s, before, after).isTrue();
      }
    });
  }

  @Test
  @DisplayName("S6.3, S6.9: a boundary never widens")
  void a_boundary_never_widens() {
    check(s -> {
      if (s.boundary == null) {
        return;
      }
      PolicySet.Builder without = s.policies();
      NamedPolicy boundary = s.boundary;
      s.boundary = null;
      without = s.policies();
      s.boundary = boundary;
      Evaluation with = s.evaluate(s.policies());
      if (with.isAllowed()) {
        assertThat(s.evaluate(without).isAllowed()).as("%s%n%s", s, with).isTrue();
      }
    });
  }

  @Test
  @DisplayName("S6.3, S6.9: session policies never widen a role session's permissions")
  void session_policies_never_widen() {
    check(s -> {
      if (s.session.isEmpty() || s.principal instanceof Principal.FederatedUser) {
        return; // federated users need a session policy (S6.15)
      }
      List<NamedPolicy> sessions = List.copyOf(s.session);
      Evaluation with = s.evaluate(s.policies());
      s.session.clear();
      Evaluation without = s.evaluate(s.policies());
      s.session.addAll(sessions);
      if (with.isAllowed()) {
        assertThat(without.isAllowed()).as("%s%n%s", s, with).isTrue();
      }
    });
  }

  @Test
  @DisplayName("S6.3: statement and policy order never matter")
  void order_never_matters() {
    check(s -> {
      Evaluation forward = s.evaluate(s.policies());
      List<NamedPolicy> identity = new ArrayList<>(s.identity);
      Collections.reverse(identity);
      PolicySet.Builder b = PolicySet.builder();
      identity.stream().map(EvaluatorProperties::reversed).forEach(b::identity);
      if (s.boundary != null) {
        b.permissionsBoundary(reversed(s.boundary));
      }
      List<NamedPolicy> session = new ArrayList<>(s.session);
      Collections.reverse(session);
      session.stream().map(EvaluatorProperties::reversed).forEach(b::session);
      if (s.resource != null) {
        b.resourcePolicy(reversed(s.resource));
      }
      s.scp.forEach(level -> b.scpLevel(level.stream().map(EvaluatorProperties::reversed).toList()));
      s.rcp.forEach(level -> b.rcpLevel(level.stream().map(EvaluatorProperties::reversed).toList()));
      if (s.management) {
        b.managementAccount(MGMT);
      }
      Evaluation backward = s.evaluate(b);
      assertThat(backward.decision()).as("%s%n%s%n%s", s, forward, backward).isEqualTo(forward.decision());
      assertThat(backward.kindResults()).isEqualTo(forward.kindResults());
      assertThat(backward.blockingKind()).isEqualTo(forward.blockingKind());
      assertThat(backward.blockingLevel()).isEqualTo(forward.blockingLevel());
      assertThat(backward.missingContextKeys()).isEqualTo(forward.missingContextKeys());
      assertThat(backward.matchedStatements()).hasSameSizeAs(forward.matchedStatements());
    });
  }

  @Test
  @DisplayName("S6.17: EXPLICIT_DENY lists only Denies, ALLOW only Allows, IMPLICIT_DENY none and names a gate")
  void explanations_are_consistent_with_the_decision() {
    check(s -> {
      Evaluation e = s.evaluate(s.policies());
      switch (e.decision()) {
        case EXPLICIT_DENY -> {
          assertThat(e.matchedStatements()).isNotEmpty().allMatch(m -> m.effect() == Effect.DENY);
          assertThat(e.kindResults()).containsValue(KindResult.EXPLICIT_DENY);
          assertThat(e.blockingKind()).isEmpty();
        }
        case ALLOW -> {
          assertThat(e.matchedStatements()).allMatch(m -> m.effect() == Effect.ALLOW);
          assertThat(e.kindResults()).doesNotContainValue(KindResult.EXPLICIT_DENY);
          assertThat(e.blockingKind()).isEmpty();
        }
        case IMPLICIT_DENY -> {
          assertThat(e.matchedStatements()).isEmpty();
          assertThat(e.kindResults()).doesNotContainValue(KindResult.EXPLICIT_DENY);
          assertThat(e.blockingKind()).as("%s%n%s", s, e).isPresent();
        }
      }
    });
  }

  @Test
  @DisplayName("S6.3: the decision-only path and the explaining path always agree")
  void the_decision_only_path_agrees_with_the_explanation() {
    check(s -> {
      for (PolicySet set : List.of(s.policies().build(),
          s.policies().identity(Fixtures.policy("deny", Fixtures.deny(s.action, "*"))).build())) {
        RequestContext r = s.request();
        Evaluation full = Engine.evaluate(set.compiled(), r, r.facts());
        assertThat(Engine.decide(set.compiled(), r, r.facts())).as("%s%n%s", s, full).isEqualTo(full.decision());
        Evaluation lazy = Evaluator.standard().evaluate(set, r);
        assertThat(lazy).as("%s", s).isEqualTo(full);
        assertThat(lazy.toString()).isEqualTo(full.toString());
      }
    });
  }
}
