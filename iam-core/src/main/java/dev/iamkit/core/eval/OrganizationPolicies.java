package dev.iamkit.core.eval;

import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.Statement;
import java.util.Objects;

/**
 * The two policies AWS Organizations itself attaches to every root, organizational unit and account (S9.2, S9.4):
 * the SCP {@code FullAWSAccess} and the RCP {@code RCPFullAWSAccess}, each allowing everything, so that a level
 * restricts only what its own policies deny or leave out. Customers cannot create an RCP that allows; these are
 * AWS's. Immutable constants.
 */
public final class OrganizationPolicies {
  /** {@code FullAWSAccess}: {@code Allow * on *}, the SCP at every level unless detached. */
  public static final NamedPolicy FULL_AWS_ACCESS = new NamedPolicy("FullAWSAccess", Policy.builder()
      .version(PolicyVersion.V2012_10_17)
      .statement(Statement.builder().effect(Effect.ALLOW).action("*").resource("*").build())
      .build());

  /** {@code RCPFullAWSAccess}: {@code Allow * on * to "*"}, the RCP at every level; it cannot be detached. */
  public static final NamedPolicy RCP_FULL_AWS_ACCESS = new NamedPolicy("RCPFullAWSAccess", Policy.builder()
      .version(PolicyVersion.V2012_10_17)
      .statement(Statement.builder().effect(Effect.ALLOW).principal(PrincipalElement.wildcard()).action("*")
          .resource("*").build())
      .build());

  /**
   * Whether {@code statement} is the one statement of {@link #RCP_FULL_AWS_ACCESS} ({@code Allow * on * to "*"}),
   * whatever its Sid: the statement a file modelling an organization may show at a level although a customer RCP
   * may not allow (S9.4).
   */
  public static boolean isRcpFullAwsAccess(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    return statement.toBuilder().sid(null).build().equals(RCP_FULL_AWS_ACCESS.policy().statements().get(0));
  }

  private OrganizationPolicies() {}
}
