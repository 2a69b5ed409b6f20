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
  RCP("rcp");

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

  /** Whether statements of this kind carry a Principal element (resource, trust and RCP policies). */
  public boolean hasPrincipal() {
    return this == RESOURCE || this == TRUST || this == RCP;
  }

  /**
   * The kind whose {@link #id()} or constant name is {@code id} (ignoring case); {@code boundary} is kept as another
   * name of {@link #PERMISSIONS_BOUNDARY}. Throws {@link IllegalArgumentException} for others.
   */
  public static PolicyKind fromId(String id) {
    if ("boundary".equalsIgnoreCase(id)) {
      return PERMISSIONS_BOUNDARY;
    }
    for (PolicyKind k : values()) {
      if (k.id.equalsIgnoreCase(id) || k.name().equalsIgnoreCase(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException("Unknown policy kind \"" + id
        + "\": expected one of identity, resource, trust, permissions-boundary (or boundary), session, scp, rcp");
  }

  @Override
  public String toString() {
    return id;
  }
}
