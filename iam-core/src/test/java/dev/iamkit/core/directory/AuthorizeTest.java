package dev.iamkit.core.directory;

import static dev.iamkit.core.directory.TestWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.credentials.AccessKeyStatus;
import dev.iamkit.core.credentials.ExpiredTokenException;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.EvaluationWarning;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.identity.Organization;
import dev.iamkit.core.identity.OrganizationalUnit;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.sts.AssumeRoleRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Iam.authorize: the gathered policy set (S6.1) and the context keys the directory fills (S5.9). */
class AuthorizeTest {
  static final NamedPolicy FULL = new NamedPolicy("FullAWSAccess", allowAll());
  static final String BUCKET = "arn:aws:s3:::reports";
  private MutableClock clock;
  private Iam iam;
  private Session alice;
  private Session carol;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(START);
    NamedPolicy denyRegions = new NamedPolicy("DenyEuWest", doc(when(deny("*", "*"), "StringEquals",
        "aws:RequestedRegion", "eu-west-1")));
    NamedPolicy rcpDenyOutside = new NamedPolicy("OnlyOrg", doc(when(deny("s3:*", "*").principal(
        dev.iamkit.core.policy.PrincipalElement.wildcard()), "StringNotEqualsIfExists", "aws:PrincipalOrgID",
        "o-a1b2c3d4e5")));
    OrganizationalUnit workloads = new OrganizationalUnit("ou-ab12-11111111", "Workloads", List.of(FULL, denyRegions),
        List.of(rcpDenyOutside), List.of(A), List.of());
    Organization org = new Organization("o-a1b2c3d4e5", MGMT,
        new OrganizationalUnit("r-ab12", "Root", List.of(FULL), List.of(), List.of(MGMT), List.of(workloads)));
    Directory world = Directory.builder(clock, seeded()).passwordHashIterations(1_000)
        .createAccount(A).createAccount(B).createAccount(MGMT).organization(org)
        .awsManagedPolicy("ReadOnlyAccess", doc(allow("s3:Get*", "*"), allow("s3:List*", "*")))
        .importRootAccessKey(A, "AKIAROOTAROOTAROOTA0", "root-a", AccessKeyStatus.ACTIVE)
        .importRootAccessKey(MGMT, "AKIAROOTMROOTMROOTM0", "root-m", AccessKeyStatus.ACTIVE)
        .createGroup(A, "/", "Developers").attachGroupPolicy(A, "Developers", "arn:aws:iam::aws:policy/ReadOnlyAccess")
        .putGroupPolicy(A, "Developers", "ec2", doc(allow("ec2:Describe*", "*")))
        .createUser(A, "/", "alice").addUserToGroup(A, "Developers", "alice").tagUser(A, "alice", Map.of("team", "blue"))
        .putUserPolicy(A, "alice", "tagged", doc(when(allow("ec2:StartInstances", "*"), "StringEquals",
            "aws:ResourceTag/team", "${aws:PrincipalTag/team}")))
        .importAccessKey(A, "alice", "AKIAALICEALICEALICE0", "s", AccessKeyStatus.ACTIVE)
        .createUser(B, "/", "carol").putUserPolicy(B, "carol", "s3", doc(allow("s3:*", "*")))
        .importAccessKey(B, "carol", "AKIACAROLCAROLCAROL0", "s", AccessKeyStatus.ACTIVE)
        .putResourcePolicy(A, BUCKET, doc(allow("s3:GetObject", BUCKET + "/*").principal(aws("444455556666"))))
        .tagResource(A, "arn:aws:ec2:us-east-1:111122223333:instance/i-blue", Map.of("team", "blue"))
        .tagResource(A, "arn:aws:ec2:us-east-1:111122223333:instance/i-red", Map.of("team", "red"))
        .build();
    iam = Iam.builder().directory(world).clock(clock).random(seeded()).passwordHashIterations(1_000).build();
    alice = iam.authenticate("AKIAALICEALICEALICE0", "s");
    carol = iam.authenticate("AKIACAROLCAROLCAROL0", "s");
  }

  @Test
  @DisplayName("S6.9: a user's own, group inline and group managed (AWS managed) policies all count")
  void user_and_group_policies() {
    assertThat(iam.authorize(alice, "s3:GetObject", BUCKET + "/x").decision()).isEqualTo(Decision.ALLOW);
    assertThat(iam.authorize(alice, "ec2:DescribeInstances", "*").decision()).isEqualTo(Decision.ALLOW);
    assertThat(iam.authorize(alice, "s3:PutObject", BUCKET + "/x").decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  @DisplayName("S5.5, S4: aws:ResourceTag from the directory, aws:PrincipalTag from the user's tags")
  void tags() {
    assertThat(iam.authorize(alice, "ec2:StartInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-blue")
        .decision()).isEqualTo(Decision.ALLOW);
    assertThat(iam.authorize(alice, "ec2:StartInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-red")
        .decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  @DisplayName("S9.6: SCPs along the OU path restrict member accounts")
  void scps() {
    var ctx = Map.of("aws:RequestedRegion", dev.iamkit.core.eval.ContextValue.string("eu-west-1"));
    var e = iam.authorize(alice, "s3:GetObject", BUCKET + "/x", ctx);
    assertThat(e.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(e.matchedStatements()).anySatisfy(m -> assertThat(m.kind()).isEqualTo(PolicyKind.SCP));
  }

  @Test
  @DisplayName("S6.11: root is allowed in its account except for SCPs; the management account is exempt")
  void root() {
    Session rootA = iam.authenticate("AKIAROOTAROOTAROOTA0", "root-a");
    var ctx = Map.of("aws:RequestedRegion", dev.iamkit.core.eval.ContextValue.string("eu-west-1"));
    assertThat(iam.authorize(rootA, "ec2:TerminateInstances", "arn:aws:ec2:us-east-1:111122223333:instance/i-1")
        .decision()).isEqualTo(Decision.ALLOW);
    assertThat(iam.authorize(rootA, "ec2:TerminateInstances", "arn:aws:ec2:eu-west-1:111122223333:instance/i-1", ctx)
        .decision()).isEqualTo(Decision.EXPLICIT_DENY);
    Session rootM = iam.authenticate("AKIAROOTMROOTMROOTM0", "root-m");
    assertThat(iam.authorize(rootM, "ec2:TerminateInstances", "arn:aws:ec2:eu-west-1:999988887777:instance/i-1", ctx)
        .decision()).isEqualTo(Decision.ALLOW);
  }

  @Test
  @DisplayName("S6.10, S6.5: a bucket policy grants across accounts, unless an RCP of the bucket's account denies")
  void resource_policy_and_rcp() {
    var e = iam.authorize(carol, "s3:GetObject", BUCKET + "/2026/q1.csv");
    // carol's account is outside the organization: the RCP of account A denies (aws:PrincipalOrgID absent).
    assertThat(e.decision()).isEqualTo(Decision.EXPLICIT_DENY);
    assertThat(e.matchedStatements()).anySatisfy(m -> assertThat(m.kind()).isEqualTo(PolicyKind.RCP));
    iam.update(d -> d.organization(new Organization("o-a1b2c3d4e5", MGMT, new OrganizationalUnit("r-ab12", "Root",
        List.of(FULL), List.of(), List.of(MGMT, A, B), List.of()))));
    assertThat(iam.authorize(carol, "s3:GetObject", BUCKET + "/2026/q1.csv").decision()).isEqualTo(Decision.ALLOW);
    assertThat(iam.authorize(carol, "s3:PutObject", BUCKET + "/2026/q1.csv").decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  @DisplayName("S5.1, S5.7: organization keys of principal and resource")
  void organization_keys() {
    iam.update(d -> d.putUserPolicy(A, "alice", "org", doc(
        when(allow("sqs:SendMessage", "*"), "StringEquals", "aws:PrincipalOrgID", "o-a1b2c3d4e5"),
        when(allow("sqs:ReceiveMessage", "*"), "StringEquals", "aws:ResourceOrgID", "o-a1b2c3d4e5"),
        when(allow("sqs:DeleteMessage", "*"), "ForAnyValue:StringLike", "aws:PrincipalOrgPaths", "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/"),
        when(allow("sqs:PurgeQueue", "*"), "StringEquals", "aws:ResourceAccount", "111122223333"))));
    String queue = "arn:aws:sqs:us-east-1:111122223333:q";
    for (String action : List.of("sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:PurgeQueue")) {
      assertThat(iam.authorize(alice, action, queue).decision()).as(action).isEqualTo(Decision.ALLOW);
    }
    assertThat(iam.authorize(alice, "sqs:PurgeQueue", "arn:aws:sqs:us-east-1:444455556666:q").decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  @DisplayName("S6.9: a permissions boundary limits the user")
  void boundary() {
    iam.update(d -> d.createPolicy(A, "/", "OnlyEc2", doc(allow("ec2:*", "*")))
        .putUserPermissionsBoundary(A, "alice", "arn:aws:iam::111122223333:policy/OnlyEc2"));
    assertThat(iam.authorize(alice, "s3:GetObject", BUCKET + "/x").decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(iam.authorize(alice, "ec2:DescribeInstances", "*").decision()).isEqualTo(Decision.ALLOW);
  }

  @Test
  @DisplayName("S6.14: authorize on a role ARN with sts:AssumeRole uses the trust policy")
  void trust_policy_as_resource_policy() {
    iam.update(d -> d.createRole(A, "/", "R", doc(trust(aws("arn:aws:iam::111122223333:user/alice"))), 3600));
    assertThat(iam.authorize(alice, "sts:AssumeRole", "arn:aws:iam::111122223333:role/R").decision())
        .isEqualTo(Decision.ALLOW);
    assertThat(iam.authorize(carol, "sts:AssumeRole", "arn:aws:iam::111122223333:role/R").decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  void expired_sessions_cannot_be_authorized() {
    iam.update(d -> d.createRole(A, "/", "App", doc(trust(service("ec2.amazonaws.com"))), 3600)
        .putRolePolicy(A, "App", "p", doc(allow("s3:GetObject", "*"))));
    Session s = iam.assumeRole(Session.service("ec2.amazonaws.com"),
        AssumeRoleRequest.builder("arn:aws:iam::111122223333:role/App", "i-1234").durationSeconds(900).build()).session();
    assertThat(iam.authorize(s, "s3:GetObject", BUCKET + "/x").decision()).isEqualTo(Decision.ALLOW);
    clock.advance(Duration.ofSeconds(900));
    assertThatThrownBy(() -> iam.authorize(s, "s3:GetObject", BUCKET + "/x")).isInstanceOf(ExpiredTokenException.class);
  }

  @Test
  @DisplayName("issue 13 §5: on an entity AWS protects, the policies' decision stands and a warning says the service refuses")
  void protected_entities_are_answered_with_a_warning() {
    Session rootA = iam.authenticate("AKIAROOTAROOTAROOTA0", "root-a");
    String awsManaged = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    var allowed = iam.authorize(rootA, "iam:DeletePolicy", awsManaged);
    assertThat(allowed.decision()).isEqualTo(Decision.ALLOW);
    // (an AWS managed policy's ARN names no account, so the evaluation also notes the account it assumed)
    assertThat(allowed.warnings()).filteredOn(w -> w.code() == EvaluationWarning.Code.SERVICE_WOULD_REFUSE)
        .singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(EvaluationWarning.Code.SERVICE_WOULD_REFUSE);
      assertThat(w.message()).startsWith("UnmodifiableEntity").contains(awsManaged);
    });
    var denied = iam.authorize(alice, "iam:DeletePolicy", awsManaged);
    assertThat(denied.decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(denied.warnings()).extracting(EvaluationWarning::code)
        .contains(EvaluationWarning.Code.SERVICE_WOULD_REFUSE);
    assertThat(iam.authorize(rootA, "iam:GetPolicy", awsManaged).warnings()).extracting(EvaluationWarning::code)
        .doesNotContain(EvaluationWarning.Code.SERVICE_WOULD_REFUSE);
  }

  @Test
  @DisplayName("S5.9: a key the caller gives, in any case, wins over the principal or resource key the directory fills")
  void caller_keys_win_over_filled_keys() {
    String blue = "arn:aws:ec2:us-east-1:111122223333:instance/i-blue";
    String red = "arn:aws:ec2:us-east-1:111122223333:instance/i-red";
    var principalTag = Map.of("AWS:PRINCIPALTAG/TEAM", dev.iamkit.core.eval.ContextValue.string("red"));
    assertThat(iam.authorize(alice, "ec2:StartInstances", red, principalTag).decision()).isEqualTo(Decision.ALLOW);
    assertThat(iam.authorize(alice, "ec2:StartInstances", blue, principalTag).decision())
        .isEqualTo(Decision.IMPLICIT_DENY);
    var resourceTag = Map.of("aws:resourcetag/team", dev.iamkit.core.eval.ContextValue.string("blue"));
    assertThat(iam.authorize(alice, "ec2:StartInstances", red, resourceTag).decision()).isEqualTo(Decision.ALLOW);
    // and the next request without them gets the directory's keys again
    assertThat(iam.authorize(alice, "ec2:StartInstances", red).decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  @DisplayName("S5.9: what is gathered once per snapshot follows every change: tags, policies, resource tags")
  void gathered_keys_and_policies_follow_each_change() {
    String blue = "arn:aws:ec2:us-east-1:111122223333:instance/i-blue";
    String red = "arn:aws:ec2:us-east-1:111122223333:instance/i-red";
    assertThat(iam.authorize(alice, "ec2:StartInstances", blue).decision()).isEqualTo(Decision.ALLOW);
    iam.tagUser(A, "alice", Map.of("team", "red"));
    assertThat(iam.authorize(alice, "ec2:StartInstances", blue).decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(iam.authorize(alice, "ec2:StartInstances", red).decision()).isEqualTo(Decision.ALLOW);
    iam.update(d -> d.tagResource(A, red, Map.of("team", "green")));
    assertThat(iam.authorize(alice, "ec2:StartInstances", red).decision()).isEqualTo(Decision.IMPLICIT_DENY);
    iam.deleteUserPolicy(A, "alice", "tagged");
    iam.update(d -> d.tagResource(A, red, Map.of("team", "red")));
    assertThat(iam.authorize(alice, "ec2:StartInstances", red).decision()).isEqualTo(Decision.IMPLICIT_DENY);
    iam.removeUserFromGroup(A, "Developers", "alice");
    assertThat(iam.authorize(alice, "s3:GetObject", BUCKET + "/x").decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  @DisplayName("S5.3: aws:CurrentTime and aws:EpochTime are the clock's at each request, not the first request's")
  void time_keys_follow_the_clock() {
    iam.putUserPolicy(A, "alice", "until", doc(
        when(allow("sqs:SendMessage", "*"), "DateLessThan", "aws:CurrentTime", "2026-01-01T00:00:05Z"),
        when(allow("sqs:ReceiveMessage", "*"), "DateLessThan", "aws:EpochTime", "1767225605")));
    String queue = "arn:aws:sqs:us-east-1:111122223333:q";
    assertThat(iam.authorize(alice, "sqs:SendMessage", queue).decision()).isEqualTo(Decision.ALLOW);
    assertThat(iam.authorize(alice, "sqs:ReceiveMessage", queue).decision()).isEqualTo(Decision.ALLOW);
    clock.advance(Duration.ofMillis(4_999));
    assertThat(iam.authorize(alice, "sqs:SendMessage", queue).decision()).isEqualTo(Decision.ALLOW);
    clock.advance(Duration.ofMillis(1));
    assertThat(iam.authorize(alice, "sqs:SendMessage", queue).decision()).isEqualTo(Decision.IMPLICIT_DENY);
    assertThat(iam.authorize(alice, "sqs:ReceiveMessage", queue).decision()).isEqualTo(Decision.IMPLICIT_DENY);
  }
}
