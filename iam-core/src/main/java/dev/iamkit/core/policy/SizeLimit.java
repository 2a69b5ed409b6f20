package dev.iamkit.core.policy;

import java.util.Locale;

/**
 * AWS's policy size quotas (S10.2). IAM quotas count characters without white space; Organizations
 * quotas (SCP, RCP) count every character; the session quota counts the raw parameter.
 */
public enum SizeLimit {
  /** One customer managed policy: 6,144 characters, white space not counted. */
  MANAGED(6_144, false),
  /** All inline policies of a user: 2,048. */
  USER_INLINE(2_048, false),
  /** All inline policies of a group: 5,120. */
  GROUP_INLINE(5_120, false),
  /** All inline policies of a role: 10,240. */
  ROLE_INLINE(10_240, false),
  /** A role trust policy: 2,048 by default (A20). */
  TRUST(2_048, false),
  /** Session policies: 2,048 characters of the raw parameter, white space included. */
  SESSION(2_048, true),
  /** SCPs and RCPs: 5,120 characters, white space included. */
  ORGANIZATIONS(5_120, true),
  /** A VPC endpoint policy: 20,480 characters, white space included. */
  VPC_ENDPOINT(20_480, true),
  /** No quota (AWS managed policies are not held to customer quotas). */
  NONE(Integer.MAX_VALUE, true);

  private final int maxCharacters;
  private final boolean countsWhitespace;

  SizeLimit(int maxCharacters, boolean countsWhitespace) {
    this.maxCharacters = maxCharacters;
    this.countsWhitespace = countsWhitespace;
  }

  /** The largest allowed size. */
  public int maxCharacters() {
    return maxCharacters;
  }

  /** Whether white space counts toward the size. */
  public boolean countsWhitespace() {
    return countsWhitespace;
  }

  /** The command-line name: {@code managed}, {@code user-inline}, ..., {@code none}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The limit AWS applies by default to a policy of {@code kind}. */
  public static SizeLimit defaultFor(PolicyKind kind) {
    return switch (kind) {
      case IDENTITY, PERMISSIONS_BOUNDARY -> MANAGED;
      case TRUST -> TRUST;
      case SESSION -> SESSION;
      case SCP, RCP -> ORGANIZATIONS;
      case VPC_ENDPOINT -> VPC_ENDPOINT;
      case RESOURCE -> NONE;
    };
  }

  /** The limit whose {@link #id()} is {@code id}; throws {@link IllegalArgumentException} for others. */
  public static SizeLimit fromId(String id) {
    for (SizeLimit l : values()) {
      if (l.id().equals(id)) {
        return l;
      }
    }
    throw new IllegalArgumentException("Unknown size limit \"" + id
        + "\": expected one of managed, user-inline, group-inline, role-inline, trust, session, organizations, vpc-endpoint, none");
  }
}
