package dev.iamkit.core.directory;

import static dev.iamkit.core.directory.TestWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.AwsErrorException;
import dev.iamkit.core.credentials.AccessKey;
import dev.iamkit.core.credentials.AccessKeyStatus;
import dev.iamkit.core.credentials.PasswordPolicy;
import dev.iamkit.core.credentials.Totp;
import dev.iamkit.core.identity.Role;
import dev.iamkit.core.identity.User;
import dev.iamkit.core.sts.ValidationErrorException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** IAM operations of issue 8 with the quotas and name rules of S7 and S10; a rejected call changes nothing. */
class IamOperationsTest {
  private MutableClock clock;
  private Iam iam;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(START);
    iam = iam(clock);
    iam.update(d -> d.createAccount(A).createAccount(B));
  }

  private User alice() {
    return iam.directory().user(A, "alice").orElseThrow();
  }

  private static void assertCode(Runnable call, Class<? extends AwsErrorException> type, String code) {
    assertThatThrownBy(call::run).isInstanceOf(type).satisfies(e -> assertThat(((AwsErrorException) e).errorCode())
        .isEqualTo(code));
  }

  @Nested
  class Users {
    @Test
    @DisplayName("S7.2: a new user has no credentials, no policies; ARN and AIDA unique ID")
    void create_user() {
      iam.createUser(A, "/eng/", "alice");
      User u = alice();
      assertThat(u.arn().toString()).isEqualTo("arn:aws:iam::111122223333:user/eng/alice");
      assertThat(u.userId()).startsWith("AIDA").hasSize(21).matches("[A-Z2-7]+");
      assertThat(u.loginProfile()).isEmpty();
      assertThat(u.accessKeys()).isEmpty();
      assertThat(u.attachedPolicies()).isEmpty();
      assertThat(u.createDate()).isEqualTo(START);
    }

    @Test
    @DisplayName("S10.1: names are unique ignoring case; lookups ignore case")
    void names_unique_ignoring_case() {
      iam.createUser(A, "/", "alice");
      assertCode(() -> iam.createUser(A, "/", "ALICE"), EntityAlreadyExistsException.class, "EntityAlreadyExists");
      assertThat(iam.directory().user(A, "Alice")).isPresent();
      iam.createUser(B, "/", "alice"); // another account
    }

    @Test
    @DisplayName("S10.1: user name 1-64 of [\\w+=,.@-]; path / ... /")
    void name_and_path_rules() {
      assertCode(() -> iam.createUser(A, "/", "a".repeat(65)), ValidationErrorException.class, "ValidationError");
      assertCode(() -> iam.createUser(A, "/", "bad name"), ValidationErrorException.class, "ValidationError");
      assertCode(() -> iam.createUser(A, "/", ""), ValidationErrorException.class, "ValidationError");
      assertCode(() -> iam.createUser(A, "eng/", "x"), ValidationErrorException.class, "ValidationError");
      assertCode(() -> iam.createUser(A, "/a b/", "x"), ValidationErrorException.class, "ValidationError");
      iam.createUser(A, "/", "a".repeat(64));
      iam.createUser(A, "/", "a+b=c,d.e@f-g_h");
    }

    @Test
    void unknown_account_or_user_is_no_such_entity() {
      assertCode(() -> iam.createUser(MGMT, "/", "x"), NoSuchEntityException.class, "NoSuchEntity");
      assertCode(() -> iam.deleteUser(A, "nobody"), NoSuchEntityException.class, "NoSuchEntity");
    }

    @Test
    @DisplayName("S7.2: DeleteUser fails while anything is left, and then succeeds")
    void delete_conflicts() {
      iam.createUser(A, "/", "alice");
      iam.createGroup(A, "/", "devs");
      iam.addUserToGroup(A, "devs", "alice");
      iam.putUserPolicy(A, "alice", "p", allowAll());
      iam.createLoginProfile(A, "alice", "Passw0rd!x", false);
      AccessKey key = iam.createAccessKey(A, "alice");
      assertCode(() -> iam.deleteUser(A, "alice"), DeleteConflictException.class, "DeleteConflict");
      assertThatThrownBy(() -> iam.deleteUser(A, "alice")).hasMessageContaining("login profile")
          .hasMessageContaining("access keys").hasMessageContaining("inline").hasMessageContaining("group");
      iam.removeUserFromGroup(A, "devs", "alice");
      iam.deleteUserPolicy(A, "alice", "p");
      iam.deleteLoginProfile(A, "alice");
      iam.deleteAccessKey(A, "alice", key.accessKeyId());
      iam.deleteUser(A, "alice");
      assertThat(iam.directory().user(A, "alice")).isEmpty();
    }

    @Test
    @DisplayName("S10.4: tags: aws: reserved, 50 at most, keys replaced ignoring case")
    void tags() {
      iam.createUser(A, "/", "alice");
      iam.tagUser(A, "alice", Map.of("Team", "blue"));
      iam.tagUser(A, "alice", Map.of("team", "red"));
      assertThat(alice().tags()).containsExactly(Map.entry("team", "red"));
      assertCode(() -> iam.tagUser(A, "alice", Map.of("aws:x", "y")), InvalidInputException.class, "InvalidInput");
      assertCode(() -> iam.tagUser(A, "alice", Map.of("k", "v".repeat(257))), ValidationErrorException.class,
          "ValidationError");
      Map<String, String> many = new HashMap<>();
      for (int i = 0; i < 50; i++) {
        many.put("k" + i, "v");
      }
      assertCode(() -> iam.tagUser(A, "alice", many), LimitExceededException.class, "LimitExceeded");
      assertThat(alice().tags()).hasSize(1);
      iam.untagUser(A, "alice", List.of("TEAM", "absent"));
      assertThat(alice().tags()).isEmpty();
    }
  }

  @Nested
  class GroupsAndPolicies {
    @Test
    @DisplayName("S7.4, S10.3: groups, membership, at most 10 groups per user")
    void membership() {
      iam.createUser(A, "/", "alice");
      for (int i = 0; i < 10; i++) {
        iam.createGroup(A, "/", "g" + i);
        iam.addUserToGroup(A, "g" + i, "alice");
      }
      iam.addUserToGroup(A, "G0", "alice"); // again: no change
      iam.createGroup(A, "/", "g10");
      assertCode(() -> iam.addUserToGroup(A, "g10", "alice"), LimitExceededException.class, "LimitExceeded");
      assertThat(alice().groups()).hasSize(10);
      assertThat(iam.directory().groupMembers(A, "g3")).extracting(User::name).containsExactly("alice");
      assertCode(() -> iam.deleteGroup(A, "g3"), DeleteConflictException.class, "DeleteConflict");
      assertCode(() -> iam.removeUserFromGroup(A, "g10", "alice"), NoSuchEntityException.class, "NoSuchEntity");
      assertCode(() -> iam.createGroup(A, "/", "G1"), EntityAlreadyExistsException.class, "EntityAlreadyExists");
    }

    @Test
    @DisplayName("S10.5: at most 5 versions, one default, the default cannot be deleted, IDs keep counting")
    void policy_versions() {
      ManagedPolicy p = iam.createPolicy(A, "/", "S3Read", doc(allow("s3:Get*", "*")));
      String arn = p.arn().toString();
      assertThat(arn).isEqualTo("arn:aws:iam::111122223333:policy/S3Read");
      assertThat(p.policyId()).startsWith("ANPA");
      for (int i = 2; i <= 5; i++) {
        iam.createPolicyVersion(arn, doc(allow("s3:List*", "*")), false);
      }
      assertCode(() -> iam.createPolicyVersion(arn, allowAll(), true), LimitExceededException.class, "LimitExceeded");
      assertCode(() -> iam.deletePolicyVersion(arn, "v1"), DeleteConflictException.class, "DeleteConflict");
      iam.setDefaultPolicyVersion(arn, "v3");
      iam.deletePolicyVersion(arn, "v1");
      iam.createPolicyVersion(arn, allowAll(), true);
      ManagedPolicy now = iam.directory().policy(arn).orElseThrow();
      assertThat(now.versions()).extracting(ManagedPolicyVersion::versionId).containsExactly("v2", "v3", "v4", "v5", "v6");
      assertThat(now.defaultVersionId()).isEqualTo("v6");
      assertCode(() -> iam.setDefaultPolicyVersion(arn, "v1"), NoSuchEntityException.class, "NoSuchEntity");
    }

    @Test
    @DisplayName("DeletePolicy: DeleteConflict while attached, used as boundary, or with other versions")
    void delete_policy() {
      String arn = iam.createPolicy(A, "/", "P", allowAll()).arn().toString();
      iam.createUser(A, "/", "alice");
      iam.attachUserPolicy(A, "alice", arn);
      assertCode(() -> iam.deletePolicy(arn), DeleteConflictException.class, "DeleteConflict");
      iam.detachUserPolicy(A, "alice", arn);
      iam.putUserPermissionsBoundary(A, "alice", arn);
      assertCode(() -> iam.deletePolicy(arn), DeleteConflictException.class, "DeleteConflict");
      iam.deleteUserPermissionsBoundary(A, "alice");
      iam.createPolicyVersion(arn, allowAll(), false);
      assertCode(() -> iam.deletePolicy(arn), DeleteConflictException.class, "DeleteConflict");
      iam.deletePolicyVersion(arn, "v2");
      iam.deletePolicy(arn);
      assertThat(iam.directory().policy(arn)).isEmpty();
    }

    @Test
    @DisplayName("S10.3: at most 10 managed policies per user; attach is idempotent; unknown policy NoSuchEntity")
    void attach_quota() {
      iam.createUser(A, "/", "alice");
      for (int i = 0; i < 10; i++) {
        iam.attachUserPolicy(A, "alice", iam.createPolicy(A, "/", "P" + i, allowAll()).arn().toString());
      }
      iam.attachUserPolicy(A, "alice", "arn:aws:iam::111122223333:policy/P0");
      String eleventh = iam.createPolicy(A, "/", "P10", allowAll()).arn().toString();
      assertCode(() -> iam.attachUserPolicy(A, "alice", eleventh), LimitExceededException.class, "LimitExceeded");
      assertCode(() -> iam.attachUserPolicy(A, "alice", "arn:aws:iam::111122223333:policy/Nope"),
          NoSuchEntityException.class, "NoSuchEntity");
      assertCode(() -> iam.attachUserPolicy(A, "alice", "not-an-arn"), InvalidInputException.class, "InvalidInput");
      assertCode(() -> iam.detachUserPolicy(A, "alice", eleventh), NoSuchEntityException.class, "NoSuchEntity");
      assertThat(alice().attachedPolicies()).hasSize(10);
    }

    @Test
    @DisplayName("S1.13, S10.2: documents are validated; a managed policy over 6,144 characters is LimitExceeded")
    void policy_validation() {
      assertCode(() -> iam.createPolicy(A, "/", "Empty", dev.iamkit.core.policy.Policy.builder()
          .version(dev.iamkit.core.policy.PolicyVersion.V2012_10_17).build()),
          MalformedPolicyDocumentException.class, "MalformedPolicyDocument");
      String[] actions = new String[400];
      for (int i = 0; i < actions.length; i++) {
        actions[i] = "s3:GetObjectVersionTagging" + i;
      }
      dev.iamkit.core.policy.Policy big = doc(dev.iamkit.core.policy.Statement.builder()
          .effect(dev.iamkit.core.policy.Effect.ALLOW).action(actions).resource("*"));
      assertCode(() -> iam.createPolicy(A, "/", "Big", big), LimitExceededException.class, "LimitExceeded");
      assertThat(iam.directory().account(A).orElseThrow().policies()).isEmpty();
    }

    @Test
    @DisplayName("S10.2: a user's inline policies together stay within 2,048 characters")
    void inline_quota() {
      iam.createUser(A, "/", "alice");
      String[] actions = new String[50];
      for (int i = 0; i < actions.length; i++) {
        actions[i] = "s3:GetObjectTagging" + i;
      }
      dev.iamkit.core.policy.Policy mid = doc(dev.iamkit.core.policy.Statement.builder()
          .effect(dev.iamkit.core.policy.Effect.ALLOW).action(actions).resource("*"));
      iam.putUserPolicy(A, "alice", "one", mid);
      iam.putUserPolicy(A, "alice", "one", mid); // replacing counts once
      assertCode(() -> iam.putUserPolicy(A, "alice", "two", mid), LimitExceededException.class, "LimitExceeded");
      assertThat(alice().inlinePolicies()).containsOnlyKeys("one");
      assertCode(() -> iam.deleteUserPolicy(A, "alice", "two"), NoSuchEntityException.class, "NoSuchEntity");
    }
  }

  @Nested
  class Roles {
    @Test
    @DisplayName("S7.5: MaxSessionDuration 3600-43200, trust policy validated, AROA ID")
    void create_role() {
      assertCode(() -> iam.createRole(A, "/", "R", doc(trust(aws("111122223333"))), 3599),
          ValidationErrorException.class, "ValidationError");
      assertCode(() -> iam.createRole(A, "/", "R", doc(trust(aws("111122223333"))), 43_201),
          ValidationErrorException.class, "ValidationError");
      assertCode(() -> iam.createRole(A, "/", "R", doc(allow("s3:*", "*")), 3600),
          MalformedPolicyDocumentException.class, "MalformedPolicyDocument");
      iam.createRole(A, "/ops/", "R", doc(trust(aws("111122223333"))), 43_200);
      Role r = iam.directory().role(A, "r").orElseThrow();
      assertThat(r.roleId()).startsWith("AROA");
      assertThat(r.arn().toString()).isEqualTo("arn:aws:iam::111122223333:role/ops/R");
      assertThat(iam.directory().role(r.arn())).contains(r);
      iam.updateRoleMaxSessionDuration(A, "R", 7200);
      iam.updateAssumeRolePolicy(A, "R", doc(trust(service("ec2.amazonaws.com"))));
      iam.putRolePolicy(A, "R", "p", allowAll());
      assertCode(() -> iam.deleteRole(A, "R"), DeleteConflictException.class, "DeleteConflict");
      iam.deleteRolePolicy(A, "R", "p");
      iam.deleteRole(A, "R");
    }

    @Test
    @DisplayName("issue 13 §5: service-linked and reserved roles and AWS managed policies are UnmodifiableEntity")
    void protected_entities() {
      iam.update(d -> { }); // nothing
      Directory world = iam.directory().toBuilder(clock, seeded())
          .createRole(A, "/aws-service-role/support.amazonaws.com/", "AWSServiceRoleForSupport",
              doc(trust(service("support.amazonaws.com"))), 3600)
          .createRole(A, "/aws-reserved/sso.amazonaws.com/", "AWSReservedSSO_Admin", doc(trust(aws("111122223333"))), 3600)
          .awsManagedPolicy("ReadOnlyAccess", doc(allow("s3:Get*", "*")))
          .build();
      Iam guarded = Iam.of(world, clock, seeded());
      String slr = "AWSServiceRoleForSupport";
      assertCode(() -> guarded.updateAssumeRolePolicy(A, slr, doc(trust(aws("111122223333")))),
          UnmodifiableEntityException.class, "UnmodifiableEntity");
      assertCode(() -> guarded.putRolePolicy(A, slr, "p", allowAll()), UnmodifiableEntityException.class,
          "UnmodifiableEntity");
      assertCode(() -> guarded.attachRolePolicy(A, slr, "arn:aws:iam::aws:policy/ReadOnlyAccess"),
          UnmodifiableEntityException.class, "UnmodifiableEntity");
      assertCode(() -> guarded.deleteRole(A, slr), UnmodifiableEntityException.class, "UnmodifiableEntity");
      assertCode(() -> guarded.putRolePermissionsBoundary(A, "AWSReservedSSO_Admin",
          "arn:aws:iam::aws:policy/ReadOnlyAccess"), UnmodifiableEntityException.class, "UnmodifiableEntity");
      assertCode(() -> guarded.createPolicyVersion("arn:aws:iam::aws:policy/ReadOnlyAccess", allowAll(), true),
          UnmodifiableEntityException.class, "UnmodifiableEntity");
      assertCode(() -> guarded.deletePolicy("arn:aws:iam::aws:policy/ReadOnlyAccess"),
          UnmodifiableEntityException.class, "UnmodifiableEntity");
      assertCode(() -> guarded.createRole(A, "/aws-service-role/x/", "Mine", doc(trust(aws("111122223333"))), 3600),
          InvalidInputException.class, "InvalidInput");
      assertThat(guarded.directory()).isSameAs(world);
      String slrArn = "arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport";
      assertThat(guarded.serviceRefusal("iam:DeleteRole", slrArn)).hasValueSatisfying(m -> assertThat(m)
          .startsWith("UnmodifiableEntity"));
      assertThat(guarded.serviceRefusal("iam:PutRolePolicy", slrArn)).isPresent();
      assertThat(guarded.serviceRefusal("iam:GetRole", slrArn)).isEmpty();
      assertThat(guarded.serviceRefusal("iam:DeletePolicy", "arn:aws:iam::aws:policy/ReadOnlyAccess")).isPresent();
      assertThat(guarded.serviceRefusal("iam:DeleteRole", "arn:aws:iam::111122223333:role/Ordinary")).isEmpty();
      // TagRole accepts service-linked roles (IAM API reference).
      guarded.tagRole(A, slr, Map.of("owner", "support"));
      // Attaching an AWS managed policy to an ordinary principal is fine.
      guarded.createUser(A, "/", "u");
      guarded.attachUserPolicy(A, "u", "arn:aws:iam::aws:policy/ReadOnlyAccess");
    }
  }

  @Nested
  class Credentials {
    @Test
    @DisplayName("S7.2: login profile: one per user, password policy applies, shape is checked")
    void login_profiles() {
      iam.createUser(A, "/", "alice");
      assertCode(() -> iam.createLoginProfile(A, "alice", "short", false), PasswordPolicyViolationException.class,
          "PasswordPolicyViolation");
      assertCode(() -> iam.createLoginProfile(A, "alice", "x".repeat(129), false), ValidationErrorException.class,
          "ValidationError");
      iam.createLoginProfile(A, "alice", "Passw0rd!x", true);
      assertThat(alice().loginProfile()).hasValueSatisfying(l -> assertThat(l.passwordResetRequired()).isTrue());
      assertCode(() -> iam.createLoginProfile(A, "alice", "Passw0rd!x", false), EntityAlreadyExistsException.class,
          "EntityAlreadyExists");
      iam.updateAccountPasswordPolicy(A, PasswordPolicy.ofMinimumLength(6));
      iam.updateLoginProfile(A, "alice", "simple", false);
      assertThat(alice().loginProfile().orElseThrow().passwordHash().matches("simple")).isTrue();
      iam.deleteLoginProfile(A, "alice");
      assertCode(() -> iam.updateLoginProfile(A, "alice", "simple", false), NoSuchEntityException.class, "NoSuchEntity");
      assertCode(() -> iam.deleteLoginProfile(A, "alice"), NoSuchEntityException.class, "NoSuchEntity");
    }

    @Test
    @DisplayName("S7.2, S7.7: at most 2 access keys, inactive ones count; AKIA + 16, 40-character secret")
    void access_keys() {
      iam.createUser(A, "/", "alice");
      AccessKey k1 = iam.createAccessKey(A, "alice");
      assertThat(k1.accessKeyId()).startsWith("AKIA").hasSize(20);
      assertThat(k1.secretAccessKey().length()).isEqualTo(40);
      assertThat(k1.isActive()).isTrue();
      AccessKey k2 = iam.createAccessKey(A, "alice");
      iam.updateAccessKey(A, "alice", k2.accessKeyId(), AccessKeyStatus.INACTIVE);
      assertCode(() -> iam.createAccessKey(A, "alice"), LimitExceededException.class, "LimitExceeded");
      assertThat(alice().accessKeys()).extracting(AccessKey::status)
          .containsExactly(AccessKeyStatus.ACTIVE, AccessKeyStatus.INACTIVE);
      assertCode(() -> iam.deleteAccessKey(A, "alice", "AKIAIOSFODNN7EXAMPLE"), NoSuchEntityException.class,
          "NoSuchEntity");
      iam.deleteAccessKey(A, "alice", k2.accessKeyId());
      assertThat(alice().accessKeys()).hasSize(1);
    }

    @Test
    @DisplayName("S7.3: EnableMFADevice takes two consecutive six-digit codes")
    void enable_mfa() {
      iam.createUser(A, "/", "alice");
      Totp totp = Totp.fromBase32(SEED);
      long step = totp.counter(clock.instant());
      String serial = "arn:aws:iam::111122223333:mfa/alice";
      assertCode(() -> iam.enableMfaDevice(A, "alice", serial, SEED, "12345", totp.codeAt(step)),
          ValidationErrorException.class, "ValidationError");
      assertCode(() -> iam.enableMfaDevice(A, "alice", serial, SEED, totp.codeAt(step), totp.codeAt(step - 1)),
          InvalidAuthenticationCodeException.class, "InvalidAuthenticationCode");
      assertCode(() -> iam.enableMfaDevice(A, "alice", serial, SEED, totp.codeAt(step - 11), totp.codeAt(step - 10)),
          InvalidAuthenticationCodeException.class, "InvalidAuthenticationCode");
      iam.enableMfaDevice(A, "alice", serial, SEED, totp.codeAt(step - 1), totp.codeAt(step));
      assertThat(alice().mfaDevices()).singleElement().satisfies(d -> assertThat(d.serialNumber()).isEqualTo(serial));
      iam.createUser(A, "/", "bob");
      assertCode(() -> iam.enableMfaDevice(A, "bob", serial, SEED, totp.codeAt(step - 1), totp.codeAt(step)),
          EntityAlreadyExistsException.class, "EntityAlreadyExists");
      assertCode(() -> iam.deleteUser(A, "alice"), DeleteConflictException.class, "DeleteConflict");
      iam.deactivateMfaDevice(A, "alice", serial);
      assertCode(() -> iam.deactivateMfaDevice(A, "alice", serial), NoSuchEntityException.class, "NoSuchEntity");
      iam.deleteUser(A, "alice");
    }
  }

  @Nested
  class Resources {
    @Test
    @DisplayName("A resource policy covers its ARN and every ARN below; an ARN without account belongs to its lister")
    void coverage() {
      iam.putResourcePolicy(A, "arn:aws:s3:::reports", doc(allow("s3:GetObject", "arn:aws:s3:::reports/*")
          .principal(aws("444455556666"))));
      Directory d = iam.directory();
      assertThat(d.resource("arn:aws:s3:::reports/2026/q1.csv")).isPresent();
      assertThat(d.resource("arn:aws:s3:::reports")).isPresent();
      assertThat(d.resource("arn:aws:s3:::reports-old/x")).isEmpty();
      assertThat(d.resourceAccount("arn:aws:s3:::reports/2026/q1.csv")).contains(A);
      assertThat(d.resourceAccount("arn:aws:sqs:us-east-1:444455556666:q")).contains(B);
      assertCode(() -> iam.putResourcePolicy(A, "arn:aws:sqs:us-east-1:444455556666:q", allowAll()),
          InvalidInputException.class, "InvalidInput");
      assertCode(() -> iam.putResourcePolicy(A, "reports", allowAll()), InvalidInputException.class, "InvalidInput");
      iam.deleteResourcePolicy(A, "arn:aws:s3:::reports");
      assertCode(() -> iam.deleteResourcePolicy(A, "arn:aws:s3:::reports"), NoSuchEntityException.class,
          "NoSuchEntity");
    }
  }

  @Test
  @DisplayName("a rejected call changes nothing: the snapshot is the same object")
  void rejected_calls_leave_the_snapshot() {
    iam.createUser(A, "/", "alice");
    Directory before = iam.directory();
    assertThatThrownBy(() -> iam.update(d -> d.createUser(A, "/", "bob").createUser(A, "/", "ALICE")))
        .isInstanceOf(EntityAlreadyExistsException.class);
    assertThat(iam.directory()).isSameAs(before);
    assertThat(iam.directory().user(A, "bob")).isEmpty();
  }

  @Test
  void time_comes_from_the_injected_clock() {
    clock.advance(Duration.ofDays(3));
    iam.createUser(A, "/", "alice");
    assertThat(alice().createDate()).isEqualTo(START.plus(Duration.ofDays(3)));
  }
}
