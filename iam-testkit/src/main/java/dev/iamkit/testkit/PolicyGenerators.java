package dev.iamkit.testkit;

import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.testkit.internal.Draw;
import java.util.Objects;
import org.quicktheories.core.Gen;

/**
 * QuickTheories views of {@link IamGenerators}: generators of policies that are valid <em>by construction</em> for their
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
 * <p>{@link #of(IamGenerator)} turns any {@link IamGenerator} into a {@code Gen}.
 *
 * <pre>{@code
 * qt().forAll(PolicyGenerators.policies())
 *     .checkAssert(p -> assertThat(PolicyValidator.standard().validate(p, PolicyKind.IDENTITY))
 *         .noneMatch(PolicyProblem::isError));
 * }</pre>
 */
public final class PolicyGenerators {
  private PolicyGenerators() {}

  /** {@code generator} as a QuickTheories {@code Gen}, drawing (and shrinking) through QuickTheories' source. */
  public static <T> Gen<T> of(IamGenerator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return in -> generator.body().apply(new Draw(in));
  }

  /**
   * Identity policies (S1.11 identity column) as inline user, group or role policies (any Version, A3);
   * see the class documentation.
   */
  public static Gen<Policy> policies() {
    return policies(PolicyKind.IDENTITY);
  }

  /** {@link IamGenerators#policies(PolicyKind)}. */
  public static Gen<Policy> policies(PolicyKind kind) {
    return of(IamGenerators.policies(kind));
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

  /** {@link IamGenerators#statements(PolicyKind)}. */
  public static Gen<Statement> statements(PolicyKind kind) {
    return of(IamGenerators.statements(kind));
  }

  /** {@link IamGenerators#statements(PolicyKind, Effect)}. */
  public static Gen<Statement> statements(PolicyKind kind, Effect effect) {
    return of(IamGenerators.statements(kind, effect));
  }

  /** {@link IamGenerators#conditions()}. */
  public static Gen<Condition> conditions() {
    return of(IamGenerators.conditions());
  }

  /** {@link IamGenerators#actions()}. */
  public static Gen<OneOrMany<Action>> actions() {
    return of(IamGenerators.actions());
  }

  /** {@link IamGenerators#resources()}. */
  public static Gen<OneOrMany<Resource>> resources() {
    return of(IamGenerators.resources());
  }

  /** {@link IamGenerators#principalElements()}. */
  public static Gen<PrincipalElement> principals() {
    return of(IamGenerators.principalElements());
  }

  // Package-private entry points kept for tests written against the generators before IamGenerators.

  static <T> Gen<T> gen(java.util.function.Function<Draw, T> body) {
    return of(new IamGenerator<>(body));
  }

  static Policy policy(Draw d, PolicyKind kind) {
    return IamGenerators.policy(d, kind);
  }

  static Statement statement(Draw d, PolicyKind kind, @org.jspecify.annotations.Nullable String sid) {
    return IamGenerators.statement(d, kind, sid);
  }

  static Condition condition(Draw d, PolicyKind kind) {
    return IamGenerators.condition(d, kind);
  }

  static PrincipalElement principal(Draw d) {
    return IamGenerators.principal(d);
  }
}
