package dev.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.PolicyKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestGeneratorsTest {
  private static final List<RequestContext> REQUESTS = Theories.sample(RequestGenerators.requests(), 11, 400);

  @Nested
  class Requests {
    @Test
    void are_deterministic_per_seed() {
      assertThat(Theories.sample(RequestGenerators.requests(), 5, 40).toString())
          .isEqualTo(Theories.sample(RequestGenerators.requests(), 5, 40).toString())
          .isNotEqualTo(Theories.sample(RequestGenerators.requests(), 6, 40).toString());
    }

    @Test
    void come_from_every_kind_of_principal_in_both_accounts() {
      assertThat(REQUESTS).extracting(r -> r.principal().getClass().getSimpleName()).contains("RootUser", "IamUser",
          "RoleSession", "FederatedUser", "ServicePrincipal", "Anonymous");
      assertThat(REQUESTS).extracting(r -> r.principal().account().map(Object::toString).orElse("none"))
          .contains("111122223333", "444455556666", "none");
      assertThat(REQUESTS).anyMatch(r -> r.principal() instanceof Principal.RoleSession s
          && s.roleArn().resource().equals("role/ops/" + s.roleName()));
    }

    @Test
    void ask_for_actions_of_several_services_on_matching_resources() {
      assertThat(REQUESTS).extracting(r -> r.action().substring(0, r.action().indexOf(':')))
          .contains("s3", "dynamodb", "sqs", "ec2", "iam", "sts", "kms", "lambda");
      assertThat(REQUESTS).anyMatch(r -> r.resource().equals("*"));
      assertThat(REQUESTS).filteredOn(r -> !r.resource().equals("*"))
          .allMatch(r -> r.resource().startsWith("arn:aws:" + r.action().substring(0, r.action().indexOf(':')) + ":")
              || r.action().startsWith("sts:") && r.resource().startsWith("arn:aws:iam:"));
      assertThat(REQUESTS).filteredOn(r -> r.resource().startsWith("arn:aws:s3:::"))
          .allMatch(r -> r.resourceAccount().isPresent());
    }

    @Test
    @DisplayName("context keys are present or absent as AWS would set them (S5.1, S5.2, S5.9)")
    void carry_context_values_as_aws_sets_them() {
      assertThat(REQUESTS).anyMatch(r -> r.get("aws:SourceIp").isPresent()).anyMatch(r -> r.get("aws:SourceIp").isEmpty());
      assertThat(REQUESTS).anyMatch(r -> r.get("aws:TagKeys").map(ContextValue::isList).orElse(false));
      assertThat(REQUESTS).anyMatch(r -> r.get("aws:TagKeys").map(v -> v.values().isEmpty()).orElse(false));
      assertThat(REQUESTS).anyMatch(r -> r.get("aws:PrincipalTag/team").isPresent());
      assertThat(REQUESTS).anyMatch(r -> r.get("aws:CurrentTime").isPresent());
      // Temporary credentials always say whether MFA was used; root, services and anonymous never do.
      assertThat(REQUESTS).filteredOn(r -> r.principal() instanceof Principal.RoleSession)
          .allMatch(r -> r.get("aws:MultiFactorAuthPresent").isPresent());
      assertThat(REQUESTS).filteredOn(r -> r.principal() instanceof Principal.RootUser
              || r.principal() instanceof Principal.ServicePrincipal || r.principal() instanceof Principal.Anonymous)
          .allMatch(r -> r.get("aws:MultiFactorAuthPresent").isEmpty() && r.get("aws:PrincipalTag/team").isEmpty());
      assertThat(REQUESTS).filteredOn(r -> r.principal() instanceof Principal.IamUser)
          .anyMatch(r -> r.get("aws:MultiFactorAuthPresent").isEmpty())
          .allMatch(r -> r.get("aws:username").isPresent());
    }

    @Test
    @DisplayName("principal keys come from withDefaultPrincipalKeys (S5.9)")
    void carry_the_principal_keys() {
      assertThat(REQUESTS).allSatisfy(r -> {
        RequestContext.Builder again = r.toBuilder().withDefaultPrincipalKeys();
        assertThat(again.build().values()).isEqualTo(r.values());
        assertThat(r.get("aws:PrincipalArn").map(v -> v.values().get(0)))
            .isEqualTo(r.principal().principalArn().map(Object::toString));
      });
    }
  }

  @Nested
  class PolicySets {
    private final List<PolicySet> sets = Theories.sample(RequestGenerators.policySets(), 11, 300);

    @Test
    void hold_every_kind_of_policy_sometimes() {
      assertThat(sets).anyMatch(s -> s.identity().isEmpty()).anyMatch(s -> s.identity().size() == 3);
      assertThat(sets).anyMatch(s -> s.permissionsBoundary().isPresent());
      assertThat(sets).anyMatch(s -> s.session().size() == 2);
      assertThat(sets).anyMatch(s -> s.resourcePolicy().isPresent() && !s.isTrustPolicy());
      assertThat(sets).anyMatch(PolicySet::isTrustPolicy);
      assertThat(sets).anyMatch(s -> s.scpLevels().size() == 3).anyMatch(s -> s.rcpLevels().size() == 2);
      assertThat(sets).anyMatch(s -> s.managementAccount().isPresent());
    }

    @Test
    @DisplayName("SCP levels usually hold FullAWSAccess, sometimes not, so the gate can close (S6.6)")
    void organization_levels_usually_allow() {
      List<List<NamedPolicy>> levels = sets.stream().flatMap(s -> s.scpLevels().stream()).toList();
      assertThat(levels).anyMatch(l -> l.stream().anyMatch(p -> p.policy().equals(RequestGenerators.FULL_AWS_ACCESS)))
          .anyMatch(l -> l.stream().noneMatch(p -> p.policy().equals(RequestGenerators.FULL_AWS_ACCESS)));
      List<List<NamedPolicy>> rcpLevels = sets.stream().flatMap(s -> s.rcpLevels().stream()).toList();
      assertThat(rcpLevels).anyMatch(l -> l.stream().anyMatch(p -> p.name().startsWith("rcp-")));
    }

    @Test
    void name_policies_uniquely_within_a_kind() {
      for (PolicySet s : sets) {
        assertThat(s.identity()).extracting(NamedPolicy::name).doesNotHaveDuplicates();
        assertThat(s.session()).extracting(NamedPolicy::name).doesNotHaveDuplicates();
      }
      assertThat(sets).filteredOn(PolicySet::isTrustPolicy)
          .allMatch(s -> s.resourcePolicy().map(NamedPolicy::name).equals(Optional.of("trust")));
      assertThat(PolicyKind.TRUST.hasPrincipal()).isTrue();
    }
  }
}
