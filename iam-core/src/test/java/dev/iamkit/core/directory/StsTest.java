package dev.iamkit.core.directory;

import static dev.iamkit.core.directory.TestWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.AwsErrorException;
import dev.iamkit.core.credentials.AccessKeyStatus;
import dev.iamkit.core.credentials.ExpiredTokenException;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.SessionKind;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.sts.AccessDeniedException;
import dev.iamkit.core.sts.AssumeRoleRequest;
import dev.iamkit.core.sts.AssumeRoleResult;
import dev.iamkit.core.sts.GetSessionTokenRequest;
import dev.iamkit.core.sts.GetSessionTokenResult;
import dev.iamkit.core.sts.ValidationErrorException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** S8 (STS) and S6.14 (trust policies): GetSessionToken and every rule of AssumeRole. */
class StsTest {
  static final String ROLE = "arn:aws:iam::111122223333:role/";
  static final String ALICE_MFA = "arn:aws:iam::111122223333:mfa/alice";
  private MutableClock clock;
  private Iam iam;
  private Session alice;
  private Session bob;
  private Session carol;
  private Session dave;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(START);
    String account = "arn:aws:iam::111122223333:root";
    Directory world = Directory.builder(clock, seeded()).passwordHashIterations(1_000)
        .createAccount(A).createAccount(B)
        .rootPassword(A, "root-pw").importRootAccessKey(A, "AKIAROOTROOTEXAMPLE0", "root-secret", AccessKeyStatus.ACTIVE)
        .createUser(A, "/", "alice").putUserPolicy(A, "alice", "assume", doc(allow("sts:AssumeRole", "*"),
            allow("sts:TagSession", "*"), allow("sts:SetSourceIdentity", "*")))
        .importAccessKey(A, "alice", "AKIAALICEALICEALICE0", "alice-secret", AccessKeyStatus.ACTIVE)
        .importMfaDevice(A, "alice", ALICE_MFA, SEED)
        .createUser(A, "/", "bob")
        .importAccessKey(A, "bob", "AKIABOBBOBBOBBOBBOB0", "bob-secret", AccessKeyStatus.ACTIVE)
        .createUser(B, "/", "carol").putUserPolicy(B, "carol", "assume", doc(allow("sts:AssumeRole", "*")))
        .importAccessKey(B, "carol", "AKIACAROLCAROLCAROL0", "carol-secret", AccessKeyStatus.ACTIVE)
        .createUser(B, "/", "dave")
        .importAccessKey(B, "dave", "AKIADAVEDAVEDAVEDAV0", "dave-secret", AccessKeyStatus.ACTIVE)
        .createRole(A, "/", "Deployer", doc(trust(aws(account))), 3600)
        .putRolePolicy(A, "Deployer", "work", doc(allow("ec2:*", "*"), allow("s3:GetObject", "*"),
            allow("sts:AssumeRole", "*")))
        .tagRole(A, "Deployer", Map.of("team", "ops", "tier", "gold"))
        .createRole(A, "/", "Long", doc(trust(aws(account))), 43_200)
        .putRolePolicy(A, "Long", "assume", doc(allow("sts:AssumeRole", "*")))
        .createRole(A, "/", "Direct", doc(trust(aws("arn:aws:iam::111122223333:user/bob"))), 3600)
        .createRole(A, "/", "MfaOnly", doc(whenBool(trust(aws(account)), "Bool", "aws:MultiFactorAuthPresent", true)), 3600)
        .createRole(A, "/", "External", doc(when(trust(aws(account)), "StringEquals", "sts:ExternalId", "ext-4711")), 3600)
        .createRole(A, "/", "Tagging", doc(trust(aws(account), "sts:AssumeRole", "sts:TagSession")), 3600)
        .createRole(A, "/", "SourceId", doc(trust(aws(account), "sts:AssumeRole", "sts:SetSourceIdentity")), 3600)
        .putRolePolicy(A, "SourceId", "assume", doc(allow("sts:AssumeRole", "*"), allow("sts:SetSourceIdentity", "*")))
        .createRole(A, "/", "AppServer", doc(trust(service("ec2.amazonaws.com"))), 3600)
        .createRole(A, "/", "CrossAccount", doc(trust(aws("444455556666"))), 3600)
        .build();
    iam = Iam.builder().directory(world).clock(clock).random(seeded()).passwordHashIterations(1_000).build();
    alice = iam.authenticate("AKIAALICEALICEALICE0", "alice-secret");
    bob = iam.authenticate("AKIABOBBOBBOBBOBBOB0", "bob-secret");
    carol = iam.authenticate("AKIACAROLCAROLCAROL0", "carol-secret");
    dave = iam.authenticate("AKIADAVEDAVEDAVEDAV0", "dave-secret");
  }

  private AssumeRoleResult assume(Session caller, AssumeRoleRequest.Builder request) {
    return iam.assumeRole(caller, request.build());
  }

  private static AssumeRoleRequest.Builder role(String name) {
    return AssumeRoleRequest.builder(ROLE + name, "s1");
  }

  private static void assertCode(Runnable call, String code) {
    assertThatThrownBy(call::run).isInstanceOf(AwsErrorException.class)
        .satisfies(e -> assertThat(((AwsErrorException) e).errorCode()).as(e.getMessage()).isEqualTo(code));
  }

  @Nested
  @DisplayName("S8.12 validation examples")
  class Validation {
    @Test
    void role_session_name_rules() {
      assertCode(() -> iam.assumeRole(alice, AssumeRoleRequest.of(ROLE + "Deployer", "a")), "ValidationError");
      assertCode(() -> iam.assumeRole(alice, AssumeRoleRequest.of(ROLE + "Deployer", "deploy session")), "ValidationError");
      assertCode(() -> iam.assumeRole(alice, AssumeRoleRequest.of(ROLE + "Deployer", "x".repeat(65))), "ValidationError");
      iam.assumeRole(alice, AssumeRoleRequest.of(ROLE + "Deployer", "x".repeat(64)));
      iam.assumeRole(alice, AssumeRoleRequest.of(ROLE + "Deployer", "a+b=c,d.e@f-g"));
    }

    @Test
    void durations() {
      assertCode(() -> assume(alice, role("Long").durationSeconds(899)), "ValidationError");
      assertCode(() -> assume(alice, role("Long").durationSeconds(43_201)), "ValidationError");
      assertCode(() -> assume(alice, role("Deployer").durationSeconds(7200)), "ValidationError");
      assertThat(assume(alice, role("Long").durationSeconds(43_200)).credentials().expiration())
          .isEqualTo(START.plusSeconds(43_200));
      assertThat(assume(alice, role("Deployer")).credentials().expiration()).isEqualTo(START.plusSeconds(3600));
      assertThat(assume(alice, role("Deployer").durationSeconds(900)).credentials().expiration())
          .isEqualTo(START.plusSeconds(900));
    }

    @Test
    @DisplayName("S8.3: role chaining is capped at one hour, whatever the role's maximum")
    void chaining_cap() {
      Session deployer = assume(alice, role("Deployer")).session();
      assertCode(() -> assume(deployer, role("Long").durationSeconds(7200)), "ValidationError");
      assertThat(assume(deployer, role("Long").durationSeconds(3600)).session().kind()).isEqualTo(SessionKind.ASSUMED_ROLE);
    }

    @Test
    void external_id_token_code_source_identity_tags_and_policy_shapes() {
      assertCode(() -> assume(alice, role("External").externalId("x")), "ValidationError");
      assertCode(() -> assume(alice, role("External").externalId("ext 4711")), "ValidationError");
      assertCode(() -> assume(alice, role("MfaOnly").mfa(ALICE_MFA, "12345")), "ValidationError");
      assertCode(() -> assume(alice, role("MfaOnly").mfa(ALICE_MFA, "12345a")), "ValidationError");
      assertCode(() -> assume(alice, role("SourceId").sourceIdentity("aws:alice")), "ValidationError");
      AssumeRoleRequest.Builder many = role("Tagging");
      for (int i = 0; i < 51; i++) {
        many.tag("k" + i, "v");
      }
      assertCode(() -> assume(alice, many), "ValidationError");
      String longText = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
          + "\"Resource\":\"*\"}]}" + " ".repeat(2049);
      assertCode(() -> assume(alice, role("Deployer").policy(allowAll(), longText.substring(0, 2049))), "ValidationError");
      Policy noStatement = Policy.builder().version(PolicyVersion.V2012_10_17).build();
      assertCode(() -> assume(alice, role("Deployer").policy(noStatement)), "MalformedPolicyDocument");
    }

    @Test
    void root_is_refused() {
      Session root = iam.authenticate("AKIAROOTROOTEXAMPLE0", "root-secret");
      assertCode(() -> assume(root, role("Deployer")), "AccessDenied");
    }

    @Test
    void trust_that_does_not_allow_the_caller_is_access_denied() {
      assertThatThrownBy(() -> assume(alice, role("Direct"))).isInstanceOf(AccessDeniedException.class)
          .satisfies(e -> assertThat(((AccessDeniedException) e).evaluation()).isPresent());
      assertCode(() -> assume(alice, role("DoesNotExist")), "AccessDenied");
      assertCode(() -> iam.assumeRole(alice, AssumeRoleRequest.of("arn:aws:s3:::not-a-role-bucket", "s1")),
          "ValidationError");
    }
  }

  @Nested
  @DisplayName("S6.14 who the trust policy admits")
  class Trust {
    @Test
    @DisplayName("same account, trust names the account: the caller's own policy must allow")
    void account_principal_needs_identity_allow() {
      assume(alice, role("Deployer"));
      assertCode(() -> assume(bob, role("Deployer")), "AccessDenied");
    }

    @Test
    @DisplayName("same account, trust names the user: no identity policy needed")
    void direct_principal_suffices() {
      assertThat(assume(bob, role("Direct")).session().principal().principalArn().orElseThrow().toString())
          .isEqualTo(ROLE + "Direct");
    }

    @Test
    @DisplayName("cross account: the trust names the account and the caller's own policies allow")
    void cross_account() {
      AssumeRoleResult r = assume(carol, role("CrossAccount"));
      assertThat(r.assumedRoleArn().toString()).isEqualTo("arn:aws:sts::111122223333:assumed-role/CrossAccount/s1");
      assertCode(() -> assume(dave, role("CrossAccount")), "AccessDenied");
      assertCode(() -> assume(carol, role("Deployer")), "AccessDenied");
    }

    @Test
    @DisplayName("S8.10: a service assumes a role trusted to it; MaxSessionDuration does not bind it")
    void service_principal() {
      AssumeRoleResult r = iam.assumeRole(Session.service("ec2.amazonaws.com"),
          AssumeRoleRequest.builder(ROLE + "AppServer", "i-0abc").durationSeconds(7200).build());
      assertThat(r.session().kind()).isEqualTo(SessionKind.SERVICE_ROLE);
      assertCode(() -> iam.assumeRole(Session.service("lambda.amazonaws.com"), AssumeRoleRequest.of(ROLE + "AppServer", "fn")),
          "AccessDenied");
      assertCode(() -> assume(alice, role("AppServer")), "AccessDenied");
    }

    @Test
    @DisplayName("S8.4: ExternalId is compared by the trust policy; missing means absent")
    void external_id() {
      assume(alice, role("External").externalId("ext-4711"));
      assertCode(() -> assume(alice, role("External").externalId("ext-4712")), "AccessDenied");
      assertCode(() -> assume(alice, role("External")), "AccessDenied");
    }

    @Test
    @DisplayName("S8.4: MFA from SerialNumber + TokenCode, or from the caller's MFA session")
    void mfa() {
      assertCode(() -> assume(alice, role("MfaOnly")), "AccessDenied");
      assertCode(() -> assume(alice, role("MfaOnly").mfa(ALICE_MFA, "000000")), "AccessDenied");
      assertCode(() -> assume(bob, role("MfaOnly").mfa(ALICE_MFA, code(clock))), "AccessDenied");
      AssumeRoleResult r = assume(alice, role("MfaOnly").mfa(ALICE_MFA, code(clock)));
      assertThat(r.session().mfaAuthenticated()).isTrue();
      Session mfaSession = iam.getSessionToken(alice, GetSessionTokenRequest.of().withMfa(ALICE_MFA, code(clock))).session();
      assertThat(assume(mfaSession, role("MfaOnly")).session().mfaAuthenticated()).isTrue();
    }

    @Test
    @DisplayName("S8.6: session tags need sts:TagSession; they override role tags in aws:PrincipalTag")
    void session_tags() {
      assertCode(() -> assume(alice, role("Deployer").tag("team", "blue")), "AccessDenied");
      Session s = assume(alice, role("Tagging").tag("Team", "blue").tag("project", "x").transitiveTagKey("project"))
          .session();
      assertThat(s.sessionTags()).containsEntry("Team", "blue");
      assertThat(s.transitiveTagKeys()).containsExactly("project");
      // Chained: the transitive tag is inherited and may not be passed again.
      iam.update(d -> d.putRolePolicy(A, "Tagging", "assume", doc(allow("sts:AssumeRole", "*"), allow("sts:TagSession", "*"))));
      assertThat(assume(s, role("Tagging").tag("other", "1")).session().sessionTags()).containsEntry("project", "x");
      assertCode(() -> assume(s, role("Tagging").tag("Project", "y")), "ValidationError");
      assertCode(() -> assume(alice, role("Tagging").tag("a", "1").transitiveTagKey("b")), "ValidationError");
    }

    @Test
    @DisplayName("S8.7: SourceIdentity needs sts:SetSourceIdentity, persists through chaining, cannot change")
    void source_identity() {
      assertCode(() -> assume(alice, role("Deployer").sourceIdentity("alice")), "AccessDenied");
      AssumeRoleResult r = assume(alice, role("SourceId").sourceIdentity("alice"));
      assertThat(r.sourceIdentity()).contains("alice");
      Session chained = assume(r.session(), role("SourceId")).session();
      assertThat(chained.sourceIdentity()).contains("alice");
      assertCode(() -> assume(r.session(), role("SourceId").sourceIdentity("mallory")), "AccessDenied");
      // A chained session with a source identity needs sts:SetSourceIdentity in the next trust policy too.
      assertCode(() -> assume(r.session(), role("Deployer")), "AccessDenied");
      assertThat(iam.authorize(chained, "s3:GetObject", "*").decision()).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    @DisplayName("S6.14: a trust naming the calling role's ARN admits its sessions unless their session policy denies")
    void chaining_by_role_arn() {
      iam.update(d -> d.createRole(A, "/", "Chain", doc(trust(aws(ROLE + "Deployer")))));
      Session deployer = assume(alice, role("Deployer")).session();
      assertThat(assume(deployer, role("Chain")).assumedRoleArn().toString())
          .isEqualTo("arn:aws:sts::111122223333:assumed-role/Chain/s1");
      Session limited = assume(alice, role("Deployer").policy(doc(allow("ec2:*", "*")))).session();
      assertCode(() -> assume(limited, role("Chain")), "AccessDenied");
      assertCode(() -> assume(alice, role("Chain")), "AccessDenied");
    }

    @Test
    @DisplayName("S8.2: an explicit Deny of the caller or an SCP of the caller's account refuses")
    void denies_apply() {
      iam.update(d -> d.putUserPolicy(A, "alice", "no", doc(deny("sts:AssumeRole", ROLE + "Long"))));
      assertCode(() -> assume(alice, role("Long")), "AccessDenied");
      assume(alice, role("Deployer"));
      iam.update(d -> d.organization(new dev.iamkit.core.identity.Organization("o-a1b2c3d4e5", B,
          new dev.iamkit.core.identity.OrganizationalUnit("r-ab12", "Root", java.util.List.of(
              new dev.iamkit.core.eval.NamedPolicy("FullAWSAccess", allowAll()),
              new dev.iamkit.core.eval.NamedPolicy("NoSts", doc(deny("sts:*", "*")))),
              java.util.List.of(), java.util.List.of(A, B), java.util.List.of()))));
      assertCode(() -> assume(alice, role("Deployer")), "AccessDenied");
    }

    @Test
    void expired_callers_get_expired_token() {
      Session deployer = assume(alice, role("Deployer").durationSeconds(900)).session();
      clock.advance(Duration.ofSeconds(900));
      assertThatThrownBy(() -> assume(deployer, role("Long"))).isInstanceOf(ExpiredTokenException.class);
    }
  }

  @Nested
  @DisplayName("S8.8, S8.9 the result")
  class Result {
    @Test
    void session_identity_and_keys() {
      AssumeRoleResult r = assume(alice, role("Deployer"));
      String roleId = iam.directory().role(A, "Deployer").orElseThrow().roleId();
      assertThat(r.assumedRoleId()).isEqualTo(roleId + ":s1");
      assertThat(r.credentials().accessKeyId()).startsWith("ASIA");
      Principal.RoleSession p = (Principal.RoleSession) r.session().principal();
      assertThat(p.roleUniqueId()).contains(roleId);
      assertThat(r.session().tokenIssueTime()).contains(START);
      assertThat(r.session().expiration()).contains(START.plusSeconds(3600));
      assertThat(r.session().mfaAuthenticated()).isFalse();
    }

    @Test
    @DisplayName("S8.5: permissions are the role's intersected with the session policy")
    void session_policy_intersects() {
      Session s = assume(alice, role("Deployer").policy(doc(allow("ec2:Describe*", "*"), allow("iam:*", "*")))).session();
      assertThat(iam.authorize(s, "ec2:DescribeInstances", "*").decision()).isEqualTo(Decision.ALLOW);
      assertThat(iam.authorize(s, "ec2:StartInstances", "*").decision()).isEqualTo(Decision.IMPLICIT_DENY);
      assertThat(iam.authorize(s, "iam:CreateUser", "*").decision()).isEqualTo(Decision.IMPLICIT_DENY);
      Session plain = assume(alice, role("Deployer")).session();
      assertThat(iam.authorize(plain, "ec2:StartInstances", "*").decision()).isEqualTo(Decision.ALLOW);
      assertThat(iam.authorize(plain, "iam:CreateUser", "*").decision()).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    @DisplayName("S8.9: the new session's context keys")
    void context_of_the_session() {
      Session s = assume(alice, role("Tagging").tag("team", "blue")).session();
      iam.update(d -> d.tagRole(A, "Tagging", Map.of("Team", "ops", "tier", "gold")));
      iam.update(d -> d.putRolePolicy(A, "Tagging", "p", doc(
          when(allow("s3:GetObject", "*"), "StringEquals", "aws:PrincipalTag/team", "blue"),
          when(allow("s3:PutObject", "*"), "StringEquals", "aws:PrincipalTag/tier", "gold"),
          whenBool(allow("s3:DeleteObject", "*"), "Bool", "aws:MultiFactorAuthPresent", false),
          when(allow("s3:ListBucket", "*"), "StringEquals", "aws:userid",
              iam.directory().role(A, "Tagging").orElseThrow().roleId() + ":s1"),
          when(allow("s3:GetBucketPolicy", "*"), "Null", "aws:username", "true"))));
      for (String action : new String[] {"s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:ListBucket",
          "s3:GetBucketPolicy"}) {
        assertThat(iam.authorize(s, action, "arn:aws:s3:::b/k").decision()).as(action).isEqualTo(Decision.ALLOW);
      }
    }
  }

  @Nested
  @DisplayName("S8.11 GetSessionToken")
  class GetSessionToken {
    @Test
    void durations_for_users_and_root() {
      GetSessionTokenResult r = iam.getSessionToken(alice, GetSessionTokenRequest.of());
      assertThat(r.credentials().expiration()).isEqualTo(START.plusSeconds(43_200));
      assertThat(r.session().kind()).isEqualTo(SessionKind.SESSION_TOKEN);
      assertThat(r.session().principal()).isEqualTo(alice.principal());
      iam.getSessionToken(alice, GetSessionTokenRequest.of().withDurationSeconds(129_600));
      assertCode(() -> iam.getSessionToken(alice, GetSessionTokenRequest.of().withDurationSeconds(129_601)),
          "ValidationError");
      assertCode(() -> iam.getSessionToken(alice, GetSessionTokenRequest.of().withDurationSeconds(899)),
          "ValidationError");
      Session root = iam.authenticate("AKIAROOTROOTEXAMPLE0", "root-secret");
      assertThat(iam.getSessionToken(root, GetSessionTokenRequest.of()).credentials().expiration())
          .isEqualTo(START.plusSeconds(3600));
      assertCode(() -> iam.getSessionToken(root, GetSessionTokenRequest.of().withDurationSeconds(3601)),
          "ValidationError");
    }

    @Test
    void mfa_code_makes_an_mfa_session_and_a_wrong_code_is_access_denied() {
      Session s = iam.getSessionToken(alice, GetSessionTokenRequest.of().withMfa(ALICE_MFA, code(clock))).session();
      assertThat(s.mfaAuthenticated()).isTrue();
      assertThat(s.mfaAuthenticatedAt()).contains(START);
      assertCode(() -> iam.getSessionToken(alice, GetSessionTokenRequest.of().withMfa(ALICE_MFA, "000000")),
          "AccessDenied");
      assertCode(() -> iam.getSessionToken(alice, GetSessionTokenRequest.of().withMfa(ALICE_MFA, "0000")),
          "ValidationError");
    }

    @Test
    void temporary_credentials_cannot_call_it() {
      Session t = iam.getSessionToken(alice, GetSessionTokenRequest.of()).session();
      assertCode(() -> iam.getSessionToken(t, GetSessionTokenRequest.of()), "AccessDenied");
      Session role = assume(alice, role("Deployer")).session();
      assertCode(() -> iam.getSessionToken(role, GetSessionTokenRequest.of()), "AccessDenied");
    }

    @Test
    @DisplayName("S5.2: MFA keys: absent for access keys, present for temporary credentials")
    void mfa_context_keys() {
      iam.update(d -> d.putUserPolicy(A, "alice", "mfa", doc(
          whenBool(allow("s3:GetObject", "*"), "Bool", "aws:MultiFactorAuthPresent", true),
          whenBool(allow("s3:PutObject", "*"), "BoolIfExists", "aws:MultiFactorAuthPresent", true),
          when(allow("s3:DeleteObject", "*"), "NumericLessThan", "aws:MultiFactorAuthAge", "600"))));
      Session mfa = iam.getSessionToken(alice, GetSessionTokenRequest.of().withMfa(ALICE_MFA, code(clock))).session();
      Session plain = iam.getSessionToken(alice, GetSessionTokenRequest.of()).session();
      assertThat(iam.authorize(alice, "s3:GetObject", "*").decision()).isEqualTo(Decision.IMPLICIT_DENY);
      assertThat(iam.authorize(alice, "s3:PutObject", "*").decision()).isEqualTo(Decision.ALLOW);
      assertThat(iam.authorize(plain, "s3:PutObject", "*").decision()).isEqualTo(Decision.IMPLICIT_DENY);
      assertThat(iam.authorize(mfa, "s3:GetObject", "*").decision()).isEqualTo(Decision.ALLOW);
      assertThat(iam.authorize(mfa, "s3:DeleteObject", "*").decision()).isEqualTo(Decision.ALLOW);
      clock.advance(Duration.ofMinutes(11));
      assertThat(iam.authorize(mfa, "s3:DeleteObject", "*").decision()).isEqualTo(Decision.IMPLICIT_DENY);
      assertThat(iam.authorize(mfa, "s3:GetObject", "*", Map.of("aws:MultiFactorAuthPresent", ContextValue.bool(false)))
          .decision()).as("explicit context wins").isEqualTo(Decision.IMPLICIT_DENY);
      assertThat(Instant.now()).isNotNull();
    }
  }
}
