package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;
import static dev.iamkit.testkit.IamAssertions.assertThatProblems;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.SetQualifier;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The framework-neutral generators: valid by construction (S1.11, S1.13), every operator (S3) and element (S1). */
class IamGeneratorsTest {
  private static final PolicyValidator INLINE = PolicyValidator.builder().sizeLimit(SizeLimit.USER_INLINE).build();

  private static List<Policy> sample(PolicyKind kind, int count, long seed) {
    RandomGenerator random = new SplittableRandom(seed);
    IamGenerator<Policy> gen = IamGenerators.policies(kind);
    List<Policy> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(gen.next(random));
    }
    return out;
  }

  @Nested
  class Validity {
    @ParameterizedTest
    @EnumSource(PolicyKind.class)
    void generated_policies_are_valid_for_their_kind(PolicyKind kind) {
      for (Policy p : sample(kind, 400, 11 + kind.ordinal())) {
        assertThatProblems((kind == PolicyKind.IDENTITY ? INLINE : PolicyValidator.standard()).validate(p, kind))
            .as("%s", p).hasNoErrors();
      }
    }

    @Test
    void shrunk_candidates_are_valid_too() {
      RandomGenerator random = new SplittableRandom(3);
      for (int i = 0; i < 20; i++) {
        IamGenerator.Sample<Policy> s = IamGenerators.policies(PolicyKind.RESOURCE).sample(random);
        s.smaller().limit(40).forEach(c -> assertThat(c.value()).isValidAs(PolicyKind.RESOURCE));
      }
    }

    @Test
    void requests_and_policy_sets_evaluate_without_diagnostics() {
      RandomGenerator random = new SplittableRandom(5);
      Set<String> decisions = new TreeSet<>();
      for (int i = 0; i < 500; i++) {
        PolicySet set = IamGenerators.policySets().next(random);
        RequestContext request = IamGenerators.requests().next(random);
        Evaluation e = Evaluator.standard().evaluate(set, request);
        decisions.add(e.decision().id());
      }
      assertThat(decisions).containsExactly("allow", "explicit_deny", "implicit_deny");
    }
  }

  @Nested
  class Reach {
    @Test
    void every_operator_qualifier_and_if_exists_is_generated() {
      Set<BaseOperator> bases = EnumSet.noneOf(BaseOperator.class);
      Set<SetQualifier> qualifiers = EnumSet.noneOf(SetQualifier.class);
      boolean ifExists = false;
      for (PolicyKind kind : PolicyKind.values()) {
        for (Policy p : sample(kind, 300, 100 + kind.ordinal())) {
          for (Statement s : p.statements()) {
            for (ConditionOperator op : s.condition().map(Condition::operators).map(m -> m.keySet()).orElse(Set.of())) {
              op.base().ifPresent(bases::add);
              op.qualifier().ifPresent(qualifiers::add);
              ifExists |= op.ifExists();
            }
          }
        }
      }
      assertThat(bases).containsExactlyInAnyOrder(BaseOperator.values());
      assertThat(qualifiers).containsExactlyInAnyOrder(SetQualifier.values());
      assertThat(ifExists).isTrue();
    }

    @Test
    void every_element_is_generated() {
      Set<String> elements = new TreeSet<>();
      for (PolicyKind kind : PolicyKind.values()) {
        for (Policy p : sample(kind, 300, 200 + kind.ordinal())) {
          elements.add(p.version().map(v -> "Version " + v.text()).orElse("no Version"));
          p.id().ifPresent(i -> elements.add("Id"));
          for (Statement s : p.statements()) {
            s.sid().ifPresent(x -> elements.add("Sid"));
            elements.add("Effect " + s.effect());
            s.principal().ifPresent(x -> elements.add(x.isWildcard() ? "Principal *" : "Principal"));
            s.notPrincipal().ifPresent(x -> elements.add("NotPrincipal"));
            s.action().ifPresent(x -> elements.add("Action"));
            s.notAction().ifPresent(x -> elements.add("NotAction"));
            s.resource().ifPresent(x -> elements.add("Resource"));
            s.notResource().ifPresent(x -> elements.add("NotResource"));
            s.condition().ifPresent(x -> elements.add("Condition"));
            String text = s.toString();
            if (text.contains("${")) {
              elements.add("variable");
            }
          }
        }
      }
      assertThat(elements).containsExactlyInAnyOrder("Version 2012-10-17", "Version 2008-10-17", "no Version", "Id",
          "Sid", "Effect " + Effect.ALLOW, "Effect " + Effect.DENY, "Principal", "Principal *", "NotPrincipal",
          "Action", "NotAction", "Resource", "NotResource", "Condition", "variable");
    }

    @Test
    void requests_carry_empty_and_full_tag_key_sets_and_every_caller() {
      RandomGenerator random = new SplittableRandom(9);
      Set<String> seen = new TreeSet<>();
      for (int i = 0; i < 400; i++) {
        RequestContext r = IamGenerators.requests().next(random);
        r.get("aws:TagKeys").ifPresent(v -> seen.add(v.values().isEmpty() ? "empty TagKeys" : "TagKeys"));
        seen.add(r.principal().getClass().getSimpleName());
      }
      assertThat(seen).contains("empty TagKeys", "TagKeys", "IamUser", "RoleSession", "RootUser", "FederatedUser",
          "ServicePrincipal", "Anonymous");
    }
  }

  @Nested
  class Determinism {
    @Test
    void the_same_seed_gives_the_same_values() {
      assertThat(sample(PolicyKind.SCP, 20, 42)).isEqualTo(sample(PolicyKind.SCP, 20, 42));
      assertThat(sample(PolicyKind.SCP, 20, 42)).isNotEqualTo(sample(PolicyKind.SCP, 20, 43));
    }

    @Test
    void map_transforms_values() {
      RandomGenerator a = new SplittableRandom(1);
      RandomGenerator b = new SplittableRandom(1);
      assertThat(IamGenerators.policies(PolicyKind.IDENTITY).map(p -> p.statements().size()).next(a))
          .isEqualTo(IamGenerators.policies(PolicyKind.IDENTITY).next(b).statements().size());
    }
  }

  @Nested
  class Shrinking {
    @Test
    void shrinks_a_counterexample_to_a_small_one_that_still_fails() {
      RandomGenerator random = new SplittableRandom(8);
      IamGenerator.Sample<Policy> failing = null;
      while (failing == null) {
        IamGenerator.Sample<Policy> s = IamGenerators.policies(PolicyKind.IDENTITY).sample(random);
        if (s.value().statements().size() >= 3 && hasDeny(s.value())) {
          failing = s;
        }
      }
      Policy smallest = failing.shrink(IamGeneratorsTest::hasDeny).value();
      assertThat(hasDeny(smallest)).isTrue();
      assertThat(smallest.statements()).hasSize(1);
      assertThat(smallest.statements().get(0).condition()).isEmpty();
      assertThat(smallest.statements().get(0).action().orElseThrow().values()).hasSize(1);
    }

    @Test
    void the_simplest_value_has_no_smaller_candidate() {
      IamGenerator.Sample<Policy> s = IamGenerators.policies(PolicyKind.IDENTITY).sample(new SplittableRandom(1));
      IamGenerator.Sample<Policy> simplest = s.shrink(p -> true);
      assertThat(simplest.smaller()).isEmpty();
      assertThat(simplest.value().statements()).hasSize(1);
      assertThat(simplest.toString()).contains("s3:GetObject");
    }
  }

  private static boolean hasDeny(Policy p) {
    return p.statements().stream().anyMatch(s -> s.effect() == Effect.DENY);
  }
}
