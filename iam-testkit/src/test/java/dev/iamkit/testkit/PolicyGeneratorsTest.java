package dev.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.SetQualifier;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.testkit.internal.Vocabulary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The policy generators are deterministic, cover what their Javadoc promises, and keep the structural
 * rules of S1.11 by construction. (That the validator finds no error in them is a property in
 * {@code PolicyGeneratorsProperties}.)
 */
class PolicyGeneratorsTest {
  private static final List<Policy> IDENTITY = Theories.sample(PolicyGenerators.policies(), 7, 400);

  private static Stream<Statement> statements(List<Policy> policies) {
    return policies.stream().flatMap(p -> p.statements().stream());
  }

  private static Stream<Map.Entry<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>>> operators(
      List<Policy> policies) {
    return statements(policies).flatMap(s -> s.condition().stream()).flatMap(c -> c.operators().entrySet().stream());
  }

  @Nested
  class Determinism {
    @Test
    void the_same_seed_gives_the_same_values() {
      assertThat(Theories.sample(PolicyGenerators.policies(), 42, 50))
          .isEqualTo(Theories.sample(PolicyGenerators.policies(), 42, 50));
      assertThat(Theories.sample(PolicyGenerators.resourcePolicies(), 42, 50))
          .isEqualTo(Theories.sample(PolicyGenerators.resourcePolicies(), 42, 50));
    }

    @Test
    void another_seed_gives_other_values() {
      assertThat(Theories.sample(PolicyGenerators.policies(), 42, 50))
          .isNotEqualTo(Theories.sample(PolicyGenerators.policies(), 43, 50));
    }
  }

  @Nested
  class IdentityPolicies {
    @Test
    void have_every_version_form_ids_and_1_to_5_statements_in_both_forms() {
      assertThat(IDENTITY).extracting(p -> p.version().orElse(null))
          .contains(PolicyVersion.V2012_10_17, PolicyVersion.V2008_10_17, null);
      assertThat(IDENTITY).anyMatch(p -> p.id().isPresent()).anyMatch(p -> p.id().isEmpty());
      assertThat(IDENTITY).extracting(p -> p.statements().size()).containsOnly(1, 2, 3, 4, 5);
      assertThat(IDENTITY).anyMatch(p -> !p.statementArray()).anyMatch(p -> p.statementArray() && p.statements().size() == 1);
    }

    @Test
    void have_unique_alphanumeric_sids_or_none() {
      for (Policy p : IDENTITY) {
        List<String> sids = p.statements().stream().flatMap(s -> s.sid().stream()).toList();
        assertThat(sids).as("Sids of %s", p).doesNotHaveDuplicates().allMatch(s -> s.matches("[A-Za-z0-9]+"));
      }
      assertThat(statements(IDENTITY)).anyMatch(s -> s.sid().isPresent()).anyMatch(s -> s.sid().isEmpty());
    }

    @Test
    void never_have_a_principal_and_always_exactly_one_of_each_pair() {
      assertThat(statements(IDENTITY)).allSatisfy(s -> {
        assertThat(s.principal()).isEmpty();
        assertThat(s.notPrincipal()).isEmpty();
        assertThat(s.action().isPresent()).isNotEqualTo(s.notAction().isPresent());
        assertThat(s.resource().isPresent()).isNotEqualTo(s.notResource().isPresent());
        OneOrMany<Action> actions = s.action().or(s::notAction).get();
        assertThat(actions.size()).isBetween(1, 4);
        assertThat(s.resource().or(s::notResource).get().size()).isBetween(1, 3);
      });
    }

    @Test
    void use_both_effects_and_every_action_and_resource_form() {
      assertThat(statements(IDENTITY)).extracting(Statement::effect).contains(Effect.ALLOW, Effect.DENY);
      assertThat(statements(IDENTITY)).anyMatch(s -> s.notAction().isPresent()).anyMatch(s -> s.notResource().isPresent());
      List<String> actions = statements(IDENTITY).flatMap(s -> Stream.concat(s.action().stream(), s.notAction().stream()))
          .flatMap(a -> a.values().stream()).map(Action::text).toList();
      assertThat(actions).contains("*", "s3:*", "s3:Get*", "s3:?etObject")
          .anyMatch(a -> !a.equals(a.toLowerCase(Locale.ROOT)) && Character.isUpperCase(a.charAt(0)));
      List<String> resources = statements(IDENTITY)
          .flatMap(s -> Stream.concat(s.resource().stream(), s.notResource().stream()))
          .flatMap(r -> r.values().stream()).map(Resource::text).toList();
      assertThat(resources).contains("*").anyMatch(r -> r.contains("${aws:username}")).anyMatch(r -> r.contains("?"));
      assertThat(statements(IDENTITY).flatMap(s -> s.action().stream())).anyMatch(a -> !a.array()).anyMatch(OneOrMany::array);
    }

    @Test
    @DisplayName("conditions use qualifiers, IfExists, Null and every value type, bare and in arrays (S1.10, S3)")
    void conditions_cover_operators_qualifiers_and_value_forms() {
      List<ConditionOperator> ops = operators(IDENTITY).map(Map.Entry::getKey).toList();
      assertThat(ops).allMatch(ConditionOperator::isKnown);
      Set<BaseOperator> bases = EnumSet.noneOf(BaseOperator.class);
      ops.forEach(o -> bases.add(o.base().orElseThrow()));
      assertThat(bases).contains(BaseOperator.STRING_EQUALS, BaseOperator.STRING_NOT_LIKE, BaseOperator.BOOL,
          BaseOperator.NUMERIC_LESS_THAN, BaseOperator.DATE_GREATER_THAN, BaseOperator.IP_ADDRESS,
          BaseOperator.NOT_IP_ADDRESS, BaseOperator.ARN_LIKE, BaseOperator.NULL);
      assertThat(ops).anyMatch(o -> o.qualifier().equals(Optional.of(SetQualifier.FOR_ALL_VALUES)))
          .anyMatch(o -> o.qualifier().equals(Optional.of(SetQualifier.FOR_ANY_VALUE)))
          .anyMatch(ConditionOperator::ifExists);
      List<OneOrMany<ConditionValue>> values = operators(IDENTITY).flatMap(e -> e.getValue().values().stream()).toList();
      assertThat(values).anyMatch(v -> !v.array()).anyMatch(v -> v.array() && v.size() > 1);
      assertThat(values.stream().flatMap(v -> v.values().stream()).map(ConditionValue::type))
          .contains(ConditionValue.Type.STRING, ConditionValue.Type.NUMBER, ConditionValue.Type.BOOLEAN);
      assertThat(operators(IDENTITY).flatMap(e -> e.getValue().keySet().stream()).map(ConditionKey::text))
          .contains("aws:SourceIp", "aws:MultiFactorAuthPresent", "aws:PrincipalTag/team", "aws:TagKeys")
          .anyMatch(k -> k.startsWith("aws:") && !k.equals(k.toLowerCase(Locale.ROOT)) && !k.matches("aws:[A-Z].*"));
    }

    @Test
    @DisplayName("a multivalued key always has a set qualifier, a single-valued one never does, except with Null (S3.13)")
    void qualifiers_only_on_multivalued_keys() {
      operators(IDENTITY).forEach(e -> {
        boolean qualified = e.getKey().qualifier().isPresent();
        for (ConditionKey k : e.getValue().keySet()) {
          if (e.getKey().base().orElseThrow() != BaseOperator.NULL) {
            assertThat(qualified).as("%s %s", e.getKey(), k).isEqualTo(k.normalized().equals("aws:tagkeys"));
          }
        }
      });
    }

    @Test
    void keys_under_one_operator_differ_even_ignoring_case() {
      operators(IDENTITY).forEach(e ->
          assertThat(e.getValue().keySet().stream().map(ConditionKey::normalized)).doesNotHaveDuplicates());
    }
  }

  @Nested
  class OtherKinds {
    @Test
    void resource_policies_name_principals_in_every_form() {
      List<Statement> statements = statements(Theories.sample(PolicyGenerators.resourcePolicies(), 7, 300)).toList();
      assertThat(statements).allMatch(s -> s.principal().isPresent() != s.notPrincipal().isPresent());
      assertThat(statements).filteredOn(s -> s.notPrincipal().isPresent()).allMatch(s -> s.effect() == Effect.DENY);
      List<PrincipalElement> principals = statements.stream().flatMap(s -> s.principal().stream()).toList();
      assertThat(principals).anyMatch(PrincipalElement::isWildcard)
          .anyMatch(p -> p.get(PrincipalType.SERVICE).isPresent())
          .anyMatch(p -> p.entries().size() == 2);
      List<String> aws = principals.stream().flatMap(p -> p.get(PrincipalType.AWS).stream())
          .flatMap(v -> v.values().stream()).toList();
      assertThat(new HashSet<>(aws)).containsAll(Vocabulary.AWS_PRINCIPALS);
    }

    @Test
    @DisplayName("trust policies: Principal, STS trust actions only, no Resource (S1.11)")
    void trust_policies_have_principals_and_sts_actions_only() {
      List<Statement> statements = statements(Theories.sample(PolicyGenerators.trustPolicies(), 7, 200)).toList();
      assertThat(statements).allSatisfy(s -> {
        assertThat(s.principal()).isPresent();
        assertThat(s.notPrincipal()).isEmpty();
        assertThat(s.resource()).isEmpty();
        assertThat(s.notResource()).isEmpty();
        assertThat(s.notAction()).isEmpty();
        assertThat(s.action().orElseThrow().values()).extracting(Action::text).isSubsetOf(Vocabulary.TRUST_ACTIONS);
      });
      assertThat(statements).anyMatch(s -> s.principal().orElseThrow().get(PrincipalType.FEDERATED).isPresent());
      assertThat(operators(Theories.sample(PolicyGenerators.trustPolicies(), 7, 200)).flatMap(e -> e.getValue().keySet().stream()))
          .extracting(ConditionKey::text).contains("sts:ExternalId");
    }

    @Test
    @DisplayName("RCPs: Version 2012-10-17, Principal \"*\", Action, Deny only (S9.4)")
    void rcps_are_deny_only_with_wildcard_principal() {
      List<Policy> rcps = Theories.sample(PolicyGenerators.policies(PolicyKind.RCP), 7, 200);
      assertThat(rcps).allMatch(p -> p.version().equals(Optional.of(PolicyVersion.V2012_10_17)));
      assertThat(statements(rcps)).allMatch(s -> s.effect() == Effect.DENY
          && s.principal().equals(Optional.of(PrincipalElement.wildcard())) && s.action().isPresent());
    }

    @Test
    @DisplayName("boundaries and SCPs say 2012-10-17 and have no principal (S1.11, S9.2)")
    void boundaries_and_scps_have_version_2012() {
      for (PolicyKind kind : List.of(PolicyKind.PERMISSIONS_BOUNDARY, PolicyKind.SCP)) {
        List<Policy> policies = Theories.sample(PolicyGenerators.policies(kind), 7, 100);
        assertThat(policies).allMatch(p -> p.version().equals(Optional.of(PolicyVersion.V2012_10_17)));
        assertThat(statements(policies)).allMatch(s -> s.principal().isEmpty() && s.notPrincipal().isEmpty());
      }
    }

    @Test
    void statements_with_a_fixed_effect_have_it_and_no_sid() {
      List<Statement> denies = Theories.sample(PolicyGenerators.statements(PolicyKind.RESOURCE, Effect.DENY), 7, 100);
      assertThat(denies).allMatch(s -> s.effect() == Effect.DENY && s.sid().isEmpty() && s.principal().or(s::notPrincipal).isPresent());
    }
  }

  @Nested
  class Parts {
    @Test
    void parts_generators_produce_non_empty_values() {
      assertThat(Theories.sample(PolicyGenerators.actions(), 7, 100)).allMatch(a -> a.size() >= 1 && a.size() <= 4);
      assertThat(Theories.sample(PolicyGenerators.resources(), 7, 100)).allMatch(r -> r.size() >= 1 && r.size() <= 3);
      assertThat(Theories.sample(PolicyGenerators.conditions(), 7, 100)).noneMatch(Condition::isEmpty);
      assertThat(Theories.sample(PolicyGenerators.principals(), 7, 100)).allMatch(p -> p.isWildcard() || !p.entries().isEmpty());
      List<Statement> statements = new ArrayList<>(Theories.sample(PolicyGenerators.statements(), 7, 100));
      assertThat(statements).anyMatch(s -> s.sid().isPresent()).allMatch(s -> s.principal().isEmpty());
    }
  }
}
