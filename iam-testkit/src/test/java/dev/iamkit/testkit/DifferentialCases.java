package dev.iamkit.testkit;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.testkit.ReferenceDifferentialTest.Pending;
import dev.iamkit.testkit.internal.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * The cases of the differential test: {@link RequestGenerators}' policy sets and requests, widened with the
 * operators, qualifiers, variables, escapes, defaults and keys they leave out (BinaryEquals, ArnNotEquals,
 * DateNotEquals, qualifiers on single-valued keys, unqualified multivalued keys, empty lists, Bool with a variable,
 * IPv4-mapped addresses, unknown operators without keys, web-identity callers), and with the pending features of
 * {@link ReferenceDifferentialTest#PENDING} left out by construction.
 */
final class DifferentialCases {
  private DifferentialCases() {}

  static Gen<PolicySet> policySets(Set<Pending> pending) {
    return PolicyGenerators.gen(d -> policySet(d, pending)).describedAs(RequestGenerators::describe);
  }

  static Gen<RequestContext> requests(Set<Pending> pending) {
    return PolicyGenerators.gen(d -> request(d, pending));
  }

  /** Conditions that hold only readable values, over keys the requests below sometimes carry. */
  private static final List<Condition> EXTRA_CONDITIONS = List.of(
      cond("StringEqualsIgnoreCase", "aws:PrincipalTag/team", "BLUE"),
      cond("ArnNotEquals", "aws:SourceArn", "arn:aws:s3:::example-bucket"),
      cond("ArnLike", "aws:SourceArn", "arn:aws:s3:::*"),
      cond("ArnLike", "aws:PrincipalArn", "arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}"),
      cond("StringLike", "aws:SourceArn", "arn:aws:s3:::example-*"),
      cond("BinaryEquals", "test:Blob", "aGVsbG8="),
      cond("NumericLessThan", "aws:EpochTime", "1767225600"),
      cond("NumericEquals", "aws:MultiFactorAuthAge", "1800.0"),
      cond("DateGreaterThan", "aws:TokenIssueTime", "2026-01-01T00:00:00Z"),
      cond("DateNotEquals", "aws:CurrentTime", "2026-11-28T12:00:00Z"),
      cond("DateLessThanEquals", "aws:EpochTime", "2026-11-28T12:00:00Z"),
      cond("StringEquals", "aws:TagKeys", "team"),
      cond("ForAllValues:StringEquals", "aws:username", "alice"),
      cond("ForAnyValue:StringNotLike", "aws:TagKeys", "cost-*"),
      cond("ForAllValues:StringNotEqualsIfExists", "aws:TagKeys", "env", "team"),
      cond("StringEquals", "aws:ResourceTag/team", "${aws:PrincipalTag/team, 'blue'}"),
      cond("StringNotEquals", "aws:ResourceTag/team", "${aws:PrincipalTag/team}"),
      cond("StringLike", "s3:prefix", "home/${aws:username}/*"),
      cond("StringLike", "s3:prefix", "a${*}b"),
      cond("StringEquals", "s3:prefix", "${aws:TagKeys}"),
      cond("Null", "aws:TagKeys", "true"),
      cond("Null", "s3:prefix", "false"),
      cond("StringNotEqualsIfExists", "aws:SourceVpce", "vpce-1a2b3c4d"),
      cond("Bool", "aws:SecureTransport", "${aws:PrincipalTag/secure, 'true'}"),
      cond("IpAddress", "aws:SourceIp", "::ffff:203.0.113.0/120"),
      cond("NotIpAddress", "aws:SourceIp", "203.0.113.0/24", "2001:db8::/32"),
      cond("ArnNotLikeIfExists", "aws:SourceArn", "arn:aws:s3:::logs-*"),
      cond("StringLikeIfExists", "s3:prefix", "home/*"),
      Condition.builder().addEmpty(ConditionOperator.parse("StringEqualsSomeday")).build());

  /** Conditions with values their operator cannot read (S3.14): only when that feature is no longer pending. */
  private static final List<Condition> UNREADABLE_CONDITIONS = List.of(
      cond("NumericLessThan", "aws:MultiFactorAuthAge", "abc"),
      cond("NotIpAddress", "aws:SourceIp", "123456789012"),
      cond("ArnNotLike", "aws:SourceArn", "arn:::bucket"),
      cond("DateGreaterThan", "aws:CurrentTime", "yesterday"),
      cond("StringEqualsSomeday", "aws:username", "alice"));

  private static Condition cond(String operator, String key, String... values) {
    return Condition.builder().add(ConditionOperator.parse(operator), key, values).build();
  }

  static PolicySet policySet(Draw d, Set<Pending> pending) {
    PolicySet set = RequestGenerators.policySet(d);
    PolicySet.Builder b = set.toBuilder();
    if (d.maybe(50)) {
      b.identity(new NamedPolicy("extra-identity", extraPolicy(d, PolicyKind.IDENTITY, pending)));
    }
    if (d.maybe(20) && set.resourcePolicy().isEmpty()) {
      b.resourcePolicy(new NamedPolicy("extra-resource", extraPolicy(d, PolicyKind.RESOURCE, pending)));
    }
    return b.build();
  }

  private static Policy extraPolicy(Draw d, PolicyKind kind, Set<Pending> pending) {
    List<Statement> statements = new ArrayList<>();
    int n = d.between(1, 3);
    for (int i = 0; i < n; i++) {
      Statement.Builder s = Statement.builder().effect(d.maybe(30) ? Effect.DENY : Effect.ALLOW)
          .action(d.pick("*", "s3:*", "s3:GetObject", "sts:AssumeRole", "kms:Decrypt", "dynamodb:*"))
          .resource(d.pick("*", "arn:aws:s3:::example-bucket/*", "arn:aws:*:*:*:*", "arn:aws:kms:*:*:key/*"));
      List<Condition> pool = new ArrayList<>(EXTRA_CONDITIONS);
      if (!pending.contains(Pending.UNREADABLE_CONDITION_VALUES)) {
        pool.addAll(UNREADABLE_CONDITIONS);
      }
      s.condition(d.pick(pool));
      if (kind == PolicyKind.RESOURCE) {
        boolean notPrincipal = d.maybe(25)
            && (s.build().effect() == Effect.DENY || !pending.contains(Pending.NOT_PRINCIPAL_ALLOW));
        PrincipalElement principal = d.maybe(50) ? PolicyGenerators.principal(d)
            : PrincipalElement.of(PrincipalType.AWS, OneOrMany.list(d.pick(
                List.of("arn:aws:iam::111122223333:user/alice", "111122223333"),
                List.of("arn:aws:sts::111122223333:assumed-role/Deploy/ci", "arn:aws:iam::111122223333:role/Deploy"),
                List.of("arn:aws:iam::444455556666:root"))));
        if (notPrincipal) {
          s.notPrincipal(principal);
        } else {
          s.principal(principal);
        }
      }
      statements.add(s.build());
    }
    return Policy.builder().version(d.maybe(85) ? PolicyVersion.V2012_10_17 : null).statements(statements).build();
  }

  static RequestContext request(Draw d, Set<Pending> pending) {
    RequestContext r = RequestGenerators.request(d);
    RequestContext.Builder b = r.toBuilder();
    if (pending.contains(Pending.KMS_KEY_POLICIES) && r.resource().startsWith("arn:aws:kms:")) {
      // S6.16 is pending in the engine: ask about the function instead of the key.
      b.action("lambda:InvokeFunction").resource(r.resource().replace(":kms:", ":lambda:")
          .replaceFirst("key/.*", "function:process-orders"));
    }
    if (d.maybe(6)) {
      // S2.4, S6.14: a caller that came in through a web identity provider has no identity side.
      b.principal(new Principal.WebIdentityUser(d.pick("cognito-identity.amazonaws.com", "accounts.google.com")))
          .action(d.pick("sts:AssumeRoleWithWebIdentity", "sts:AssumeRole", "s3:GetObject"))
          .resource("arn:aws:iam::111122223333:role/Deploy");
      // the role's ARN names its account (S5.7): an S3 request's resourceAccount does not carry over
      r.resourceAccount().filter(a -> !a.value().equals("111122223333"))
          .ifPresent(a -> b.resourceAccount(dev.iamkit.core.arn.AccountId.parse("111122223333")));
    }
    if (d.maybe(40)) {
      b.context("aws:SourceArn", ContextValue.string(d.pick("arn:aws:s3:::example-bucket", "arn:aws:s3:::logs-1",
          "not-an-arn", "arn:aws:s3:::example-bucket/a:b")));
    }
    if (d.maybe(30)) {
      b.context("test:Blob", ContextValue.binary(d.pick("aGVsbG8=", "d29ybGQ=")));
    }
    if (d.maybe(30)) {
      b.context("aws:TokenIssueTime", ContextValue.date(d.pick("2025-06-01T00:00:00Z", "2026-06-01T00:00:00Z")));
    }
    if (d.maybe(40)) {
      b.context("s3:prefix", ContextValue.string(d.pick("home/alice/x", "home/bob/", "a*b", "axb", "")));
    }
    if (d.maybe(20)) {
      b.context("aws:PrincipalTag/secure", ContextValue.string(d.pick("true", "false", "TRUE", "yes")));
    }
    if (d.maybe(10)) {
      b.context("aws:SourceIp", ContextValue.ip(d.pick("::ffff:203.0.113.5", "203.0.113.5")));
    }
    return b.build();
  }
}
