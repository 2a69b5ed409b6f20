package dev.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.analysis.ComparisonResult;
import dev.iamkit.core.analysis.Counterexample;
import dev.iamkit.core.analysis.PolicyComparison;
import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.json.PolicyWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link PolicyComparison} against brute force: over generated pairs of policies (identity policies: independent ones,
 * and one policy with a statement added or removed; resource policies: independent ones), every request of a small
 * universe of generated requests that the newer policy allows and the older does not must make the comparison
 * answer "more permissive" whenever it claims a complete answer; and every counterexample it reports must be
 * decided that way by the evaluator. Over the fixed seed about a fifth of the identity pairs and a third of the
 * resource pairs have a widening brute force sees, and most comparisons are complete (the others use policy
 * variables); the checks after the run keep it so.
 */
class PolicyComparisonProperties {
  private static final int EXAMPLES = 100;
  private static final AccountId HOME = AccountId.parse("111122223333");
  private static final Principal CALLER = Principal.parse("arn:aws:iam::111122223333:user/alice");
  private static final PolicyComparison COMPARISON = PolicyComparison.of(PolicyKind.IDENTITY).withMaxRequests(20_000);
  private static final List<RequestContext> UNIVERSE = universe();
  private static final AtomicInteger WIDER = new AtomicInteger();
  private static final AtomicInteger COMPLETE = new AtomicInteger();
  private static final AtomicInteger FOUND = new AtomicInteger();
  private static final AtomicInteger RESOURCE_COMPLETE = new AtomicInteger();
  private static final AtomicInteger RESOURCE_WIDER = new AtomicInteger();

  /** An older and a newer policy, and how the newer was made. */
  record Pair(Policy older, Policy newer, String how) {
    @Override
    public String toString() {
      return how + "\nolder: " + PolicyWriter.compact().write(older) + "\nnewer: " + PolicyWriter.compact().write(newer);
    }
  }

  /** The generated requests, as a caller of account 111122223333 in its own account would send them. */
  private static List<RequestContext> universe() {
    List<RequestContext> out = new ArrayList<>();
    for (RequestContext r : Theories.sample(RequestGenerators.requests(), Theories.SEED, 400)) {
      // A resource ARN naming another account belongs to that account (S5.7): keep it there.
      out.add(foreign(r) ? r.toBuilder().principal(CALLER).build()
          : r.toBuilder().principal(CALLER).resourceAccount(HOME).build());
    }
    return out;
  }

  private static Gen<Pair> pairs() {
    Gen<Policy> policies = PolicyGenerators.policies(PolicyKind.PERMISSIONS_BOUNDARY);
    Gen<Pair> independent = policies.zip(policies, (a, b) -> new Pair(a, b, "independent"));
    Gen<Pair> removed = policies.zip(Generate.range(0, 4), (p, k) -> {
      List<Statement> fewer = new ArrayList<>(p.statements());
      if (fewer.size() > 1) {
        fewer.remove(k % fewer.size());
      }
      Policy smaller = p.toBuilder().statements(fewer).statementArray(true).build();
      return new Pair(p, smaller, "statement " + k + " removed");
    });
    Gen<Pair> added = policies.zip(PolicyGenerators.statements(PolicyKind.PERMISSIONS_BOUNDARY), (p, s) -> {
      List<Statement> more = new ArrayList<>(p.statements());
      more.add(s.toBuilder().sid(null).build());
      Policy bigger = p.toBuilder().statements(more).statementArray(true).build();
      return new Pair(p, bigger, "statement added");
    });
    return independent.mix(removed).mix(added);
  }

  private static Optional<RequestContext> bruteForce(Pair pair) {
    PolicySet older = PolicySet.builder().identity(pair.older()).build();
    PolicySet newer = PolicySet.builder().identity(pair.newer()).build();
    for (RequestContext r : UNIVERSE) {
      if (Evaluator.standard().evaluate(newer, r).isAllowed() && !Evaluator.standard().evaluate(older, r).isAllowed()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Test
  void the_comparison_finds_every_widening_brute_force_finds_and_only_real_ones() {
    Theories.qt(EXAMPLES).forAll(pairs()).checkAssert(pair -> {
      ComparisonResult result = COMPARISON.compare(pair.older(), pair.newer());
      Optional<RequestContext> witness = bruteForce(pair);
      if (witness.isPresent()) {
        WIDER.incrementAndGet();
      }
      if (!result.isNoMorePermissive()) {
        FOUND.incrementAndGet();
      }
      if (result.complete()) {
        COMPLETE.incrementAndGet();
        if (witness.isPresent()) {
          assertThat(result.isNoMorePermissive())
              .as("brute force found %s allowed only by the newer policy; comparison said %s", witness.get(), result)
              .isFalse();
        }
      }
      PolicySet older = PolicySet.builder().identity(pair.older()).build();
      PolicySet newer = PolicySet.builder().identity(pair.newer()).build();
      for (Counterexample c : result.counterexamples()) {
        assertThat(Evaluator.standard().evaluate(newer, c.request()).isAllowed()).isTrue();
        assertThat(Evaluator.standard().evaluate(older, c.request()).isAllowed()).isFalse();
      }
    });
  }

  /** The generated requests with their own callers, against a resource of account 111122223333. */
  private static final List<RequestContext> RESOURCE_UNIVERSE = Theories.sample(RequestGenerators.requests(),
      Theories.SEED + 1, 300).stream().filter(r -> !foreign(r)).map(r -> r.toBuilder().resourceAccount(HOME).build())
      .toList();

  /** Whether the resource ARN names an account other than 111122223333 (S5.7: that account owns it). */
  private static boolean foreign(RequestContext r) {
    return Arn.tryParse(r.resource()).map(Arn::account).filter(a -> !a.isEmpty() && !a.equals(HOME.value()))
        .isPresent();
  }

  @Test
  void for_resource_policies_every_widening_brute_force_finds_beside_or_without_an_identity_policy_is_found() {
    PolicyComparison comparison = PolicyComparison.of(PolicyKind.RESOURCE).withMaxRequests(50_000);
    Gen<Policy> policies = PolicyGenerators.resourcePolicies();
    Policy allowAll = Fixtures.allowAll();
    Theories.qt(40).forAll(policies, policies).checkAssert((a, b) -> {
      ComparisonResult result = comparison.compare(a, b);
      if (!result.complete()) {
        return;
      }
      RESOURCE_COMPLETE.incrementAndGet();
      for (boolean withIdentity : new boolean[] {false, true}) {
        PolicySet.Builder older = PolicySet.builder().resourcePolicy(new dev.iamkit.core.eval.NamedPolicy("older", a));
        PolicySet.Builder newer = PolicySet.builder().resourcePolicy(new dev.iamkit.core.eval.NamedPolicy("newer", b));
        if (withIdentity) {
          older.identity(allowAll);
          newer.identity(allowAll);
        }
        PolicySet o = older.build();
        PolicySet n = newer.build();
        for (RequestContext r : RESOURCE_UNIVERSE) {
          if (Evaluator.standard().evaluate(n, r).isAllowed() && !Evaluator.standard().evaluate(o, r).isAllowed()) {
            RESOURCE_WIDER.incrementAndGet();
            assertThat(result.isNoMorePermissive()).as("brute force found %s; comparison said %s\nolder %s\nnewer %s",
                r, result, PolicyWriter.compact().write(a), PolicyWriter.compact().write(b)).isFalse();
            return;
          }
        }
      }
    });
  }

  @AfterAll
  static void the_generated_pairs_make_the_property_bite() {
    // Widenings that brute force sees, and complete answers, must both be common, or the property proves little.
    assertThat(WIDER.get()).as("pairs with a brute-force widening").isGreaterThan(EXAMPLES / 10);
    assertThat(COMPLETE.get()).as("complete comparisons").isGreaterThan(EXAMPLES / 4);
    assertThat(FOUND.get()).as("widenings the comparison found").isGreaterThanOrEqualTo(WIDER.get());
    assertThat(RESOURCE_COMPLETE.get()).as("complete resource-policy comparisons").isGreaterThan(8);
    assertThat(RESOURCE_WIDER.get()).as("resource-policy pairs with a brute-force widening").isGreaterThan(4);
  }
}
