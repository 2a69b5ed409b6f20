package dev.iamkit.core.directory;

import static dev.iamkit.core.directory.TestWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.arn.ArnFormatException;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.SessionKind;
import dev.iamkit.core.sts.AssumeRoleRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Iam#sessionOf}: sessions for tests and simulations, shaped as authentication and AssumeRole shape them. */
class SessionOfTest {
  private MutableClock clock;
  private Iam iam;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(START);
    iam = iam(clock);
    iam.update(d -> d.createAccount(A)
        .createUser(A, "/staff/", "alice").putUserPolicy(A, "alice", "read", doc(allow("s3:GetObject", "*"),
            allow("sts:AssumeRole", "*")))
        .createRole(A, "/ops/", "Deployer", doc(trust(aws("arn:aws:iam::111122223333:root"), "sts:AssumeRole")))
        .putRolePolicy(A, "Deployer", "deploy", doc(allow("s3:PutObject", "*"))));
  }

  @Test
  void aUserArnIsTheUsersAccessKeySessionWithItsUniqueId() {
    Session s = iam.sessionOf("arn:aws:iam::111122223333:user/staff/alice");
    assertThat(s.kind()).isEqualTo(SessionKind.ACCESS_KEY);
    assertThat(s.principal()).isEqualTo(iam.directory().user(A, "alice").orElseThrow().principal());
    assertThat(s.mfaAuthenticated()).isFalse();
    assertThat(s.tokenIssueTime()).isEmpty();
    assertThat(iam.authorize(s, "s3:GetObject", "arn:aws:s3:::b/k").decision()).isEqualTo(Decision.ALLOW);
    assertThat(iam.authorize(s, "s3:PutObject", "arn:aws:s3:::b/k").decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void aUserArnWithoutItsPathNamesTheSameUserButAWrongPathNone() {
    assertThat(iam.sessionOf("arn:aws:iam::111122223333:user/alice").principal().principalArn().orElseThrow())
        .hasToString("arn:aws:iam::111122223333:user/staff/alice");
    assertThatThrownBy(() -> iam.sessionOf("arn:aws:iam::111122223333:user/other/alice"))
        .isInstanceOf(NoSuchEntityException.class).hasMessageContaining("user/other/alice");
    assertThatThrownBy(() -> iam.sessionOf("arn:aws:iam::111122223333:user/bob"))
        .isInstanceOf(NoSuchEntityException.class);
  }

  @Test
  void aRoleArnIsARoleSessionAsAssumeRoleIssuesIt() {
    Session s = iam.sessionOf("arn:aws:iam::111122223333:role/ops/Deployer");
    Session real = iam.assumeRole(iam.sessionOf("arn:aws:iam::111122223333:user/alice"),
        AssumeRoleRequest.of("arn:aws:iam::111122223333:role/ops/Deployer", "iamkit-simulation")).session();
    assertThat(s.kind()).isEqualTo(SessionKind.ASSUMED_ROLE);
    assertThat(s.principal()).isEqualTo(real.principal());
    assertThat(s.tokenIssueTime()).contains(START);
    assertThat(s.expiration()).isEmpty();
    assertThat(iam.authorize(s, "s3:PutObject", "arn:aws:s3:::b/k").decision()).isEqualTo(Decision.ALLOW);
  }

  @Test
  void anAssumedRoleArnKeepsItsSessionNameAndFindsTheRoleWithItsPath() {
    Session s = iam.sessionOf("arn:aws:sts::111122223333:assumed-role/Deployer/ci");
    Principal.RoleSession p = (Principal.RoleSession) s.principal();
    assertThat(p.sessionArn()).hasToString("arn:aws:sts::111122223333:assumed-role/Deployer/ci");
    assertThat(p.roleArn()).hasToString("arn:aws:iam::111122223333:role/ops/Deployer");
    assertThat(p.roleUniqueId()).contains(iam.directory().role(A, "Deployer").orElseThrow().roleId());
  }

  @Test
  void theRootUserOfAKnownAccountAndServices() {
    assertThat(iam.sessionOf("arn:aws:iam::111122223333:root").principal()).isInstanceOf(Principal.RootUser.class);
    assertThatThrownBy(() -> iam.sessionOf("arn:aws:iam::444455556666:root"))
        .isInstanceOf(NoSuchEntityException.class).hasMessageContaining("444455556666");
    assertThat(iam.sessionOf(Principal.service("ec2.amazonaws.com")).kind()).isEqualTo(SessionKind.SERVICE);
  }

  @Test
  void unknownRolesAndOtherPrincipalsAreRefused() {
    assertThatThrownBy(() -> iam.sessionOf("arn:aws:iam::111122223333:role/Nobody"))
        .isInstanceOf(NoSuchEntityException.class).hasMessageContaining("role/Nobody");
    assertThatThrownBy(() -> iam.sessionOf(Principal.anonymous())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> iam.sessionOf("arn:aws:s3:::bucket")).isInstanceOf(ArnFormatException.class);
  }
}
