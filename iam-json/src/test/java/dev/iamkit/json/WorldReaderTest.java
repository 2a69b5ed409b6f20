package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.identity.User;
import dev.iamkit.json.internal.ScenarioRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorldReaderTest {
  static final AccountId ACCOUNT = AccountId.parse("111122223333");

  static WorldReader reader() {
    return WorldReader.of(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
        ScenarioRunner.seeded("test"), 1_000);
  }

  static final String FULL = """
      {
        "awsManagedPolicies": {
          "ReadOnlyAccess": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}]}
        },
        "organization": {
          "id": "o-a1b2c3d4e5", "managementAccount": "999988887777",
          "root": {
            "accounts": ["999988887777"],
            "units": {
              "Workloads": {
                "scps": {
                  "FullAWSAccess": {},
                  "NoLeaving": {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"}]}
                },
                "accounts": ["111122223333"]
              }
            }
          }
        },
        "accounts": {
          "111122223333": {
            "root": {"password": "root-Passw0rd!", "mfa": {"secret": "JBSWY3DPEHPK3PXP"}},
            "policies": {"S3Read": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}},
            "groups": {"Developers": {"path": "/", "policies": ["S3Read"],
                       "inline": {"Ec2": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*"}]}}}},
            "users": {
              "alice": {"path": "/engineering/", "groups": ["Developers"],
                        "policies": ["S3Read", "arn:aws:iam::aws:policy/ReadOnlyAccess"], "boundary": "S3Read",
                        "password": "alice-Passw0rd!",
                        "accessKeys": [{"id": "AKIAIOSFODNN7EXAMPLE", "secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "status": "Active"}],
                        "mfa": {"secret": "JBSWY3DPEHPK3PXP"}, "tags": {"team": "blue"}}
            },
            "roles": {
              "Deployer": {"path": "/", "trust": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "sts:AssumeRole"}]},
                           "policies": ["S3Read"], "boundary": "S3Read", "maxSessionDuration": 7200, "tags": {"env": "prod"}}
            },
            "resources": {"arn:aws:s3:::reports": {"policy": {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::reports/*"}]}, "tags": {"data": "finance"}}}
          }
        }
      }
      """;

  @Test
  void reads_every_part_of_the_issue_format() {
    Directory d = reader().read(FULL, "world.json");

    User alice = d.user(ACCOUNT, "alice").orElseThrow();
    assertThat(alice.arn().toString()).isEqualTo("arn:aws:iam::111122223333:user/engineering/alice");
    assertThat(alice.groups()).containsExactly("Developers");
    assertThat(alice.attachedPolicies()).extracting(Object::toString).containsExactly(
        "arn:aws:iam::111122223333:policy/S3Read", "arn:aws:iam::aws:policy/ReadOnlyAccess");
    assertThat(alice.permissionsBoundary()).map(Object::toString).hasValue("arn:aws:iam::111122223333:policy/S3Read");
    assertThat(alice.loginProfile()).isPresent();
    assertThat(alice.accessKeys()).singleElement().satisfies(k -> {
      assertThat(k.accessKeyId()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
      assertThat(k.secretAccessKey().matches("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).isTrue();
    });
    assertThat(alice.mfaDevices()).singleElement().satisfies(m ->
        assertThat(m.serialNumber()).isEqualTo("arn:aws:iam::111122223333:mfa/alice"));
    assertThat(alice.tags()).containsEntry("team", "blue");
    assertThat(d.role(ACCOUNT, "Deployer").orElseThrow().maxSessionDurationSeconds()).isEqualTo(7200);
    assertThat(d.resource("arn:aws:s3:::reports/q1.csv")).hasValueSatisfying(r -> {
      assertThat(r.account()).isEqualTo(ACCOUNT);
      assertThat(r.tags()).containsEntry("data", "finance");
    });
    assertThat(d.organization()).hasValueSatisfying(o -> {
      assertThat(o.managementAccount().value()).isEqualTo("999988887777");
      assertThat(o.root().scps()).extracting(p -> p.name()).containsExactly("FullAWSAccess");
      assertThat(o.root().units()).singleElement().satisfies(u ->
          assertThat(u.scps()).extracting(p -> p.name()).containsExactly("FullAWSAccess", "NoLeaving"));
    });
    assertThat(d.account(ACCOUNT).orElseThrow().root().mfaDevices()).hasSize(1);
  }

  @Test
  void readers_and_writers_reject_nulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Directory.class, Directory.empty())
        .setDefault(Path.class, Path.of("world.json"))
        .setDefault(Clock.class, Clock.systemUTC()).setDefault(java.security.SecureRandom.class, ScenarioRunner.seeded("npe"));
    tester.testAllPublicInstanceMethods(reader());
    tester.testAllPublicInstanceMethods(WorldWriter.withSecrets());
    tester.testAllPublicInstanceMethods(ScenarioReader.standard());
    tester.testAllPublicInstanceMethods(ScenarioReportWriter.standard());
    tester.testAllPublicStaticMethods(WorldReader.class);
  }

  @Nested
  class Round_trip {
    @Test
    void read_write_with_secrets_read_gives_the_same_world() {
      Directory first = reader().read(FULL, "world.json");
      String written = WorldWriter.withSecrets().write(first);
      Directory second = reader().read(written, "written.json");

      assertThat(WorldWriter.withSecrets().write(second)).isEqualTo(written);
      assertThat(second.user(ACCOUNT, "alice").orElseThrow().accessKeys().get(0).secretAccessKey()
          .matches("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).isTrue();
      assertThat(second.user(ACCOUNT, "alice").orElseThrow().loginProfile().orElseThrow().passwordHash()
          .matches("alice-Passw0rd!")).isTrue();
    }

    @Test
    void the_standard_writer_writes_no_secret_and_its_output_reads_back() {
      Directory d = reader().read(FULL, "world.json");
      String written = WorldWriter.standard().write(d);

      assertThat(written).doesNotContain("wJalrXUtnFEMI").doesNotContain("JBSWY3DPEHPK3PXP")
          .doesNotContain("Passw0rd").doesNotContain("passwordHash").contains("AKIAIOSFODNN7EXAMPLE");
      Directory back = reader().read(written, "redacted.json");
      assertThat(back.user(ACCOUNT, "alice").orElseThrow().accessKeys().get(0).secretAccessKey()
          .matches("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).isFalse();
      assertThat(WorldWriter.standard().write(back)).isEqualTo(written);
    }

    @Test
    void the_company_example_round_trips() {
      Directory d = reader().read(Path.of("../examples/company/world.json"));
      String written = WorldWriter.withSecrets().write(d);

      assertThat(WorldWriter.withSecrets().write(reader().read(written, "w"))).isEqualTo(written);
    }
  }

  @Nested
  class Invalid_worlds {
    void rejects(String json, String pointer, String... fragments) {
      assertThatThrownBy(() -> reader().read(json, "w.json"))
          .isInstanceOfSatisfying(PolicyParseException.class, e -> {
            assertThat(e.pointer()).isEqualTo(pointer);
            assertThat(e.position()).isPresent();
            assertThat(e.source()).hasValue("w.json");
            assertThat(e.getMessage()).contains(fragments);
          });
    }

    @Test
    void accounts_are_required() {
      rejects("{\"organization\": {\"managementAccount\": \"999988887777\"}}", "", "Missing accounts");
    }

    @Test
    void unknown_members_are_named_with_a_case_hint() {
      rejects("{\"accounts\": {\"111122223333\": {\"Users\": {}}}}", "/accounts/111122223333/Users",
          "Unknown member \"Users\"", "users");
    }

    @Test
    void an_account_id_has_12_digits() {
      rejects("{\"accounts\": {\"1234\": {}}}", "/accounts/1234", "12-digit");
    }

    @Test
    void a_policy_reference_must_exist() {
      rejects("{\"accounts\": {\"111122223333\": {\"users\": {\"bob\": {\"policies\": [\"Nope\"]}}}}}",
          "/accounts/111122223333/users/bob/policies/0", "NoSuchEntity");
    }

    @Test
    void a_group_must_exist() {
      rejects("{\"accounts\": {\"111122223333\": {\"users\": {\"bob\": {\"groups\": [\"Nope\"]}}}}}",
          "/accounts/111122223333/users/bob/groups/0", "NoSuchEntity");
    }

    @Test
    void a_trust_policy_is_validated_as_one() {
      rejects("""
          {"accounts": {"111122223333": {"roles": {"R": {"trust":
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole"}]}}}}}}""",
          "/accounts/111122223333/roles/R/trust/Statement/0", "MalformedPolicyDocument", "Principal");
    }

    @Test
    void a_policy_document_has_the_grammar_shape() {
      rejects("{\"accounts\": {\"111122223333\": {\"policies\": {\"P\": {\"Version\": \"2012-10-17\", \"Statement\":"
          + " [{\"Effect\": \"allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}}}}}",
          "/accounts/111122223333/policies/P/Statement/0/Effect", "Allow");
    }

    @Test
    void a_role_needs_a_trust_policy() {
      rejects("{\"accounts\": {\"111122223333\": {\"roles\": {\"R\": {}}}}}", "/accounts/111122223333/roles/R",
          "Missing trust");
    }

    @Test
    void max_session_duration_is_3600_to_43200() {
      rejects("{\"accounts\": {\"111122223333\": {\"roles\": {\"R\": {\"maxSessionDuration\": 60, \"trust\":"
          + " {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"Service\":"
          + " \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}}}}}}",
          "/accounts/111122223333/roles/R", "ValidationError");
    }

    @Test
    void an_access_key_status_is_active_or_inactive() {
      rejects("{\"accounts\": {\"111122223333\": {\"users\": {\"bob\": {\"accessKeys\": [{\"id\": \"AKIAIOSFODNN7EXAMPLE\","
          + " \"secret\": \"s\", \"status\": \"active\"}]}}}}}",
          "/accounts/111122223333/users/bob/accessKeys/0/status", "\"Active\" or \"Inactive\"");
    }

    @Test
    void messages_never_show_a_password() {
      assertThatThrownBy(() -> reader().read("{\"accounts\": {\"111122223333\": {\"users\": {\"bob\": {\"password\":"
          + " \"\\u0001secret-Passw0rd\"}}}}}", "w.json"))
          .isInstanceOf(PolicyParseException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-Passw0rd"));
    }
  }
}
