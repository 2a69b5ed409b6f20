package dev.iamkit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganizationPoliciesTest {
  private static Statement.Builder fullAccess() {
    return Statement.builder().effect(Effect.ALLOW).principal(PrincipalElement.wildcard()).action("*").resource("*");
  }

  @Test
  @DisplayName("S9.4 RCPFullAWSAccess's statement is recognised whatever its Sid")
  void recognises_rcp_full_aws_access() {
    assertThat(OrganizationPolicies.isRcpFullAwsAccess(fullAccess().build())).isTrue();
    assertThat(OrganizationPolicies.isRcpFullAwsAccess(fullAccess().sid("Anything").build())).isTrue();
    assertThat(OrganizationPolicies.isRcpFullAwsAccess(
        OrganizationPolicies.RCP_FULL_AWS_ACCESS.policy().statements().get(0))).isTrue();
  }

  @Test
  @DisplayName("S9.4 any other statement is not RCPFullAWSAccess: narrower action, deny, condition, no principal")
  void rejects_other_statements() {
    assertThat(OrganizationPolicies.isRcpFullAwsAccess(fullAccess().action("s3:*").build())).isFalse();
    assertThat(OrganizationPolicies.isRcpFullAwsAccess(fullAccess().effect(Effect.DENY).build())).isFalse();
    assertThat(OrganizationPolicies.isRcpFullAwsAccess(fullAccess().principal(null).build())).isFalse();
    assertThat(OrganizationPolicies.isRcpFullAwsAccess(
        OrganizationPolicies.FULL_AWS_ACCESS.policy().statements().get(0))).isFalse();
  }
}
