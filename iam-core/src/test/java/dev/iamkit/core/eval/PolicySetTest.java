package dev.iamkit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.Statement;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicySetTest {
  private static final Policy ALLOW = Policy.builder()
      .statement(Statement.builder().effect(Effect.ALLOW).action("*").resource("*").build()).build();
  private static final Policy DENY = Policy.builder()
      .statement(Statement.builder().effect(Effect.DENY).action("s3:*").resource("*").build()).build();

  @Nested
  class Builder {
    @Test
    void every_list_taking_method_has_a_varargs_form_of_policies_and_of_named_policies() {
      NamedPolicy full = new NamedPolicy("FullAWSAccess", ALLOW);
      PolicySet fromLists = PolicySet.builder()
          .identity(List.of(new NamedPolicy("identity[0]", ALLOW), new NamedPolicy("identity[1]", DENY)))
          .session(List.of(new NamedPolicy("session[0]", ALLOW)))
          .scpLevel(List.of(full))
          .scpLevel(List.of(new NamedPolicy("scp[1][0]", ALLOW), new NamedPolicy("scp[1][1]", DENY)))
          .rcpLevel(List.of(new NamedPolicy("rcp[0][0]", ALLOW)))
          .build();
      PolicySet fromVarargs = PolicySet.builder()
          .identity(ALLOW, DENY)
          .session(ALLOW)
          .scpLevel(full)
          .scpLevel(ALLOW, DENY)
          .rcpLevel(ALLOW)
          .build();
      assertThat(fromVarargs.identity()).isEqualTo(fromLists.identity());
      assertThat(fromVarargs.session()).isEqualTo(fromLists.session());
      assertThat(fromVarargs.scpLevels()).isEqualTo(fromLists.scpLevels());
      assertThat(fromVarargs.rcpLevels()).isEqualTo(fromLists.rcpLevels());
    }

    @Test
    void single_policies_take_a_policy_or_a_named_policy() {
      PolicySet set = PolicySet.builder().permissionsBoundary(ALLOW).trustPolicy(DENY).build();
      assertThat(set.permissionsBoundary()).contains(new NamedPolicy("permissionsBoundary", ALLOW));
      assertThat(set.resourcePolicy()).contains(new NamedPolicy("trust", DENY));
      assertThat(PolicySet.builder().resourcePolicy(DENY).build().resourcePolicy())
          .contains(new NamedPolicy("resource", DENY));
      assertThat(PolicySet.builder().vpcEndpointPolicy(ALLOW).build().vpcEndpointPolicy())
          .contains(new NamedPolicy("vpcEndpoint", ALLOW));
    }
  }

  @Test
  void to_string_names_the_policies_by_kind() {
    PolicySet set = PolicySet.builder().identity(ALLOW).permissionsBoundary(ALLOW)
        .resourcePolicy(new NamedPolicy("BucketPolicy", DENY))
        .scpLevel(new NamedPolicy("FullAWSAccess", ALLOW)).scpLevel(new NamedPolicy("DenyS3", DENY))
        .managementAccount(AccountId.parse("999988887777")).build();
    assertThat(set).hasToString("PolicySet{identity=[identity[0]], permissionsBoundary=permissionsBoundary,"
        + " resource=BucketPolicy, scp=[[FullAWSAccess], [DenyS3]], managementAccount=999988887777}");
    assertThat(PolicySet.builder().build()).hasToString("PolicySet{}");
    assertThat(PolicySet.builder().vpcEndpointPolicy(new NamedPolicy("Endpoint", ALLOW)).build())
        .hasToString("PolicySet{vpcEndpoint=Endpoint}");
  }
}
