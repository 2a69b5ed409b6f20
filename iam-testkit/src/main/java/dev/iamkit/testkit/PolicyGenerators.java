package dev.iamkit.testkit;

import static dev.iamkit.testkit.internal.Vocabulary.ACTION_ENTRIES;
import static dev.iamkit.testkit.internal.Vocabulary.AWS_PRINCIPALS;
import static dev.iamkit.testkit.internal.Vocabulary.ENVS;
import static dev.iamkit.testkit.internal.Vocabulary.EXTERNAL_IDS;
import static dev.iamkit.testkit.internal.Vocabulary.OIDC_PROVIDERS;
import static dev.iamkit.testkit.internal.Vocabulary.REGIONS;
import static dev.iamkit.testkit.internal.Vocabulary.RESOURCE_ENTRIES;
import static dev.iamkit.testkit.internal.Vocabulary.SERVICES;
import static dev.iamkit.testkit.internal.Vocabulary.TAG_KEYS;
import static dev.iamkit.testkit.internal.Vocabulary.TEAMS;
import static dev.iamkit.testkit.internal.Vocabulary.TRUST_ACTIONS;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of policies that are valid <em>by construction</em> for their
 * {@link PolicyKind}: {@code PolicyValidator.standard().validate(p, kind)} reports no error for any of
 * them (warnings, such as an {@code Id} in an identity policy or a variable under Version 2008-10-17,
 * may occur: AWS accepts those policies). One qualification: identity policies may say
 * {@code 2008-10-17} or have no Version, which AWS accepts for inline policies only (A3), so they are
 * valid for a validator built with an inline quota ({@code SizeLimit.ROLE_INLINE}); for managed identity
 * policies use {@code policies(PolicyKind.PERMISSIONS_BOUNDARY)}, which always say {@code 2012-10-17}. No generator filters; each shrinks towards a small, plain
 * policy ({@code Allow s3:GetObject on *}). All generators are stateless and thread-safe, and
 * deterministic for a given QuickTheories seed.
 *
 * <p>What is generated (see {@link #policies()} for the identity kind):
 * <ul>
 *   <li>Version {@code 2012-10-17}, {@code 2008-10-17} or absent where the kind allows it (boundaries,
 *       SCPs and RCPs always say {@code 2012-10-17}); sometimes an {@code Id} with spaces, quotes,
 *       backslashes and Latin-1 letters;</li>
 *   <li>1 to 5 statements, as a single object or an array, fewer when the policy would exceed the size
 *       quota of its kind (S10.2; 2,048 for identity policies, the smallest inline quota); Sids absent or
 *       unique ASCII letters and digits;</li>
 *   <li>Action or NotAction with 1 to 4 entries from a realistic vocabulary (S3, DynamoDB, SQS, EC2,
 *       IAM, STS, KMS, Lambda) with exact names, {@code *}, {@code ?}, {@code service:*}, partial
 *       wildcards and mixed-case prefixes and names;</li>
 *   <li>Resource or NotResource with {@code *} and ARN patterns, some with wildcards in several
 *       fields and policy variables ({@code ${aws:username}}, {@code ${aws:PrincipalTag/team}}) in the
 *       resource field;</li>
 *   <li>Condition blocks over the keys that {@link RequestGenerators#requests()} fills (aws:SourceIp,
 *       aws:MultiFactorAuthPresent, aws:PrincipalTag/team, aws:TagKeys, aws:CurrentTime, ...) with
 *       string, numeric, date, Bool, IP, ARN and Null operators, {@code ForAllValues}/{@code ForAnyValue}
 *       qualifiers and {@code IfExists}, values as JSON strings, numbers or booleans, bare or in
 *       arrays, key names in mixed case;</li>
 *   <li>for resource and trust policies, Principal (and for Deny, NotPrincipal) in every form: {@code "*"},
 *       {@code {"AWS": ...}} with account IDs, root, user, role, session and federated-user ARNs and
 *       unique IDs, {@code {"Service": ...}}, {@code {"Federated": ...}}.</li>
 * </ul>
 *
 * <pre>{@code
 * qt().forAll(PolicyGenerators.policies())
 *     .checkAssert(p -> assertThat(PolicyValidator.standard().validate(p, PolicyKind.IDENTITY))
 *         .noneMatch(PolicyProblem::isError));
 * }</pre>
 */
public final class PolicyGenerators {
  private PolicyGenerators() {}

  /**
   * Identity policies (S1.11 identity column) as inline user, group or role policies (any Version, A3);
   * see the class documentation.
   */
  public static Gen<Policy> policies() {
    return policies(PolicyKind.IDENTITY);
  }

  /**
   * Policies valid for {@code kind} (S1.11): identity and session policies as {@link #policies()};
   * boundaries the same with Version 2012-10-17; resource policies with Principal or NotPrincipal;
   * trust policies with Principal, STS trust actions and no Resource; SCPs without Principal and with
   * Version 2012-10-17; RCPs with {@code "Principal": "*"}, Action (never NotAction) and Deny only.
   */
  public static Gen<Policy> policies(PolicyKind kind) {
    Objects.requireNonNull(kind, "kind");
    return gen(d -> policy(d, kind));
  }

  /** Resource policies (bucket, queue, key policies): every statement has a Principal or NotPrincipal. */
  public static Gen<Policy> resourcePolicies() {
    return policies(PolicyKind.RESOURCE);
  }

  /** Role trust policies (S1.11 trust column). */
  public static Gen<Policy> trustPolicies() {
    return policies(PolicyKind.TRUST);
  }

  /** Statements of identity policies, with or without a Sid. */
  public static Gen<Statement> statements() {
    return statements(PolicyKind.IDENTITY);
  }

  /** Statements valid in a policy of {@code kind}, with or without a Sid. */
  public static Gen<Statement> statements(PolicyKind kind) {
    Objects.requireNonNull(kind, "kind");
    return gen(d -> statement(d, kind, d.maybe(40) ? sidWord(d) + d.between(1, 99) : null));
  }

  /**
   * Statements of {@code kind} with the given effect, without a Sid (to add to an existing policy). Valid
   * for the kind except Allow in an RCP, which only the AWS-managed RCPFullAWSAccess may hold (S9.4).
   */
  public static Gen<Statement> statements(PolicyKind kind, Effect effect) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(effect, "effect");
    return gen(d -> statement(d, kind, null).toBuilder().effect(effect).build());
  }

  /** Non-empty Condition blocks with 1 to 3 operators of 1 or 2 keys each (see the class documentation). */
  public static Gen<Condition> conditions() {
    return gen(d -> condition(d, PolicyKind.IDENTITY));
  }

  /** Action (or NotAction) values: 1 to 4 entries, bare when there is one entry and the coin says so. */
  public static Gen<OneOrMany<Action>> actions() {
    return gen(d -> oneOrMany(d, d.shuffledSubset(ACTION_ENTRIES, 1, 4)).map(Action::of));
  }

  /** Resource (or NotResource) values: 1 to 3 entries among {@code *} and ARN patterns. */
  public static Gen<OneOrMany<Resource>> resources() {
    return gen(d -> oneOrMany(d, d.shuffledSubset(RESOURCE_ENTRIES, 1, 3)).map(Resource::of));
  }

  /** Principal elements of resource policies in every form (S1.7). */
  public static Gen<PrincipalElement> principals() {
    return gen(PolicyGenerators::principal);
  }

  // ---------------------------------------------------------------------------------------------

  static <T> Gen<T> gen(Function<Draw, T> body) {
    return in -> body.apply(new Draw(in));
  }

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
      @Nullable String sid = withSids && d.maybe(85) ? sidBase + i : null;
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
      new KeyTemplate("aws:MultiFactorAuthPresent", List.of(BaseOperator.BOOL), false, PolicyGenerators::booleans),
      new KeyTemplate("aws:SecureTransport", List.of(BaseOperator.BOOL), false, PolicyGenerators::booleans),
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
      new KeyTemplate("aws:PrincipalIsAWSService", List.of(BaseOperator.BOOL), false, PolicyGenerators::booleans));

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

  /** Keys that requests carry for tag conditions; exposed for {@link RequestGenerators}. */
  static List<String> tagKeys() {
    return TAG_KEYS;
  }

  static List<String> regions() {
    return REGIONS;
  }
}
