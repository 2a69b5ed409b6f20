package dev.iamkit.testkit;

import static dev.iamkit.testkit.internal.Vocabulary.ACCOUNTS;
import static dev.iamkit.testkit.internal.Vocabulary.ALICE_ID;
import static dev.iamkit.testkit.internal.Vocabulary.BOB_ID;
import static dev.iamkit.testkit.internal.Vocabulary.ENVS;
import static dev.iamkit.testkit.internal.Vocabulary.EXTERNAL_IDS;
import static dev.iamkit.testkit.internal.Vocabulary.FEDERATED_NAMES;
import static dev.iamkit.testkit.internal.Vocabulary.MANAGEMENT;
import static dev.iamkit.testkit.internal.Vocabulary.MEMBER;
import static dev.iamkit.testkit.internal.Vocabulary.REGIONS;
import static dev.iamkit.testkit.internal.Vocabulary.REQUEST_ACTIONS;
import static dev.iamkit.testkit.internal.Vocabulary.ROLE_ID;
import static dev.iamkit.testkit.internal.Vocabulary.ROLE_NAMES;
import static dev.iamkit.testkit.internal.Vocabulary.SERVICES;
import static dev.iamkit.testkit.internal.Vocabulary.SESSION_NAMES;
import static dev.iamkit.testkit.internal.Vocabulary.SOURCE_IPS;
import static dev.iamkit.testkit.internal.Vocabulary.TAG_KEYS;
import static dev.iamkit.testkit.internal.Vocabulary.TEAMS;
import static dev.iamkit.testkit.internal.Vocabulary.TIMES;
import static dev.iamkit.testkit.internal.Vocabulary.USER_NAMES;
import static dev.iamkit.testkit.internal.Vocabulary.VPC_ENDPOINTS;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.testkit.internal.Draw;
import dev.iamkit.testkit.internal.Vocabulary;
import dev.iamkit.json.PolicyWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of requests and of the policy sets to decide them against, drawn from the
 * same vocabulary as {@link PolicyGenerators} so that generated statements often apply. Stateless and
 * thread-safe; deterministic for a given QuickTheories seed; no filtering.
 *
 * <ul>
 *   <li>{@link #principals()}: the root user, IAM users {@code alice} and {@code bob} (with or without a
 *       path and unique ID), role sessions (roles {@code Admin}, {@code ReadOnly}, {@code Deploy}, path
 *       {@code /} or {@code /ops/}), a federated user, a service principal or the anonymous caller, in
 *       account {@code 111122223333} or {@code 444455556666};</li>
 *   <li>{@link #requests()}: such a principal, an action of S3, DynamoDB, SQS, EC2, IAM, STS, KMS or Lambda
 *       with a resource ARN of the right service in either account (or {@code *} for actions without
 *       resource-level permissions; S3 requests carry the resource account), context values
 *       ({@code aws:SourceIp}, {@code aws:SecureTransport}, {@code aws:RequestedRegion},
 *       {@code aws:MultiFactorAuthPresent} and {@code aws:MultiFactorAuthAge} as AWS would set them for the
 *       principal (S5.2), {@code aws:PrincipalTag/team}, {@code aws:TagKeys}, {@code aws:ResourceTag/*},
 *       {@code aws:SourceVpce}, {@code sts:ExternalId}, {@code aws:CurrentTime} each present or absent),
 *       and the principal keys of {@link RequestContext.Builder#withDefaultPrincipalKeys()};</li>
 *   <li>{@link #policySets()}: 0 to 3 identity policies, sometimes a permissions boundary, session
 *       policies, a resource policy or a trust policy, SCP levels (usually with {@code FullAWSAccess}) and
 *       RCP levels (usually with {@code RCPFullAWSAccess}), and sometimes a management account; every
 *       policy valid for its kind.</li>
 * </ul>
 *
 * <pre>{@code
 * qt().forAll(RequestGenerators.policySets(), RequestGenerators.requests())
 *     .checkAssert((set, request) -> Evaluator.standard().evaluate(set, request));
 * }</pre>
 */
public final class RequestGenerators {
  private RequestGenerators() {}

  /** {@code FullAWSAccess}: the SCP AWS attaches to every target, {@code Allow * on *}. */
  public static final Policy FULL_AWS_ACCESS = Policy.builder()
      .version(PolicyVersion.V2012_10_17)
      .statement(Statement.builder().effect(Effect.ALLOW).action("*").resource("*").build())
      .build();

  /** {@code RCPFullAWSAccess}: the RCP AWS attaches to every target, {@code Allow * on * to "*"}. */
  public static final Policy RCP_FULL_AWS_ACCESS = Policy.builder()
      .version(PolicyVersion.V2012_10_17)
      .statement(Statement.builder().effect(Effect.ALLOW).principal(PrincipalElement.wildcard())
          .action("*").resource("*").build())
      .build();

  /** Callers: root, users, role sessions, federated users, services and anonymous (see the class documentation). */
  public static Gen<Principal> principals() {
    return PolicyGenerators.gen(RequestGenerators::principal);
  }

  /** Requests (see the class documentation). */
  public static Gen<RequestContext> requests() {
    return PolicyGenerators.gen(RequestGenerators::request);
  }

  /** Policy sets (see the class documentation). */
  public static Gen<PolicySet> policySets() {
    return PolicyGenerators.gen(RequestGenerators::policySet).describedAs(RequestGenerators::describe);
  }

  /**
   * A policy set as text, one policy per line as compact JSON with its role and name, for failure messages
   * ({@link PolicySet} itself has no readable {@code toString}).
   */
  public static String describe(PolicySet set) {
    StringBuilder sb = new StringBuilder("PolicySet{");
    set.identity().forEach(p -> line(sb, "identity", p));
    set.permissionsBoundary().ifPresent(p -> line(sb, "boundary", p));
    set.session().forEach(p -> line(sb, "session", p));
    set.resourcePolicy().ifPresent(p -> line(sb, set.isTrustPolicy() ? "trust" : "resource", p));
    for (int l = 0; l < set.scpLevels().size(); l++) {
      for (NamedPolicy p : set.scpLevels().get(l)) {
        line(sb, "scp level " + l, p);
      }
      if (set.scpLevels().get(l).isEmpty()) {
        sb.append("\n  scp level ").append(l).append(": (no policy)");
      }
    }
    for (int l = 0; l < set.rcpLevels().size(); l++) {
      for (NamedPolicy p : set.rcpLevels().get(l)) {
        line(sb, "rcp level " + l, p);
      }
      if (set.rcpLevels().get(l).isEmpty()) {
        sb.append("\n  rcp level ").append(l).append(": (no policy)");
      }
    }
    set.managementAccount().ifPresent(a -> sb.append("\n  management account ").append(a));
    return sb.append("\n}").toString();
  }

  private static void line(StringBuilder sb, String role, NamedPolicy p) {
    sb.append("\n  ").append(role).append(' ').append(p.name()).append(": ")
        .append(PolicyWriter.compact().write(p.policy()));
  }

  // ---------------------------------------------------------------------------------------------

  static Principal principal(Draw d) {
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
        yield d.maybe(50) ? Principal.RoleSession.of(sessionArn, roleArn, ROLE_ID) : Principal.RoleSession.of(sessionArn, roleArn);
      }
      case 4 -> d.maybe(50) ? new Principal.RootUser(AccountId.parse(account), "aws")
          : Principal.FederatedUser.of(Arn.of("aws", "sts", "", account, "federated-user/" + d.pick(FEDERATED_NAMES)),
              Arn.of("aws", "iam", "", account, "user/" + d.pick(USER_NAMES)));
      case 5 -> Principal.service(d.pick(SERVICES));
      default -> Principal.anonymous();
    };
  }

  static RequestContext request(Draw d) {
    Principal principal = principal(d);
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
      b.identity(new NamedPolicy("identity-" + i, PolicyGenerators.policy(d, PolicyKind.IDENTITY)));
    }
    if (d.maybe(30)) {
      b.permissionsBoundary(new NamedPolicy("boundary", PolicyGenerators.policy(d, PolicyKind.PERMISSIONS_BOUNDARY)));
    }
    if (d.maybe(25)) {
      int sessions = d.between(1, 2);
      for (int i = 0; i < sessions; i++) {
        b.session(new NamedPolicy("session-" + i, PolicyGenerators.policy(d, PolicyKind.SESSION)));
      }
    }
    int resource = d.between(0, 9);
    if (resource >= 5 && resource <= 8) {
      b.resourcePolicy(new NamedPolicy("resource", PolicyGenerators.policy(d, PolicyKind.RESOURCE)));
    } else if (resource == 9) {
      b.trustPolicy(new NamedPolicy("trust", PolicyGenerators.policy(d, PolicyKind.TRUST)));
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
          level.add(new NamedPolicy("scp-" + l, PolicyGenerators.policy(d, PolicyKind.SCP)));
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
          level.add(new NamedPolicy("rcp-" + l, PolicyGenerators.policy(d, PolicyKind.RCP)));
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
