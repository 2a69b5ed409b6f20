package dev.iamkit.testkit;

import static dev.iamkit.testkit.internal.Vocabulary.ACCOUNTS;
import static dev.iamkit.testkit.internal.Vocabulary.ACTION_ENTRIES;
import static dev.iamkit.testkit.internal.Vocabulary.ALICE_ID;
import static dev.iamkit.testkit.internal.Vocabulary.AWS_PRINCIPALS;
import static dev.iamkit.testkit.internal.Vocabulary.BOB_ID;
import static dev.iamkit.testkit.internal.Vocabulary.ENVS;
import static dev.iamkit.testkit.internal.Vocabulary.EXTERNAL_IDS;
import static dev.iamkit.testkit.internal.Vocabulary.FEDERATED_NAMES;
import static dev.iamkit.testkit.internal.Vocabulary.MANAGEMENT;
import static dev.iamkit.testkit.internal.Vocabulary.MEMBER;
import static dev.iamkit.testkit.internal.Vocabulary.OIDC_PROVIDERS;
import static dev.iamkit.testkit.internal.Vocabulary.REGIONS;
import static dev.iamkit.testkit.internal.Vocabulary.REQUEST_ACTIONS;
import static dev.iamkit.testkit.internal.Vocabulary.RESOURCE_ENTRIES;
import static dev.iamkit.testkit.internal.Vocabulary.ROLE_ID;
import static dev.iamkit.testkit.internal.Vocabulary.ROLE_NAMES;
import static dev.iamkit.testkit.internal.Vocabulary.SERVICES;
import static dev.iamkit.testkit.internal.Vocabulary.SESSION_NAMES;
import static dev.iamkit.testkit.internal.Vocabulary.SOURCE_IPS;
import static dev.iamkit.testkit.internal.Vocabulary.TAG_KEYS;
import static dev.iamkit.testkit.internal.Vocabulary.TEAMS;
import static dev.iamkit.testkit.internal.Vocabulary.TIMES;
import static dev.iamkit.testkit.internal.Vocabulary.TRUST_ACTIONS;
import static dev.iamkit.testkit.internal.Vocabulary.USER_NAMES;
import static dev.iamkit.testkit.internal.Vocabulary.VPC_ENDPOINTS;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.OrganizationPolicies;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.SetQualifier;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.testkit.internal.Draw;
import dev.iamkit.testkit.internal.Vocabulary;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Generators of iamkit values for property-based checks, independent of any test framework: each returns an
 * {@link IamGenerator}, a {@code RandomGenerator} in and a value out, with smaller candidates for shrinking.
 * The QuickTheories {@link PolicyGenerators} and {@link RequestGenerators} are views of these; any other
 * library takes them with one line ({@code Arbitraries.randomValue(IamGenerators.requests()::next)} in jqwik).
 *
 * <p>Every value is valid by construction, never filtered: {@code PolicyValidator.standard()} finds no error in
 * a policy of {@link #policies(PolicyKind)} used as its kind (identity policies may lack a Version or say
 * 2008-10-17, which AWS accepts for inline policies, A3). Edge cases are mixed in on purpose: wildcards in
 * actions, resources and principals, NotAction, NotResource and NotPrincipal, every condition operator (S3)
 * with {@code ForAllValues}/{@code ForAnyValue} and {@code IfExists}, policy variables in resources and
 * condition values, mixed-case names, empty {@code aws:TagKeys} lists, policy sets without identity policies,
 * cross-account requests, anonymous and service callers. {@link #worlds()} builds small directories from
 * such policies. The vocabulary (accounts 111122223333 and
 * 444455556666, users alice and bob, S3/DynamoDB/SQS/EC2/IAM/STS/KMS/Lambda actions) is shared by policies
 * and requests, so generated statements often apply to generated requests.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(7);
 * PolicySet set = IamGenerators.policySets().next(random);
 * RequestContext request = IamGenerators.requests().next(random);
 * Evaluation e = Evaluator.standard().evaluate(set, request);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class IamGenerators {
  private IamGenerators() {}

  /** {@code FullAWSAccess}: the SCP AWS attaches to every target, {@code Allow * on *}. */
  static final Policy FULL_AWS_ACCESS = OrganizationPolicies.FULL_AWS_ACCESS.policy();

  /** {@code RCPFullAWSAccess}: the RCP AWS attaches to every target, {@code Allow * on * to "*"}. */
  static final Policy RCP_FULL_AWS_ACCESS = OrganizationPolicies.RCP_FULL_AWS_ACCESS.policy();

  /**
   * Policies valid for {@code kind} (S1.11): identity and session policies with any Version; boundaries,
   * SCPs and RCPs with 2012-10-17; resource policies with Principal or NotPrincipal; trust policies with
   * Principal, STS trust actions and no Resource; SCPs without Principal; RCPs with {@code "Principal": "*"},
   * Action (never NotAction) and Deny only. 1 to 5 statements, within the size quota of the kind (S10.2).
   */
  public static IamGenerator<Policy> policies(PolicyKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new IamGenerator<>(d -> policy(d, kind));
  }

  /** Statements valid in a policy of {@code kind}, with or without a Sid. */
  public static IamGenerator<Statement> statements(PolicyKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new IamGenerator<>(d -> statement(d, kind, d.maybe(40) ? sidWord(d) + d.between(1, 99) : null));
  }

  /**
   * Statements of {@code kind} with the given effect, without a Sid (to add to an existing policy). Valid
   * for the kind except Allow in an RCP, which only the AWS-managed RCPFullAWSAccess may hold (S9.4).
   */
  public static IamGenerator<Statement> statements(PolicyKind kind, Effect effect) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(effect, "effect");
    return new IamGenerator<>(d -> statement(d, kind, null).toBuilder().effect(effect).build());
  }

  /** Non-empty Condition blocks of identity policies: 1 to 3 operators of 1 or 2 keys each. */
  public static IamGenerator<Condition> conditions() {
    return new IamGenerator<>(d -> condition(d, PolicyKind.IDENTITY));
  }

  /** Action (or NotAction) values: 1 to 4 entries with exact names, wildcards and odd case. */
  public static IamGenerator<OneOrMany<Action>> actions() {
    return new IamGenerator<>(d -> oneOrMany(d, d.shuffledSubset(ACTION_ENTRIES, 1, 4)).map(Action::of));
  }

  /** Resource (or NotResource) values: 1 to 3 entries among {@code *} and ARN patterns, some with variables. */
  public static IamGenerator<OneOrMany<Resource>> resources() {
    return new IamGenerator<>(d -> oneOrMany(d, d.shuffledSubset(RESOURCE_ENTRIES, 1, 3)).map(Resource::of));
  }

  /** Resource ARNs as requests name them (no wildcards), or {@code *} for actions without resource-level permissions. */
  public static IamGenerator<String> arns() {
    return new IamGenerator<>(d -> {
      Vocabulary.RequestAction action = d.pick(REQUEST_ACTIONS);
      return Vocabulary.resourceArn(d.pick(action.resources()), d.pick(ACCOUNTS), d.pick(USER_NAMES));
    });
  }

  /** Principal elements of resource policies in every form (S1.7): {@code *}, AWS, Service, several types. */
  public static IamGenerator<PrincipalElement> principalElements() {
    return new IamGenerator<>(IamGenerators::principal);
  }

  /**
   * Callers: the root user, IAM users with or without a path and unique ID, role sessions, a federated user,
   * a service principal or the anonymous caller, in either account.
   */
  public static IamGenerator<Principal> principals() {
    return new IamGenerator<>(IamGenerators::caller);
  }

  /**
   * Requests: a caller, an action with a resource of the right service in either account (S3 requests carry
   * the resource account), context keys each present or absent as AWS would set them (S5), the principal
   * keys, and usually the time keys.
   */
  public static IamGenerator<RequestContext> requests() {
    return new IamGenerator<>(IamGenerators::request);
  }

  /**
   * Policy sets: 0 to 3 identity policies, sometimes a boundary, session policies, a resource or trust
   * policy, SCP and RCP levels (usually with the AWS-managed full-access policy), a management account.
   */
  public static IamGenerator<PolicySet> policySets() {
    return new IamGenerator<>(IamGenerators::policySet);
  }

  /**
   * Small directories (worlds) that IAM accepts: one or two accounts, each with 0 to 2 customer managed
   * policies, 0 to 2 groups with policies, 0 to 3 users in some of the groups with an inline policy, managed
   * policies and sometimes tags, and 0 to 2 roles with a generated trust policy and permissions; every policy
   * valid for its place and within its quota (S10.2). Unique IDs are drawn too, so a world is deterministic
   * for a given random state. The directory's clock (creation dates) is fixed at 2026-01-01T00:00:00Z.
   */
  public static IamGenerator<Directory> worlds() {
    return new IamGenerator<>(IamGenerators::world);
  }

  private static final Instant WORLD_TIME = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<String> GROUP_NAMES = List.of("Developers", "Auditors");
  private static final List<String> POLICY_NAMES = List.of("S3Read", "Deploy");

  static Directory world(Draw d) {
    Directory.Builder b = Directory.builder(Clock.fixed(WORLD_TIME, ZoneOffset.UTC), seededRandom(d.between(0, 1 << 20)));
    for (String id : d.subset(ACCOUNTS, 1, ACCOUNTS.size())) {
      AccountId account = AccountId.parse(id);
      b.createAccount(account);
      List<String> policyArns = new ArrayList<>();
      for (String name : d.subset(POLICY_NAMES, 0, POLICY_NAMES.size())) {
        b.createPolicy(account, "/", name, stored(d, PolicyKind.IDENTITY));
        policyArns.add("arn:aws:iam::" + id + ":policy/" + name);
      }
      List<String> groups = d.subset(GROUP_NAMES, 0, GROUP_NAMES.size());
      for (String g : groups) {
        b.createGroup(account, "/", g);
        for (String arn : d.subset(policyArns, 0, policyArns.size())) {
          b.attachGroupPolicy(account, g, arn);
        }
        if (d.maybe(50)) {
          b.putGroupPolicy(account, g, "inline", policy(d, PolicyKind.IDENTITY));
        }
      }
      for (String u : d.subset(WORLD_USERS, 0, WORLD_USERS.size())) {
        b.createUser(account, d.pick("/", "/staff/"), u);
        for (String g : d.subset(groups, 0, groups.size())) {
          b.addUserToGroup(account, g, u);
        }
        for (String arn : d.subset(policyArns, 0, policyArns.size())) {
          b.attachUserPolicy(account, u, arn);
        }
        if (d.maybe(60)) {
          b.putUserPolicy(account, u, "inline", policy(d, PolicyKind.IDENTITY));
        }
        if (d.maybe(30)) {
          b.tagUser(account, u, Map.of("team", d.pick(TEAMS)));
        }
      }
      for (String r : d.subset(ROLE_NAMES, 0, 2)) {
        b.createRole(account, d.pick("/", "/service-role/"), r, policy(d, PolicyKind.TRUST));
        for (String arn : d.subset(policyArns, 0, policyArns.size())) {
          b.attachRolePolicy(account, r, arn);
        }
        if (d.maybe(60)) {
          b.putRolePolicy(account, r, "inline", policy(d, PolicyKind.IDENTITY));
        }
      }
    }
    return b.build();
  }

  private static final List<String> WORLD_USERS = List.of("alice", "bob", "carol");

  /** A customer managed policy: Version 2012-10-17, which IAM requires of managed policy documents (S1.2, A3). */
  private static Policy stored(Draw d, PolicyKind kind) {
    return withinQuota(policy(d, kind).toBuilder().version(PolicyVersion.V2012_10_17).build(), kind);
  }

  /** A SecureRandom that repeats its sequence for {@code seed}, for deterministic unique IDs. */
  private static SecureRandom seededRandom(int seed) {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(seed);
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is missing from this JDK", e);
    }
  }

  // ---------------------------------------------------------------------------------------------

  static Policy policy(Draw d, PolicyKind kind) {
    Policy.Builder b = Policy.builder();
    boolean strictVersion = kind == PolicyKind.PERMISSIONS_BOUNDARY || kind == PolicyKind.SCP || kind == PolicyKind.RCP;
    @Nullable PolicyVersion version;
    if (strictVersion) {
      version = PolicyVersion.V2012_10_17;
    } else {
      // Shrinks towards 2012-10-17; trust policies may say 2008-10-17 or nothing (A3: a warning).
      int v = d.between(0, 3);
      version = v <= 1 ? PolicyVersion.V2012_10_17 : v == 2 ? PolicyVersion.V2008_10_17 : null;
    }
    b.version(version);
    if (d.maybe(20)) {
      b.id(d.pick("ExamplePolicy", "policy-1", "Bucket policy for \"example\"", "Politique d'accès été",
          "C:\\share\\policy", "a/b\ttab"));
    }
    int count = d.between(1, 5);
    boolean withSids = d.maybe(60);
    String sidBase = sidWord(d);
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Unique by construction: a word and the statement's index.
      String sid = withSids && d.maybe(85) ? sidBase + i : null;
      statements.add(statement(d, kind, sid));
    }
    b.statements(statements);
    if (count == 1) {
      b.statementArray(d.maybe(50));
    }
    return withinQuota(b.build(), kind);
  }

  /**
   * {@code p} without its last statements while it exceeds the size quota of {@code kind} (S10.2); for
   * identity policies the smallest inline quota (a user's, 2,048), so that they fit any of them. One
   * statement always fits.
   */
  private static Policy withinQuota(Policy p, PolicyKind kind) {
    SizeLimit limit = kind == PolicyKind.IDENTITY ? SizeLimit.USER_INLINE : SizeLimit.defaultFor(kind);
    Policy out = p;
    while (out.statements().size() > 1 && PolicyValidator.size(out, limit) > limit.maxCharacters()) {
      out = out.toBuilder().statements(out.statements().subList(0, out.statements().size() - 1)).build();
    }
    return out;
  }

  private static String sidWord(Draw d) {
    return d.pick("Stmt", "AllowRead", "DenyDelete", "S", "ABAC2", "x");
  }

  /**
   * One statement of {@code kind}. Policy variables may appear whatever the Version: under 2008-10-17 they
   * are literal text, which AWS accepts (the validator warns, S4.3).
   */
  static Statement statement(Draw d, PolicyKind kind, @Nullable String sid) {
    Statement.Builder b = Statement.builder().sid(sid);
    Effect effect = kind == PolicyKind.RCP || d.maybe(35) ? Effect.DENY : Effect.ALLOW;
    b.effect(effect);
    switch (kind) {
      case TRUST -> {
        b.principal(trustPrincipal(d));
        b.action(oneOrMany(d, d.subset(TRUST_ACTIONS, 1, 3)).map(Action::of));
        if (d.maybe(50)) {
          b.condition(condition(d, kind));
        }
        return b.build();
      }
      case RESOURCE -> {
        if (effect == Effect.DENY && d.maybe(15)) {
          b.notPrincipal(notPrincipal(d));
        } else {
          b.principal(principal(d));
        }
      }
      case RCP -> b.principal(PrincipalElement.wildcard());
      case VPC_ENDPOINT -> b.principal(principal(d)); // S6.16: Principal required, no NotPrincipal
      default -> { }
    }
    OneOrMany<Action> actions = oneOrMany(d, d.shuffledSubset(ACTION_ENTRIES, 1, 4)).map(a -> Action.of(d.maybe(10) ? d.mixCase(a) : a));
    if (kind != PolicyKind.RCP && d.maybe(20)) {
      b.notAction(actions);
    } else {
      b.action(actions);
    }
    OneOrMany<Resource> resources = oneOrMany(d, d.shuffledSubset(RESOURCE_ENTRIES, 1, 3)).map(Resource::of);
    if (d.maybe(15)) {
      b.notResource(resources);
    } else {
      b.resource(resources);
    }
    if (d.maybe(45)) {
      b.condition(condition(d, kind));
    }
    return b.build();
  }

  private static <T> OneOrMany<T> oneOrMany(Draw d, List<T> values) {
    return values.size() == 1 && d.maybe(50) ? OneOrMany.one(values.get(0)) : OneOrMany.list(values);
  }

  // ---- principals ----

  static PrincipalElement principal(Draw d) {
    int form = d.between(0, 5);
    return switch (form) {
      case 0 -> PrincipalElement.of(PrincipalType.AWS, oneOrMany(d, d.shuffledSubset(AWS_PRINCIPALS, 1, 3)));
      case 1 -> PrincipalElement.wildcard();
      case 2 -> PrincipalElement.of(PrincipalType.SERVICE, oneOrMany(d, d.shuffledSubset(SERVICES, 1, 2)));
      case 3 -> {
        Map<PrincipalType, OneOrMany<String>> m = new LinkedHashMap<>();
        List<PrincipalType> order = d.shuffle(List.of(PrincipalType.AWS, PrincipalType.SERVICE));
        for (PrincipalType t : order) {
          m.put(t, t == PrincipalType.AWS ? oneOrMany(d, d.shuffledSubset(AWS_PRINCIPALS, 1, 2))
              : oneOrMany(d, d.shuffledSubset(SERVICES, 1, 2)));
        }
        yield PrincipalElement.of(m);
      }
      case 4 -> PrincipalElement.of(PrincipalType.AWS, OneOrMany.one(d.pick(AWS_PRINCIPALS)));
      default -> PrincipalElement.of(PrincipalType.AWS, OneOrMany.list(d.pick(AWS_PRINCIPALS)));
    };
  }

  /** NotPrincipal lists name a whole chain (account, role, session) as S2.5 requires for a certain exclusion. */
  private static PrincipalElement notPrincipal(Draw d) {
    List<String> chain = d.pick(
        List.of("arn:aws:iam::111122223333:user/alice", "arn:aws:iam::111122223333:root"),
        List.of("arn:aws:sts::111122223333:assumed-role/Deploy/ci", "arn:aws:iam::111122223333:role/Deploy",
            "111122223333"),
        List.of("444455556666"));
    return PrincipalElement.of(PrincipalType.AWS, oneOrMany(d, chain));
  }

  /** Trust policies never use {@code "*"} without conditions in practice; all forms are still valid. */
  private static PrincipalElement trustPrincipal(Draw d) {
    return switch (d.between(0, 3)) {
      case 0 -> PrincipalElement.of(PrincipalType.AWS, oneOrMany(d, d.shuffledSubset(
          AWS_PRINCIPALS.subList(0, AWS_PRINCIPALS.size() - 1), 1, 3)));
      case 1 -> PrincipalElement.of(PrincipalType.SERVICE, oneOrMany(d, d.shuffledSubset(SERVICES, 1, 2)));
      case 2 -> PrincipalElement.of(PrincipalType.FEDERATED, OneOrMany.one(d.pick(OIDC_PROVIDERS)));
      default -> PrincipalElement.wildcard();
    };
  }

  // ---- conditions ----

  /** How to build one key's entry: a key name, the operators that suit it, and its values. */
  private record KeyTemplate(String key, List<BaseOperator> operators, boolean multivalued,
      Function<Draw, List<ConditionValue>> values) {}

  private static final List<BaseOperator> STRING_OPS = List.of(BaseOperator.STRING_EQUALS,
      BaseOperator.STRING_NOT_EQUALS, BaseOperator.STRING_EQUALS_IGNORE_CASE,
      BaseOperator.STRING_NOT_EQUALS_IGNORE_CASE, BaseOperator.STRING_LIKE, BaseOperator.STRING_NOT_LIKE);
  private static final List<BaseOperator> NUMERIC_OPS = List.of(BaseOperator.NUMERIC_LESS_THAN,
      BaseOperator.NUMERIC_EQUALS, BaseOperator.NUMERIC_NOT_EQUALS, BaseOperator.NUMERIC_LESS_THAN_EQUALS,
      BaseOperator.NUMERIC_GREATER_THAN, BaseOperator.NUMERIC_GREATER_THAN_EQUALS);
  private static final List<BaseOperator> DATE_OPS = List.of(BaseOperator.DATE_LESS_THAN,
      BaseOperator.DATE_GREATER_THAN, BaseOperator.DATE_EQUALS, BaseOperator.DATE_NOT_EQUALS,
      BaseOperator.DATE_LESS_THAN_EQUALS, BaseOperator.DATE_GREATER_THAN_EQUALS);
  private static final List<BaseOperator> ARN_OPS = List.of(BaseOperator.ARN_LIKE, BaseOperator.ARN_EQUALS,
      BaseOperator.ARN_NOT_LIKE, BaseOperator.ARN_NOT_EQUALS, BaseOperator.STRING_LIKE, BaseOperator.STRING_EQUALS);

  private static List<ConditionValue> strings(Draw d, List<String> pool) {
    return d.shuffledSubset(pool, 1, 3).stream().map(ConditionValue::string).toList();
  }

  private static List<ConditionValue> booleans(Draw d) {
    boolean v = d.pick(true, false);
    return List.of(d.maybe(50) ? ConditionValue.bool(v) : ConditionValue.string(Boolean.toString(v)));
  }

  private static final List<KeyTemplate> TEMPLATES = List.of(
      new KeyTemplate("aws:PrincipalTag/team", STRING_OPS, false,
          d -> strings(d, List.of("blue", "red", "Blue", "gr*", "?ed", "${aws:username}"))),
      new KeyTemplate("aws:SourceIp", List.of(BaseOperator.IP_ADDRESS, BaseOperator.NOT_IP_ADDRESS), false,
          d -> strings(d, List.of("203.0.113.0/24", "10.0.0.0/8", "198.51.100.7", "2001:db8::/32", "192.0.2.0/24"))),
      new KeyTemplate("aws:MultiFactorAuthPresent", List.of(BaseOperator.BOOL), false, IamGenerators::booleans),
      new KeyTemplate("aws:SecureTransport", List.of(BaseOperator.BOOL), false, IamGenerators::booleans),
      new KeyTemplate("aws:MultiFactorAuthAge", NUMERIC_OPS, false, d -> {
        String n = d.pick("3600", "900", "86400", "0", "1.5");
        return List.of(d.maybe(50) ? ConditionValue.number(n) : ConditionValue.string(n));
      }),
      new KeyTemplate("aws:TagKeys", List.of(BaseOperator.STRING_EQUALS, BaseOperator.STRING_LIKE,
          BaseOperator.STRING_NOT_EQUALS, BaseOperator.STRING_EQUALS_IGNORE_CASE), true,
          d -> strings(d, List.of("team", "env", "cost-*", "owner"))),
      new KeyTemplate("aws:RequestedRegion", List.of(BaseOperator.STRING_EQUALS, BaseOperator.STRING_NOT_EQUALS,
          BaseOperator.STRING_LIKE), false, d -> strings(d, List.of("us-east-1", "eu-*", "eu-west-1"))),
      new KeyTemplate("aws:CurrentTime", DATE_OPS, false, d -> {
        String v = d.pick("2026-01-01T00:00:00Z", "2020-01-01", "2030-06-30T12:00Z", "2026-11-28T13:00:00+01:00",
            "1767225600");
        return List.of(v.equals("1767225600") && d.maybe(50) ? ConditionValue.number(v) : ConditionValue.string(v));
      }),
      new KeyTemplate("aws:PrincipalArn", ARN_OPS, false, d -> strings(d, List.of(
          "arn:aws:iam::111122223333:role/*", "arn:aws:iam::*:root", "arn:aws:iam::111122223333:user/alice",
          "arn:aws:iam::*:role/ops/*"))),
      new KeyTemplate("aws:PrincipalAccount", List.of(BaseOperator.STRING_EQUALS, BaseOperator.STRING_NOT_EQUALS),
          false, d -> strings(d, List.of("111122223333", "444455556666"))),
      new KeyTemplate("aws:username", List.of(BaseOperator.STRING_EQUALS, BaseOperator.STRING_LIKE,
          BaseOperator.STRING_NOT_EQUALS), false, d -> strings(d, List.of("alice", "b*", "carol"))),
      new KeyTemplate("aws:PrincipalType", List.of(BaseOperator.STRING_EQUALS, BaseOperator.STRING_NOT_EQUALS),
          false, d -> strings(d, List.of("User", "AssumedRole", "Account", "Anonymous"))),
      new KeyTemplate("aws:userid", List.of(BaseOperator.STRING_LIKE, BaseOperator.STRING_NOT_LIKE), false,
          d -> strings(d, List.of("AIDA*", "*:ci", "AROA3XFRBF535PLBIFPI4:*"))),
      new KeyTemplate("aws:ResourceTag/env", List.of(BaseOperator.STRING_EQUALS, BaseOperator.STRING_NOT_EQUALS),
          false, d -> strings(d, ENVS)),
      new KeyTemplate("aws:ResourceTag/team", List.of(BaseOperator.STRING_EQUALS, BaseOperator.STRING_NOT_EQUALS),
          false, d -> d.maybe(50) ? List.of(ConditionValue.string("${aws:PrincipalTag/team}")) : strings(d, TEAMS)),
      new KeyTemplate("aws:SourceVpce", List.of(BaseOperator.STRING_EQUALS, BaseOperator.STRING_NOT_EQUALS), false,
          d -> strings(d, List.of("vpce-1a2b3c4d", "vpce-9z9z9z9z"))),
      new KeyTemplate("aws:PrincipalIsAWSService", List.of(BaseOperator.BOOL), false, IamGenerators::booleans),
      new KeyTemplate("aws:RequestTag/checksum", List.of(BaseOperator.BINARY_EQUALS), false,
          d -> strings(d, List.of("QmluYXJ5", "AAECAw=="))));

  private static final KeyTemplate EXTERNAL_ID = new KeyTemplate("sts:ExternalId",
      List.of(BaseOperator.STRING_EQUALS, BaseOperator.STRING_LIKE), false, d -> strings(d, EXTERNAL_IDS));
  private static final KeyTemplate REQUESTED_REGION = TEMPLATES.get(6);

  static Condition condition(Draw d, PolicyKind kind) {
    Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> block = new LinkedHashMap<>();
    int operators = d.between(1, 3);
    for (int i = 0; i < operators; i++) {
      KeyTemplate first = template(d, kind);
      ConditionOperator op = operator(d, first);
      List<KeyTemplate> chosen = new ArrayList<>();
      chosen.add(first);
      if (d.maybe(35)) {
        KeyTemplate t = template(d, kind);
        // Under one operator every key must suit that operator: add only keys that accept it.
        if (!chosen.contains(t) && suits(t, op)) {
          chosen.add(t);
        }
      }
      Map<ConditionKey, OneOrMany<ConditionValue>> keys = block.computeIfAbsent(op, o -> new LinkedHashMap<>());
      for (KeyTemplate t : chosen) {
        // One key per operator, compared ignoring case (S3.3): a drawn operator may already hold it.
        if (keys.keySet().stream().anyMatch(k -> k.normalized().equals(ConditionKey.of(t.key()).normalized()))) {
          continue;
        }
        List<ConditionValue> values = op.base().orElseThrow() == BaseOperator.NULL ? booleans(d) : t.values().apply(d);
        String key = d.maybe(15) ? d.mixCase(t.key()) : t.key();
        keys.put(ConditionKey.of(key), oneOrMany(d, values));
      }
    }
    return Condition.of(block);
  }

  private static KeyTemplate template(Draw d, PolicyKind kind) {
    if (kind == PolicyKind.TRUST && d.maybe(40)) {
      return EXTERNAL_ID;
    }
    if (kind == PolicyKind.SCP && d.maybe(30)) {
      return REQUESTED_REGION;
    }
    return d.pick(TEMPLATES);
  }

  private static boolean suits(KeyTemplate t, ConditionOperator op) {
    BaseOperator base = op.base().orElseThrow();
    if (base == BaseOperator.NULL) {
      return true;
    }
    return t.operators().contains(base) && t.multivalued() == op.qualifier().isPresent();
  }

  /**
   * An operator for {@code t}: mostly one of its operators; sometimes {@code Null} (never qualified, S3.11);
   * multivalued keys get a set qualifier, single-valued ones none (S3.13); {@code IfExists} on a fifth.
   */
  private static ConditionOperator operator(Draw d, KeyTemplate t) {
    if (d.maybe(8)) {
      return ConditionOperator.NULL;
    }
    BaseOperator base = d.pick(t.operators());
    if (t.multivalued()) {
      SetQualifier qualifier = d.pick(SetQualifier.FOR_ANY_VALUE, SetQualifier.FOR_ALL_VALUES);
      return ConditionOperator.of(qualifier, base, d.maybe(20));
    }
    return ConditionOperator.of(base, d.maybe(20));
  }

  static Principal caller(Draw d) {
    String account = d.pick(ACCOUNTS);
    return switch (d.between(0, 6)) {
      case 0, 1 -> {
        String name = d.pick(USER_NAMES);
        String path = d.pick("/", "/engineering/");
        Arn arn = Arn.of("aws", "iam", "", account, "user" + path + name);
        yield d.maybe(50) ? Principal.IamUser.of(arn, name.equals("alice") ? ALICE_ID : BOB_ID) : Principal.IamUser.of(arn);
      }
      case 2, 3 -> {
        String role = d.pick(ROLE_NAMES);
        String path = d.pick("/", "/ops/");
        String session = d.pick(SESSION_NAMES);
        Arn sessionArn = Arn.of("aws", "sts", "", account, "assumed-role/" + role + "/" + session);
        Arn roleArn = Arn.of("aws", "iam", "", account, "role" + path + role);
        yield d.maybe(50) ? Principal.RoleSession.of(sessionArn, roleArn, ROLE_ID)
            : Principal.RoleSession.of(sessionArn, roleArn);
      }
      case 4 -> d.maybe(50) ? new Principal.RootUser(AccountId.parse(account), "aws")
          : Principal.FederatedUser.of(Arn.of("aws", "sts", "", account, "federated-user/" + d.pick(FEDERATED_NAMES)),
              Arn.of("aws", "iam", "", account, "user/" + d.pick(USER_NAMES)));
      case 5 -> Principal.service(d.pick(SERVICES));
      default -> Principal.anonymous();
    };
  }

  static RequestContext request(Draw d) {
    Principal principal = caller(d);
    Vocabulary.RequestAction action = d.pick(REQUEST_ACTIONS);
    // Mostly the caller's own account, so that identity policies alone can decide (S6.8); else cross-account.
    String own = principal.account().map(AccountId::value).orElse(MEMBER);
    String account = d.maybe(35) ? d.pick(ACCOUNTS) : own;
    String user = principal instanceof Principal.IamUser u ? (d.maybe(70) ? u.name() : d.pick(USER_NAMES))
        : d.pick(USER_NAMES);
    String resource = Vocabulary.resourceArn(d.pick(action.resources()), account, user);
    RequestContext.Builder b = RequestContext.builder().principal(principal).action(action.action()).resource(resource);
    if (resource.startsWith("arn:aws:s3:::")) {
      b.resourceAccount(AccountId.parse(account));
    }
    if (d.maybe(80)) {
      b.context("aws:SourceIp", ContextValue.ip(d.pick(SOURCE_IPS)));
    } else if (d.maybe(50)) {
      b.context("aws:SourceVpce", ContextValue.string(d.pick(VPC_ENDPOINTS)));
    }
    if (d.maybe(80)) {
      b.context("aws:SecureTransport", ContextValue.bool(d.maybe(80)));
    }
    if (d.maybe(80)) {
      b.context("aws:RequestedRegion", ContextValue.string(d.pick(REGIONS)));
    }
    // S5.2: present for temporary credentials (sessions, federated users), absent for long-term keys;
    // users sometimes call with temporary credentials (console, GetSessionToken).
    boolean temporary = principal instanceof Principal.RoleSession || principal instanceof Principal.FederatedUser
        || (principal instanceof Principal.IamUser && d.maybe(40));
    if (temporary) {
      boolean mfa = d.maybe(50);
      b.context("aws:MultiFactorAuthPresent", ContextValue.bool(mfa));
      if (mfa) {
        b.context("aws:MultiFactorAuthAge", ContextValue.numeric(d.pick(30L, 1800L, 7200L)));
      }
    }
    if ((principal instanceof Principal.IamUser || principal instanceof Principal.RoleSession) && d.maybe(60)) {
      b.context(d.pick("aws:PrincipalTag/team", "aws:principaltag/Team"), ContextValue.string(d.pick(TEAMS)));
    }
    if (d.maybe(40)) {
      b.context("aws:TagKeys", ContextValue.strings(d.subset(TAG_KEYS, 0, 3)));
    }
    if (d.maybe(40)) {
      b.context("aws:ResourceTag/env", ContextValue.string(d.pick(ENVS)));
    }
    if (d.maybe(30)) {
      b.context("aws:ResourceTag/team", ContextValue.string(d.pick(TEAMS)));
    }
    if (d.maybe(10)) {
      b.context("aws:RequestTag/checksum", ContextValue.binary(d.pick("QmluYXJ5", "AAECAw==")));
    }
    if (action.action().startsWith("sts:") && d.maybe(50)) {
      b.context("sts:ExternalId", ContextValue.string(d.pick(EXTERNAL_IDS)));
    }
    if (d.maybe(70)) {
      b.withDefaultTimeKeys(Instant.parse(d.pick(TIMES)));
    }
    return b.withDefaultPrincipalKeys().build();
  }

  static PolicySet policySet(Draw d) {
    PolicySet.Builder b = PolicySet.builder();
    int identity = d.maybe(15) ? 0 : d.between(1, 3);
    for (int i = 0; i < identity; i++) {
      b.identity(new NamedPolicy("identity-" + i, policy(d, PolicyKind.IDENTITY)));
    }
    if (d.maybe(30)) {
      b.permissionsBoundary(new NamedPolicy("boundary", policy(d, PolicyKind.PERMISSIONS_BOUNDARY)));
    }
    if (d.maybe(25)) {
      int sessions = d.between(1, 2);
      for (int i = 0; i < sessions; i++) {
        b.session(new NamedPolicy("session-" + i, policy(d, PolicyKind.SESSION)));
      }
    }
    int resource = d.between(0, 9);
    if (resource >= 5 && resource <= 8) {
      b.resourcePolicy(new NamedPolicy("resource", policy(d, PolicyKind.RESOURCE)));
    } else if (resource == 9) {
      b.trustPolicy(new NamedPolicy("trust", policy(d, PolicyKind.TRUST)));
    }
    boolean organization = false;
    if (d.maybe(35)) {
      organization = true;
      int levels = d.between(1, 3);
      for (int l = 0; l < levels; l++) {
        List<NamedPolicy> level = new ArrayList<>();
        if (d.between(0, 9) > 0) {
          level.add(new NamedPolicy("FullAWSAccess", FULL_AWS_ACCESS));
        }
        if (d.maybe(60) || level.isEmpty() && d.maybe(50)) {
          level.add(new NamedPolicy("scp-" + l, policy(d, PolicyKind.SCP)));
        }
        b.scpLevel(level);
      }
    }
    if (d.maybe(25)) {
      organization = true;
      int levels = d.between(1, 3);
      for (int l = 0; l < levels; l++) {
        List<NamedPolicy> level = new ArrayList<>();
        if (d.between(0, 9) > 0) {
          level.add(new NamedPolicy("RCPFullAWSAccess", RCP_FULL_AWS_ACCESS));
        }
        if (d.maybe(60)) {
          level.add(new NamedPolicy("rcp-" + l, policy(d, PolicyKind.RCP)));
        }
        b.rcpLevel(level);
      }
    }
    if (organization && d.maybe(40)) {
      b.managementAccount(AccountId.parse(d.maybe(75) ? MANAGEMENT : MEMBER));
    }
    return b.build();
  }
}
