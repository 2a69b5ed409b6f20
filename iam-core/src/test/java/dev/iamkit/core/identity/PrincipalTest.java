package dev.iamkit.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.arn.ArnFormatException;
import dev.iamkit.core.arn.Arn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrincipalTest {

  @Test
  @DisplayName("S5.1: the root user's aws:PrincipalArn is the root ARN and its type is Account")
  void parses_root() {
    Principal p = Principal.parse("arn:aws:iam::111122223333:root");
    assertThat(p).isInstanceOf(Principal.RootUser.class);
    assertThat(p.principalArn()).contains(Arn.parse("arn:aws:iam::111122223333:root"));
    assertThat(p.principalType()).contains("Account");
  }

  @Test
  void parses_user_with_path_and_gives_its_name() {
    Principal p = Principal.parse("arn:aws:iam::111122223333:user/division/alice");
    assertThat(p).isInstanceOfSatisfying(Principal.IamUser.class, u -> assertThat(u.name()).isEqualTo("alice"));
    assertThat(p.principalType()).contains("User");
  }

  @Test
  @DisplayName("S5.1: a role session's aws:PrincipalArn is the role ARN, not the session ARN")
  void role_session_principal_arn_is_the_role() {
    Principal p = Principal.parse("arn:aws:sts::111122223333:assumed-role/Deploy/ci");
    assertThat(p).isInstanceOfSatisfying(Principal.RoleSession.class, s -> {
      assertThat(s.roleName()).isEqualTo("Deploy");
      assertThat(s.sessionName()).isEqualTo("ci");
      assertThat(s.isServiceLinkedRole()).isFalse();
    });
    assertThat(p.principalArn()).contains(Arn.parse("arn:aws:iam::111122223333:role/Deploy"));
    assertThat(p.principalType()).contains("AssumedRole");
  }

  @Test
  @DisplayName("S6.6: a role under /aws-service-role/ is service-linked")
  void detects_service_linked_role_from_its_path() {
    Principal.RoleSession s = Principal.RoleSession.of(
        Arn.parse("arn:aws:sts::111122223333:assumed-role/AWSServiceRoleForX/s"),
        Arn.parse("arn:aws:iam::111122223333:role/aws-service-role/x.amazonaws.com/AWSServiceRoleForX"));
    assertThat(s.isServiceLinkedRole()).isTrue();
  }

  @Test
  void rejects_role_arn_of_another_role_for_a_session() {
    assertThatThrownBy(() -> Principal.RoleSession.of(
        Arn.parse("arn:aws:sts::111122223333:assumed-role/A/s"),
        Arn.parse("arn:aws:iam::111122223333:role/B")))
        .isInstanceOf(ArnFormatException.class).hasMessageContaining("does not belong to session");
  }

  @Test
  void parses_federated_user_and_anonymous() {
    assertThat(Principal.parse("arn:aws:sts::111122223333:federated-user/bob").principalType()).contains("FederatedUser");
    assertThat(Principal.parse("anonymous")).isSameAs(Principal.anonymous());
    assertThat(Principal.anonymous().isAuthenticated()).isFalse();
  }

  @Test
  @DisplayName("S1.12: service principal names compare ignoring case")
  void service_names_are_lower_cased() {
    assertThat(Principal.service("Lambda.AmazonAWS.com")).isEqualTo(Principal.service("lambda.amazonaws.com"));
  }

  @Test
  void rejects_role_arn_group_arn_and_bad_account_as_caller() {
    assertThatThrownBy(() -> Principal.parse("arn:aws:iam::111122223333:role/R"))
        .isInstanceOf(ArnFormatException.class).hasMessageContaining("Invalid principal");
    assertThatThrownBy(() -> Principal.parse("arn:aws:iam::111122223333:role/ops/Deploy"))
        .isInstanceOf(ArnFormatException.class)
        .hasMessageContaining("its sessions do")
        .hasMessageContaining("\"arn:aws:sts::111122223333:assumed-role/Deploy/SESSION\"");
    assertThatThrownBy(() -> Principal.parse("arn:aws:iam::111122223333:group/G"))
        .isInstanceOf(ArnFormatException.class);
    assertThatThrownBy(() -> Principal.parse("arn:aws:iam::1111:user/alice"))
        .isInstanceOf(ArnFormatException.class).hasMessageContaining("12-digit account");
  }
}
