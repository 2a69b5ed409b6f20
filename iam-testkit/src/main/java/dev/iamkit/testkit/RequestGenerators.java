package dev.iamkit.testkit;

import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.json.PolicyWriter;
import org.quicktheories.core.Gen;

/**
 * QuickTheories views of {@link IamGenerators}: requests and the policy sets to decide them against, drawn from the
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
  public static final Policy FULL_AWS_ACCESS = IamGenerators.FULL_AWS_ACCESS;

  /** {@code RCPFullAWSAccess}: the RCP AWS attaches to every target, {@code Allow * on * to "*"}. */
  public static final Policy RCP_FULL_AWS_ACCESS = IamGenerators.RCP_FULL_AWS_ACCESS;

  /** Callers: root, users, role sessions, federated users, services and anonymous (see the class documentation). */
  public static Gen<Principal> principals() {
    return PolicyGenerators.of(IamGenerators.principals());
  }

  /** Requests (see the class documentation). */
  public static Gen<RequestContext> requests() {
    return PolicyGenerators.of(IamGenerators.requests());
  }

  /** Policy sets (see the class documentation). */
  public static Gen<PolicySet> policySets() {
    return PolicyGenerators.of(IamGenerators.policySets()).describedAs(RequestGenerators::describe);
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

  // Package-private entry points kept for tests written against the generators before IamGenerators.

  static Principal principal(dev.iamkit.testkit.internal.Draw d) {
    return IamGenerators.caller(d);
  }

  static RequestContext request(dev.iamkit.testkit.internal.Draw d) {
    return IamGenerators.request(d);
  }

  static PolicySet policySet(dev.iamkit.testkit.internal.Draw d) {
    return IamGenerators.policySet(d);
  }
}
