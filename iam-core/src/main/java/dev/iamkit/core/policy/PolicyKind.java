package dev.iamkit.core.policy;

/**
 * Where a policy is used; decides which elements it must and may have (S1.11) and how it takes part in
 * evaluation (S6).
 */
public enum PolicyKind {
  /** Attached to a user, group or role (inline or managed). */
  IDENTITY("identity"),
  /** Attached to a resource (bucket policy, key policy, queue policy, ...). */
  RESOURCE("resource"),
  /** A role's trust policy: the resource policy of the role for {@code sts:AssumeRole*}. */
  TRUST("trust"),
  /** A permissions boundary of a user or role. */
  PERMISSIONS_BOUNDARY("permissions-boundary"),
  /** A session policy passed when temporary credentials are issued. */
  SESSION("session"),
  /** A service control policy of AWS Organizations. */
  SCP("scp"),
  /** A resource control policy of AWS Organizations. */
  RCP("rcp"),
  /**
   * The policy of the VPC endpoint a request came through (a request carrying {@code aws:SourceVpce}): resource-policy
   * grammar with a required {@code Principal}; a gate like the RCPs, which must allow and whose Deny is final
   * (S6.16). On the command line {@code vpc-endpoint}, also accepted as {@code endpoint}.
   */
  VPC_ENDPOINT("vpc-endpoint");

  private final String id;

  PolicyKind(String id) {
    this.id = id;
  }

  /**
   * The lower-case name used on the command line and in reports: {@code identity}, {@code permissions-boundary},
   * ... ({@link #fromId} also accepts {@code boundary}).
   */
  public String id() {
    return id;
  }

  /** Whether statements of this kind carry a Principal element (resource, trust, RCP and VPC endpoint policies). */
  public boolean hasPrincipal() {
    return this == RESOURCE || this == TRUST || this == RCP || this == VPC_ENDPOINT;
  }

  /**
   * The kind whose {@link #id()} or constant name is {@code id} (ignoring case); {@code boundary} is kept as another
   * name of {@link #PERMISSIONS_BOUNDARY} and {@code endpoint} of {@link #VPC_ENDPOINT}. Throws
   * {@link IllegalArgumentException} for others.
   */
  public static PolicyKind fromId(String id) {
    if ("boundary".equalsIgnoreCase(id)) {
      return PERMISSIONS_BOUNDARY;
    }
    if ("endpoint".equalsIgnoreCase(id)) {
      return VPC_ENDPOINT;
    }
    for (PolicyKind k : values()) {
      if (k.id.equalsIgnoreCase(id) || k.name().equalsIgnoreCase(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("Unknown policy kind \"" + id
        + "\": expected one of identity, resource, trust, permissions-boundary (or boundary), session, scp, rcp,"
        + " vpc-endpoint (or endpoint)");
  }

  @Override
  public String toString() {
    return id;
  }
}
