package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThat;
import static dev.iamkit.testkit.IamAssertions.assertThatThrownBy;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.ArnFormatException;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.directory.Iam;
import dev.iamkit.core.identity.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code assertThat(Iam)} and {@code assertThat(Directory)}: principals' access and role assumption (S6.14, S8.2). */
class DirectoryAssertTest {
  private static final AccountId A = AccountId.parse("111122223333");
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final String ALICE = "arn:aws:iam::111122223333:user/staff/alice";
  private static final String BOB = "arn:aws:iam::111122223333:user/bob";
  private static final String DEPLOYER = "arn:aws:iam::111122223333:role/ops/Deployer";
  private static final String ADMIN = "arn:aws:iam::111122223333:role/Admin";
  private static final String REPORT = "arn:aws:s3:::reports/q1.csv";
  private static final String ARTIFACT = "arn:aws:s3:::artifacts/app.zip";

  private static Directory world() {
    return Directory.builder(Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom()).createAccount(A)
        .createUser(A, "/staff/", "alice")
        .putUserPolicy(A, "alice", "work", Policies.allow("s3:GetObject").on("arn:aws:s3:::reports/*")
            .and().deny("s3:DeleteObject").on("arn:aws:s3:::reports/*")
            .and().allow("sts:AssumeRole").on(DEPLOYER, ADMIN).build())
        .createUser(A, "/", "bob")
        .createRole(A, "/ops/", "Deployer", Policies.allow("sts:AssumeRole").principal("arn:aws:iam::111122223333:root")
            .build())
        .putRolePolicy(A, "Deployer", "deploy", Policies.allow("s3:PutObject").on("arn:aws:s3:::artifacts/*")
            .when(c -> c.ipAddress("aws:SourceIp", "203.0.113.0/24")).build())
        .createRole(A, "/", "Admin", Policies.allow("sts:AssumeRole").principalService("ec2.amazonaws.com").build())
        .build();
  }

  private static Iam iam() {
    return Iam.of(world(), Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
  }

  @Test
  void can_and_cannot_pass_where_the_directory_decides_so() {
    assertThat(world()).at(NOW)
        .principal(ALICE)
            .can("s3:GetObject").on(REPORT, "arn:aws:s3:::reports/q2.csv")
            .cannot("s3:DeleteObject", "s3:PutObject").on(REPORT)
        .principal(DEPLOYER)
            .can("s3:PutObject").withContext("aws:SourceIp", "203.0.113.5").on(ARTIFACT)
            .cannot("s3:PutObject").withContext("aws:SourceIp", "198.51.100.1").on(ARTIFACT)
            .cannot("s3:PutObject").on(ARTIFACT)
        .principal("arn:aws:sts::111122223333:assumed-role/Deployer/ci")
            .withContext("aws:SourceIp", "203.0.113.5")
            .can("s3:PutObject").on(ARTIFACT)
        .principal("arn:aws:iam::111122223333:root")
            .can("s3:DeleteObject").on(REPORT)
        .principal(BOB)
            .cannot("s3:GetObject").on(REPORT);
  }

  @Test
  void the_iam_entry_point_asks_the_services_directory() {
    Iam iam = iam();
    assertThat(iam).principal("arn:aws:iam::111122223333:user/alice").can("s3:GetObject").on(REPORT);
    iam.deleteUserPolicy(A, "alice", "work");
    assertThat(iam).principal(ALICE).cannot("s3:GetObject").on(REPORT);
  }

  @Test
  void can_fails_with_the_request_the_decision_and_the_deciding_statements() {
    assertThatThrownBy(() -> assertThat(iam()).principal(ALICE).can("s3:DeleteObject").on(REPORT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the principal to be allowed")
        .hasMessageContaining("  principal: arn:aws:iam::111122223333:user/staff/alice (access-key session)")
        .hasMessageContaining("  action:    s3:DeleteObject")
        .hasMessageContaining("  resource:  arn:aws:s3:::reports/q1.csv")
        .hasMessageContaining("  context:   (none given) plus the principal and time keys AWS sets")
        .hasMessageContaining("but the decision was explicit_deny")
        .hasMessageContaining("deciding statements:")
        .hasMessageContaining("    identity work statement 1 Deny");
  }

  @Test
  void can_fails_with_the_missing_context_key_of_a_condition() {
    assertThatThrownBy(() -> assertThat(iam()).principal(DEPLOYER).can("s3:PutObject").on(ARTIFACT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("principal: arn:aws:sts::111122223333:assumed-role/Deployer/iamkit-simulation (role "
            + DEPLOYER + ") (assumed-role session)")
        .hasMessageContaining("but the decision was implicit_deny (no applicable Allow in identity)")
        .hasMessageContaining("missing context keys: [aws:SourceIp]");
  }

  @Test
  void cannot_fails_showing_the_allowing_statement_and_the_given_context() {
    assertThatThrownBy(() -> assertThat(world()).principal(DEPLOYER).cannot("s3:PutObject")
        .withContext("aws:SourceIp", "203.0.113.5").on(ARTIFACT))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the principal not to be allowed")
        .hasMessageContaining("context:   aws:SourceIp=203.0.113.5 (ip)")
        .hasMessageContaining("but the decision was allow")
        .hasMessageContaining("    identity deploy statement 0 Allow");
  }

  @Test
  void a_service_refusal_makes_cannot_pass_and_can_fail() {
    String awsManaged = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    assertThat(world()).principal("arn:aws:iam::111122223333:root").cannot("iam:DeletePolicy").on(awsManaged);
    assertThatThrownBy(() -> assertThat(world()).principal("arn:aws:iam::111122223333:root")
        .can("iam:DeletePolicy").on(awsManaged))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but the decision was allow")
        .hasMessageContaining("and the service refuses it whatever the policies say: UnmodifiableEntity");
  }

  @Test
  void can_assume_passes_with_trust_and_identity_allowing_and_fails_with_stss_refusal() {
    assertThat(world()).principal(ALICE).canAssume(DEPLOYER).cannotAssume(ADMIN)
        .principal(BOB).cannotAssume(DEPLOYER)
        .principal(Principal.service("ec2.amazonaws.com")).canAssume(ADMIN).cannotAssume(DEPLOYER)
        .principal("arn:aws:iam::111122223333:root").cannotAssume(DEPLOYER);
    assertThatThrownBy(() -> assertThat(world()).principal(BOB).canAssume(DEPLOYER))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the principal to be able to assume " + DEPLOYER)
        .hasMessageContaining("  principal: arn:aws:iam::111122223333:user/bob (access-key session)")
        .hasMessageContaining("  action:    sts:AssumeRole")
        .hasMessageContaining("but STS refused: AccessDenied: ")
        .hasMessageContaining("but the decision was implicit_deny (no applicable Allow in identity)");
    assertThatThrownBy(() -> assertThat(world()).principal("arn:aws:iam::111122223333:root").canAssume(DEPLOYER))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but STS refused: AccessDenied: The root user cannot call sts:AssumeRole")
        .hasMessageContaining("(refused before any policy was evaluated)");
  }

  @Test
  void cannot_assume_fails_naming_the_issued_session() {
    assertThatThrownBy(() -> assertThat(iam()).principal(ALICE).cannotAssume(DEPLOYER))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the principal not to be able to assume " + DEPLOYER)
        .hasMessageContaining("but STS issued a session arn:aws:sts::111122223333:assumed-role/Deployer/iamkit-assertion")
        .hasMessageContaining("trust:Deployer");
  }

  @Test
  void an_unknown_principal_fails_and_a_bad_arn_is_refused() {
    assertThatThrownBy(() -> assertThat(world()).principal("arn:aws:iam::111122223333:user/mallory"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting arn:aws:iam::111122223333:user/mallory to be a principal of the directory")
        .hasMessageContaining("cannot be found");
    assertThatThrownBy(() -> assertThat(world()).principal("arn:aws:s3:::bucket"))
        .isInstanceOf(ArnFormatException.class);
    assertThatThrownBy(() -> assertThat(world()).principal(ALICE).can().on(REPORT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one action");
  }
}
