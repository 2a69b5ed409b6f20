package dev.iamkit.testkit.internal;

import dev.iamkit.core.policy.Action;
import java.util.List;

/**
 * The shared vocabulary of iam-testkit's generators: accounts, principals, actions, resources and
 * context keys that policies and requests draw from, so that generated statements often apply to
 * generated requests. All constants; the first entry of each list is the simplest (shrink target).
 */
public final class Vocabulary {
  private Vocabulary() {}

  public static final String MEMBER = "111122223333";
  public static final String OTHER = "444455556666";
  public static final String MANAGEMENT = "999988887777";

  /** Accounts that principals and resources live in. */
  public static final List<String> ACCOUNTS = List.of(MEMBER, OTHER);

  public static final List<String> USER_NAMES = List.of("alice", "bob");
  /** User paths: the part between {@code user} and the name, always starting and ending with {@code /}. */
  public static final List<String> PATHS = List.of("/", "/engineering/");
  public static final List<String> ROLE_NAMES = List.of("Admin", "ReadOnly", "Deploy");
  public static final List<String> SESSION_NAMES = List.of("alice", "ci", "i-0abcd1234");
  public static final List<String> FEDERATED_NAMES = List.of("carol");
  public static final List<String> SERVICES = List.of("lambda.amazonaws.com", "cloudtrail.amazonaws.com",
      "ec2.amazonaws.com");
  public static final List<String> OIDC_PROVIDERS = List.of("cognito-identity.amazonaws.com", "accounts.google.com");

  /** Unique ID of user {@code alice} ({@code AIDA...}). */
  public static final String ALICE_ID = "AIDAJQABLZS4A3QDU576Q";
  /** Unique ID of user {@code bob}. */
  public static final String BOB_ID = "AIDAIOSFODNN7EXAMPLE2";
  /** Unique ID of every generated role ({@code AROA...}); roles in different accounts are still told apart by ARN. */
  public static final String ROLE_ID = "AROA3XFRBF535PLBIFPI4";

  /**
   * A request action with the resources it is requested on. {@code RESOURCE_*} placeholders: see
   * {@link #resourceArn}.
   *
   * @param action {@code service:Operation} as AWS sends it
   * @param resources resource shapes; {@code *} for actions without resource-level permissions
   */
  public record RequestAction(String action, List<String> resources) {}

  /** Request actions; shapes use {@code {A}} for an account ID and {@code {U}} for a user name. */
  public static final List<RequestAction> REQUEST_ACTIONS = List.of(
      new RequestAction("s3:GetObject", List.of("arn:aws:s3:::example-bucket/home/{U}/notes.txt",
          "arn:aws:s3:::example-bucket/public/index.html", "arn:aws:s3:::logs-{A}/2026/01/app.log")),
      new RequestAction("s3:PutObject", List.of("arn:aws:s3:::example-bucket/home/{U}/notes.txt",
          "arn:aws:s3:::logs-{A}/2026/01/app.log")),
      new RequestAction("s3:DeleteObject", List.of("arn:aws:s3:::example-bucket/public/index.html")),
      new RequestAction("s3:ListBucket", List.of("arn:aws:s3:::example-bucket", "arn:aws:s3:::logs-{A}")),
      new RequestAction("s3:ListAllMyBuckets", List.of("*")),
      new RequestAction("dynamodb:GetItem", List.of("arn:aws:dynamodb:us-east-1:{A}:table/Orders")),
      new RequestAction("dynamodb:PutItem", List.of("arn:aws:dynamodb:us-east-1:{A}:table/Orders",
          "arn:aws:dynamodb:eu-west-1:{A}:table/Audit")),
      new RequestAction("dynamodb:Query", List.of("arn:aws:dynamodb:us-east-1:{A}:table/Orders/index/ByDate")),
      new RequestAction("sqs:SendMessage", List.of("arn:aws:sqs:us-east-1:{A}:queue1")),
      new RequestAction("sqs:ReceiveMessage", List.of("arn:aws:sqs:us-east-1:{A}:queue1")),
      new RequestAction("ec2:DescribeInstances", List.of("*")),
      new RequestAction("ec2:StartInstances", List.of("arn:aws:ec2:us-east-1:{A}:instance/i-0abcd1234")),
      new RequestAction("ec2:TerminateInstances", List.of("arn:aws:ec2:us-east-1:{A}:instance/i-0abcd1234")),
      new RequestAction("iam:ListUsers", List.of("*")),
      new RequestAction("iam:GetUser", List.of("arn:aws:iam::{A}:user/{U}")),
      new RequestAction("iam:CreateAccessKey", List.of("arn:aws:iam::{A}:user/{U}")),
      new RequestAction("iam:PassRole", List.of("arn:aws:iam::{A}:role/Deploy")),
      new RequestAction("sts:AssumeRole", List.of("arn:aws:iam::{A}:role/Admin", "arn:aws:iam::{A}:role/Deploy")),
      new RequestAction("sts:TagSession", List.of("arn:aws:iam::{A}:role/Deploy")),
      new RequestAction("sts:GetCallerIdentity", List.of("*")),
      new RequestAction("kms:Decrypt", List.of("arn:aws:kms:us-east-1:{A}:key/1234abcd-12ab-34cd-56ef-1234567890ab")),
      new RequestAction("lambda:InvokeFunction", List.of("arn:aws:lambda:us-east-1:{A}:function:process-orders")));

  /** The request resource for {@code shape} in {@code account} for user {@code user}. */
  public static String resourceArn(String shape, String account, String user) {
    return shape.replace("{A}", account).replace("{U}", user);
  }

  /** Action entries of identity-like policies: exact names, service and partial wildcards, odd case. */
  public static final List<String> ACTION_ENTRIES = List.of(
      "s3:GetObject", "s3:PutObject", "s3:ListBucket", "s3:DeleteObject", "s3:*", "s3:Get*", "s3:*Object",
      "s3:?etObject", "S3:getobject", "s3:List*", "s3:ListAllMyBuckets",
      "dynamodb:GetItem", "dynamodb:*", "DynamoDB:Query", "dynamodb:Put*",
      "sqs:SendMessage", "sqs:*", "sqs:Receive*",
      "ec2:DescribeInstances", "ec2:Describe*", "ec2:*Instances", "EC2:TerminateInstances",
      "iam:ListUsers", "iam:GetUser", "IAM:PassRole", "iam:*AccessKey*", "iam:*",
      "sts:AssumeRole", "sts:*", "sts:TagSession",
      "kms:Decrypt", "kms:*", "lambda:InvokeFunction", "lambda:Invoke*",
      "*");

  /** Actions allowed in trust policies (S1.11), as their owner {@link Action#trustActions()} lists them. */
  public static final List<String> TRUST_ACTIONS = Action.trustActions().stream().map(Action::text).toList();

  /** Resource entries: {@code *} and ARN patterns, some with policy variables in the resource field. */
  public static final List<String> RESOURCE_ENTRIES = List.of(
      "*",
      "arn:aws:s3:::example-bucket",
      "arn:aws:s3:::example-bucket/*",
      "arn:aws:s3:::example-bucket/home/${aws:username}/*",
      "arn:aws:s3:::example-bucket/public/*",
      "arn:aws:s3:::*",
      "arn:aws:s3:::logs-111122223333/*",
      "arn:aws:s3:::logs-*",
      "arn:aws:dynamodb:*:111122223333:table/*",
      "arn:aws:dynamodb:us-east-1:111122223333:table/Orders",
      "arn:aws:dynamodb:us-east-1:*:table/Orders/index/*",
      "arn:aws:sqs:*:*:queue?",
      "arn:aws:sqs:us-east-1:444455556666:queue1",
      "arn:aws:ec2:us-east-1:111122223333:instance/*",
      "arn:aws:ec2:*:*:instance/i-0abcd1234",
      "arn:aws:iam::111122223333:role/*",
      "arn:aws:iam::*:role/Deploy",
      "arn:aws:iam::*:user/${aws:username}",
      "arn:aws:iam::444455556666:user/*",
      "arn:aws:kms:*:111122223333:key/*",
      "arn:aws:lambda:us-east-1:*:function:process-*",
      "arn:aws:lambda:us-east-1:111122223333:function:${aws:PrincipalTag/team}-*");

  /** Role ARNs named as resources of trust-related statements. */
  public static final List<String> ROLE_RESOURCES = List.of("arn:aws:iam::111122223333:role/Deploy",
      "arn:aws:iam::444455556666:role/Admin", "arn:aws:iam::*:role/*");

  /** Values of {@code Principal {"AWS": ...}} entries, naming generated principals in several ways. */
  public static final List<String> AWS_PRINCIPALS = List.of(
      "111122223333",
      "444455556666",
      "arn:aws:iam::111122223333:root",
      "arn:aws:iam::444455556666:root",
      "arn:aws:iam::111122223333:user/alice",
      "arn:aws:iam::444455556666:user/engineering/bob",
      "arn:aws:iam::111122223333:role/Deploy",
      "arn:aws:iam::444455556666:role/ops/Admin",
      "arn:aws:sts::111122223333:assumed-role/Deploy/ci",
      "arn:aws:sts::444455556666:assumed-role/ReadOnly/alice",
      "arn:aws:sts::111122223333:federated-user/carol",
      ALICE_ID,
      "*");

  public static final List<String> TEAMS = List.of("blue", "red", "green");
  public static final List<String> TAG_KEYS = List.of("team", "env", "cost-center", "Owner");
  public static final List<String> ENVS = List.of("prod", "dev");
  public static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2");
  public static final List<String> SOURCE_IPS = List.of("203.0.113.5", "198.51.100.7", "10.0.0.12", "2001:db8::1");
  public static final List<String> VPC_ENDPOINTS = List.of("vpce-1a2b3c4d", "vpce-0f0f0f0f");
  /** Request times (aws:CurrentTime), ISO 8601 instants. */
  public static final List<String> TIMES = List.of("2026-11-28T12:00:00Z", "2019-06-01T08:30:00Z", "2031-02-03T04:05:06Z");
  public static final List<String> EXTERNAL_IDS = List.of("Unique-ID-1234", "other");
}
