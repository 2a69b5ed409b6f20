package dev.iamkit.bench;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.credentials.AccessKeyStatus;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.directory.Iam;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.identity.Organization;
import dev.iamkit.core.identity.OrganizationalUnit;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.sts.AssumeRoleRequest;
import dev.iamkit.core.sts.AssumeRoleResult;
import dev.iamkit.json.PolicyReader;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W4 (full path) and W5 (AssumeRole) over an {@link Iam} service holding one member account of an organization
 * (two SCP levels, one of them a region fence) with 1,000 users in 20 groups (each group a customer managed and an
 * inline policy, plus an AWS managed policy), 500 roles (a trust policy, an AWS managed and an inline policy each),
 * an access key per user and a bucket policy; passwords are hashed with 1,000 PBKDF2 iterations. The operations
 * take users and roles round-robin from the first 64, so no single entity stays hot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DirectoryBenchmark {
  static final AccountId ACCOUNT = AccountId.parse("111122223333");
  static final AccountId MANAGEMENT = AccountId.parse("999988887777");
  static final int USERS = 1_000;
  static final int ROLES = 500;
  static final int GROUPS = 20;
  static final int ROTATION = 64;
  static final String BUCKET = "arn:aws:s3:::bench-reports";
  static final String OBJECT = BUCKET + "/2026/q1.csv";

  private Iam iam = Iam.builder().clock(Clock.systemUTC()).random(new SecureRandom()).build();
  private final String[] keyIds = new String[ROTATION];
  private final String[] secrets = new String[ROTATION];
  private final Session[] sessions = new Session[ROTATION];
  private final String[] roleArns = new String[ROTATION];
  private final Map<String, ContextValue> context = Map.of(
      "aws:RequestedRegion", ContextValue.string("us-east-1"),
      "aws:SourceIp", ContextValue.ip("203.0.113.7"),
      "aws:SecureTransport", ContextValue.bool(true));
  private int next;

  /** Builds the directory and checks that the timed operations succeed as intended. */
  @Setup(Level.Trial)
  public void build() {
    Clock clock = Clock.fixed(BenchFiles.NOW, ZoneOffset.UTC);
    Directory world = world(clock);
    iam = Iam.builder().directory(world).clock(clock).random(seeded()).passwordHashIterations(1_000).build();
    for (int i = 0; i < ROTATION; i++) {
      keyIds[i] = keyId(i);
      secrets[i] = secret(i);
      sessions[i] = iam.authenticate(keyIds[i], secrets[i]);
      roleArns[i] = "arn:aws:iam::" + ACCOUNT + ":role/service/" + roleName(i * (ROLES / ROTATION));
      Evaluation e = iam.authorize(sessions[i], "s3:GetObject", OBJECT, context);
      if (e.decision() != Decision.ALLOW) {
        throw new IllegalStateException(keyIds[i] + " should be allowed to read the object, was " + e.decision().id());
      }
    }
    Evaluation denied = iam.authorize(sessions[0], "s3:GetObject", OBJECT,
        Map.of("aws:RequestedRegion", ContextValue.string("sa-east-1")));
    if (denied.decision() != Decision.EXPLICIT_DENY) {
      throw new IllegalStateException("the region SCP should deny, was " + denied.decision().id());
    }
    iam.assumeRole(sessions[0], AssumeRoleRequest.of(roleArns[0], "bench"));
  }

  static Directory world(Clock clock) {
    PolicyReader reader = PolicyReader.standard();
    NamedPolicy fullAccess = new NamedPolicy("FullAWSAccess", reader.read("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}"""));
    NamedPolicy regionFence = new NamedPolicy("RegionFence", reader.read("""
        {"Version": "2012-10-17", "Statement": [{"Sid": "DenyOutsideRegions", "Effect": "Deny",
          "NotAction": ["iam:*", "sts:*", "organizations:*", "support:*"], "Resource": "*",
          "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["us-east-1", "eu-west-1"]}}}]}"""));
    OrganizationalUnit workloads = new OrganizationalUnit("ou-ab12-11111111", "Workloads",
        List.of(fullAccess, regionFence), List.of(), List.of(ACCOUNT), List.of());
    Organization org = new Organization("o-a1b2c3d4e5", MANAGEMENT,
        new OrganizationalUnit("r-ab12", "Root", List.of(fullAccess), List.of(), List.of(MANAGEMENT),
            List.of(workloads)));
    Directory.Builder d = Directory.builder(clock, seeded()).passwordHashIterations(1_000)
        .createAccount(ACCOUNT).createAccount(MANAGEMENT).organization(org)
        .awsManagedPolicy("ReadOnlyAccess", reader.read("""
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
              "Action": ["s3:Get*", "s3:List*", "ec2:Describe*", "iam:Get*", "iam:List*", "cloudwatch:Get*"],
              "Resource": "*"}]}"""));
    Policy trust = reader.read("""
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": ["sts:AssumeRole", "sts:TagSession"],
          "Condition": {"StringEquals": {"aws:PrincipalTag/department": "engineering"}}}]}""");
    for (int g = 0; g < GROUPS; g++) {
      String group = String.format(Locale.ROOT, "team-%02d", g);
      d.createPolicy(ACCOUNT, "/", group + "-data", reader.read(String.format(Locale.ROOT, """
          {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::team-%1$02d-*/*"},
            {"Effect": "Allow", "Action": "dynamodb:*", "Resource": "arn:aws:dynamodb:*:111122223333:table/team-%1$02d-*"},
            {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}]}""", g)));
      d.createGroup(ACCOUNT, "/teams/", group)
          .attachGroupPolicy(ACCOUNT, group, "arn:aws:iam::" + ACCOUNT + ":policy/" + group + "-data")
          .attachGroupPolicy(ACCOUNT, group, "arn:aws:iam::aws:policy/ReadOnlyAccess")
          .putGroupPolicy(ACCOUNT, group, "assume-team-roles", reader.read("""
              {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                "Resource": "arn:aws:iam::111122223333:role/*"}]}"""));
    }
    for (int u = 0; u < USERS; u++) {
      String user = String.format(Locale.ROOT, "user-%04d", u);
      d.createUser(ACCOUNT, "/staff/", user)
          .addUserToGroup(ACCOUNT, String.format(Locale.ROOT, "team-%02d", u % GROUPS), user)
          .tagUser(ACCOUNT, user, Map.of("department", "engineering", "team", "team-" + (u % GROUPS)))
          .importAccessKey(ACCOUNT, user, keyId(u), secret(u), AccessKeyStatus.ACTIVE);
    }
    for (int r = 0; r < ROLES; r++) {
      String role = roleName(r);
      d.createRole(ACCOUNT, "/service/", role, trust)
          .attachRolePolicy(ACCOUNT, role, "arn:aws:iam::aws:policy/ReadOnlyAccess")
          .putRolePolicy(ACCOUNT, role, "queue", reader.read(String.format(Locale.ROOT, """
              {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sqs:SendMessage",
                "sqs:ReceiveMessage"], "Resource": "arn:aws:sqs:us-east-1:111122223333:queue-%03d"}]}""", r)));
    }
    d.putResourcePolicy(ACCOUNT, BUCKET, reader.read("""
        {"Version": "2012-10-17", "Statement": [
          {"Sid": "OrgRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
           "Resource": "arn:aws:s3:::bench-reports/*",
           "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}},
          {"Sid": "TlsOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
           "Resource": ["arn:aws:s3:::bench-reports", "arn:aws:s3:::bench-reports/*"],
           "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}"""));
    return d.build();
  }

  static String keyId(int user) {
    return String.format(Locale.ROOT, "AKIABENCH%011d", user);
  }

  static String secret(int user) {
    return String.format(Locale.ROOT, "bench/secret/%04d/wJalrXUtnFEMIK7MDENGbPxRfiCY", user);
  }

  static String roleName(int role) {
    return String.format(Locale.ROOT, "role-%03d", role);
  }

  static SecureRandom seeded() {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(42L);
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == ROTATION ? 0 : i + 1;
    return i;
  }

  /** W4: authenticate with an access key, gather the user's policy set from the directory, evaluate. */
  @Benchmark
  public Evaluation fullPath() {
    int i = nextIndex();
    Session s = iam.authenticate(keyIds[i], secrets[i]);
    return iam.authorize(s, "s3:GetObject", OBJECT, context);
  }

  /** W4, first half: authenticating with an access key (the secret checked against its stored hash). */
  @Benchmark
  public Session authenticate() {
    int i = nextIndex();
    return iam.authenticate(keyIds[i], secrets[i]);
  }

  /** W4, second half: gathering the policy set of an authenticated user and evaluating. */
  @Benchmark
  public Evaluation authorize() {
    return iam.authorize(sessions[nextIndex()], "s3:GetObject", OBJECT, context);
  }

  /** W5: {@code Iam.assumeRole}: the caller's identity policies and the role's trust policy, then new credentials. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public AssumeRoleResult assumeRole() {
    int i = nextIndex();
    return iam.assumeRole(sessions[i], AssumeRoleRequest.of(roleArns[i], "bench"));
  }
}
