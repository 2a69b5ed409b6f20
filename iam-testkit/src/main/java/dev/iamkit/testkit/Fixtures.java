package dev.iamkit.testkit;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Statement;
import java.util.Objects;
import java.util.Optional;

/**
 * Ready-made accounts, principals, tiny policies and requests for tests, using the example accounts of
 * the AWS documentation. Every constant is an immutable value; every method returns a new immutable
 * value, so fixtures are safe to share between tests and threads.
 *
 * <pre>{@code
 * import static dev.iamkit.testkit.Fixtures.*;
 *
 * PolicySet set = PolicySet.builder().identity(allow("s3:GetObject", "arn:aws:s3:::bucket/*")).build();
 * Evaluation e = Evaluator.standard().evaluate(set, request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/key"));
 * assertThat(e).isAllowed();
 * }</pre>
 */
public final class Fixtures {
  private Fixtures() {}

  /** The member account of the examples, {@code 111122223333}. */
  public static final AccountId MEMBER = AccountId.parse("111122223333");
  /** Another account, {@code 444455556666}, for cross-account cases. */
  public static final AccountId OTHER = AccountId.parse("444455556666");
  /** The organization's management account, {@code 999988887777}. */
  public static final AccountId MANAGEMENT = AccountId.parse("999988887777");

  /** IAM user {@code alice} of {@link #MEMBER}, {@code arn:aws:iam::111122223333:user/alice}. */
  public static final Principal.IamUser ALICE = user(MEMBER, "alice");
  /** IAM user {@code bob} of {@link #OTHER}, {@code arn:aws:iam::444455556666:user/bob}. */
  public static final Principal.IamUser BOB = user(OTHER, "bob");
  /** Session {@code ci} of role {@code Deploy} in {@link #MEMBER}. */
  public static final Principal.RoleSession DEPLOY_SESSION = roleSession(MEMBER, "Deploy", "ci");
  /** The root user of {@link #MEMBER}. */
  public static final Principal.RootUser ROOT = root(MEMBER);
  /** The service principal {@code lambda.amazonaws.com}. */
  public static final Principal LAMBDA = Principal.service("lambda.amazonaws.com");
  /** The unsigned caller. */
  public static final Principal ANONYMOUS = Principal.anonymous();

  /** IAM user {@code name} with path {@code /} in {@code account}. */
  public static Principal.IamUser user(AccountId account, String name) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(name, "name");
    return Principal.IamUser.of(Arn.of("aws", "iam", "", account.value(), "user/" + name));
  }

  /** Session {@code session} of role {@code role} (path {@code /}) in {@code account}. */
  public static Principal.RoleSession roleSession(AccountId account, String role, String session) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(session, "session");
    return Principal.RoleSession.of(Arn.of("aws", "sts", "", account.value(), "assumed-role/" + role + "/" + session));
  }

  /** The root user of {@code account}. */
  public static Principal.RootUser root(AccountId account) {
    return new Principal.RootUser(Objects.requireNonNull(account, "account"), "aws");
  }

  /** {@code {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": action, "Resource": resource}}}. */
  public static Policy allow(String action, String resource) {
    return single(Effect.ALLOW, action, resource);
  }

  /** {@code {"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": action, "Resource": resource}}}. */
  public static Policy deny(String action, String resource) {
    return single(Effect.DENY, action, resource);
  }

  /** {@code Allow * on *}, like the AWS-managed AdministratorAccess policy and the FullAWSAccess SCP. */
  public static Policy allowAll() {
    return allow("*", "*");
  }

  /**
   * A resource policy with one Allow statement naming {@code awsPrincipal} (an account ID, an ARN or
   * {@code *}) under {@code "AWS"}.
   */
  public static Policy allowPrincipal(String awsPrincipal, String action, String resource) {
    Objects.requireNonNull(awsPrincipal, "awsPrincipal");
    return policy(statement(Effect.ALLOW, action, resource).toBuilder()
        .principal(PrincipalElement.of(PrincipalType.AWS, OneOrMany.one(awsPrincipal))).build());
  }

  /** A policy with Version 2012-10-17 and the given statements (an array unless there is exactly one). */
  public static Policy policy(Statement... statements) {
    Policy.Builder b = Policy.builder().version(PolicyVersion.V2012_10_17);
    for (Statement s : statements) {
      b.statement(s);
    }
    return b.build();
  }

  /** A statement with the effect, one action and one resource. */
  public static Statement statement(Effect effect, String action, String resource) {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    return Statement.builder().effect(effect).action(action).resource(resource).build();
  }

  private static Policy single(Effect effect, String action, String resource) {
    return policy(statement(effect, action, resource));
  }

  /** A policy set holding only the given identity policies, named {@code identity[0]}, {@code identity[1]}, ... */
  public static PolicySet identityPolicies(Policy... policies) {
    PolicySet.Builder b = PolicySet.builder();
    for (Policy p : policies) {
      b.identity(Objects.requireNonNull(p, "policy"));
    }
    return b.build();
  }

  /** A named policy, for {@link PolicySet.Builder}. */
  public static NamedPolicy named(String name, Policy policy) {
    return new NamedPolicy(name, policy);
  }

  /**
   * A request by {@code principal} with the principal keys filled in (S5.9). For S3 ARNs, which carry no
   * account, the resource account is the principal's account (or {@link #MEMBER}).
   */
  public static RequestContext request(Principal principal, String action, String resource) {
    RequestContext.Builder b = RequestContext.builder().principal(principal).action(action).resource(resource);
    if (Arn.tryParse(resource).flatMap(Arn::accountId).isEmpty()) {
      b.resourceAccount(principal.account().orElse(MEMBER));
    }
    return b.withDefaultPrincipalKeys().build();
  }
}
