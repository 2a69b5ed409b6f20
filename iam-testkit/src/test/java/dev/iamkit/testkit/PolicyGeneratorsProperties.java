package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;
import static dev.iamkit.testkit.IamAssertions.assertThatProblems;

import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.SizeLimit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The generators' promise: valid by construction, for the validator of S1.13, for every kind (S1.11). */
class PolicyGeneratorsProperties {

  /**
   * Identity policies may lack Version 2012-10-17, which AWS accepts for inline policies only (A3); they fit
   * the smallest inline quota, a user's (S10.2).
   */
  private static final PolicyValidator INLINE = PolicyValidator.builder().sizeLimit(SizeLimit.USER_INLINE).build();

  @ParameterizedTest
  @EnumSource(value = PolicyKind.class, names = "IDENTITY", mode = EnumSource.Mode.EXCLUDE)
  @DisplayName("generated policies of every kind have no validation error (S1.11, S1.13)")
  void generated_policies_have_no_errors_for_their_kind(PolicyKind kind) {
    Theories.qt(300).forAll(PolicyGenerators.policies(kind)).checkAssert(p -> assertThat(p).hasNoErrors(kind));
  }

  @Test
  @DisplayName("generated identity policies have no validation error as inline policies (S1.11, A3)")
  void generated_identity_policies_have_no_errors_as_inline_policies() {
    Theories.qt(300).forAll(PolicyGenerators.policies())
        .checkAssert(p -> assertThat(p).hasNoErrors(INLINE, PolicyKind.IDENTITY));
  }

  @Test
  @DisplayName("every policy of a generated policy set is valid for the kind it is used as")
  void generated_policy_sets_hold_valid_policies() {
    Theories.qt(200).forAll(RequestGenerators.policySets()).checkAssert(set -> {
      check(set.identity(), PolicyKind.IDENTITY, INLINE);
      check(set.permissionsBoundary().stream().toList(), PolicyKind.PERMISSIONS_BOUNDARY, PolicyValidator.standard());
      check(set.session(), PolicyKind.SESSION, PolicyValidator.standard());
      check(set.resourcePolicy().stream().toList(), set.isTrustPolicy() ? PolicyKind.TRUST : PolicyKind.RESOURCE,
          PolicyValidator.standard());
      set.scpLevels().forEach(level -> check(level, PolicyKind.SCP, PolicyValidator.standard()));
      set.rcpLevels().forEach(level -> check(level, PolicyKind.RCP, PolicyValidator.standard()));
    });
  }

  private static void check(List<NamedPolicy> policies, PolicyKind kind, PolicyValidator validator) {
    for (NamedPolicy p : policies) {
      if (p.policy().equals(RequestGenerators.RCP_FULL_AWS_ACCESS)) {
        continue; // AWS-managed: the one RCP that may Allow (S9.4)
      }
      assertThatProblems(validator.validate(p.policy(), kind))
          .as("%s as %s", p.name(), kind.id()).hasNoErrors();
    }
  }

}
