package dev.iamkit.core.policy;

import dev.iamkit.core.internal.validate.PolicyChecker;
import dev.iamkit.core.internal.validate.PolicySize;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a policy against AWS's rules for a {@link PolicyKind} and returns every problem found, not just
 * the first (S1.13). Immutable and thread-safe; {@link #standard()} is shared.
 *
 * <pre>{@code
 * List<PolicyProblem> problems = PolicyValidator.standard().validate(policy, PolicyKind.IDENTITY);
 * boolean awsWouldAccept = problems.stream().noneMatch(PolicyProblem::isError);
 *
 * PolicyValidator forInlineUserPolicies = PolicyValidator.builder()
 *     .sizeLimit(SizeLimit.USER_INLINE)
 *     .checkCatalog(false)
 *     .build();
 * }</pre>
 *
 * <h2>What is checked</h2>
 * <ul>
 *   <li>The element table of S1.11 for the kind: Version (an error for identity policies and permissions
 *       boundaries, which are managed policies, and for SCPs and RCPs; a warning for the other kinds, A3),
 *       Id (a warning in identity, boundary and session policies, A2), Principal and NotPrincipal required
 *       or forbidden, {@code "Principal": "*"} in RCPs, no NotPrincipal or NotAction in RCPs, no Allow in
 *       customer RCPs (the only RCP with Allow, RCPFullAWSAccess, is managed by AWS), no Resource and only
 *       the STS trust actions in trust policies, mutually exclusive pairs, missing Action or Resource.</li>
 *   <li>The syntax of every element: Sid characters and uniqueness (S1.5), action entries (S1.8), resource
 *       ARNs (S1.9, S2.2), principal values (S1.7), condition operators, keys and values (S1.10, S3),
 *       policy variables (S4.2, S4.3).</li>
 *   <li>The warnings of S1.13: NotPrincipal, NotAction or NotResource with Allow; set-qualifier misuse
 *       (S3.13); Deny with {@code Bool aws:MultiFactorAuthPresent false} (S5.2); actions and condition keys
 *       unknown to the service reference snapshot (can be turned off with {@link Builder#checkCatalog}).</li>
 *   <li>The size quota (S10.2), by default {@link SizeLimit#defaultFor(PolicyKind)}.</li>
 * </ul>
 *
 * <p>Each problem carries a JSON pointer into the document (RFC 6901: {@code /Statement/0/Action/1}, or
 * {@code /Statement/Action} when Statement is a single object) and no source position; iam-json adds
 * positions. Where AWS rejects a policy for the cause, the message ends with AWS's own text in
 * {@code (AWS: ...)}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">Policy grammar</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM quotas</a>
 */
public final class PolicyValidator {
  private static final PolicyValidator STANDARD = new Builder().build();

  private final @Nullable SizeLimit sizeLimit;
  private final boolean checkCatalog;

  private PolicyValidator(Builder b) {
    this.sizeLimit = b.sizeLimit;
    this.checkCatalog = b.checkCatalog;
  }

  /** A validator with AWS's default size quota for each kind and the service catalogue checks on. */
  public static PolicyValidator standard() {
    return STANDARD;
  }

  /** A builder starting from the standard settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this validator's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sizeLimit = sizeLimit;
    b.checkCatalog = checkCatalog;
    return b;
  }

  /** The size quota set with {@link Builder#sizeLimit}; empty when each kind uses its default. */
  public Optional<SizeLimit> sizeLimit() {
    return Optional.ofNullable(sizeLimit);
  }

  /** The size quota applied to a policy of {@code kind}. */
  public SizeLimit sizeLimitFor(PolicyKind kind) {
    Objects.requireNonNull(kind, "kind");
    return sizeLimit != null ? sizeLimit : SizeLimit.defaultFor(kind);
  }

  /** Whether actions and condition keys unknown to the service reference snapshot are reported. */
  public boolean checksCatalog() {
    return checkCatalog;
  }

  /**
   * Every problem of {@code policy} used as {@code kind}, errors and warnings, in document order. The
   * size is measured on the policy's compact JSON form (no white space between tokens).
   */
  public List<PolicyProblem> validate(Policy policy, PolicyKind kind) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(kind, "kind");
    SizeLimit limit = sizeLimitFor(kind);
    long size = limit == SizeLimit.NONE ? -1 : PolicySize.of(policy, limit.countsWhitespace());
    return PolicyChecker.check(policy, kind, size, limit, versionRequired(kind), checkCatalog);
  }

  /**
   * Every problem of {@code policy} used as {@code kind}, with the size counted on {@code sourceText},
   * the document as it was sent: IAM quotas ignore every SPACE, TAB, CR and LF (A4); the session and
   * Organizations quotas count every character (S10.2).
   */
  public List<PolicyProblem> validate(Policy policy, PolicyKind kind, String sourceText) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sourceText, "sourceText");
    SizeLimit limit = sizeLimitFor(kind);
    long size = limit == SizeLimit.NONE ? -1 : PolicySize.of(sourceText, limit.countsWhitespace());
    return PolicyChecker.check(policy, kind, size, limit, versionRequired(kind), checkCatalog);
  }

  /**
   * The size of {@code policy} as {@code limit} counts it: characters of its compact JSON form, spaces
   * inside strings left out unless {@link SizeLimit#countsWhitespace()}.
   */
  public static long size(Policy policy, SizeLimit limit) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(limit, "limit");
    return PolicySize.of(policy, limit.countsWhitespace());
  }

  /** The size of the document text {@code sourceText} as {@code limit} counts it (S10.2, A4). */
  public static long size(String sourceText, SizeLimit limit) {
    Objects.requireNonNull(sourceText, "sourceText");
    Objects.requireNonNull(limit, "limit");
    return PolicySize.of(sourceText, limit.countsWhitespace());
  }

  /**
   * Managed policies (identity policies and boundaries), SCPs and RCPs must say 2012-10-17; for inline and
   * trust policies AWS's behaviour is disputed, so iamkit only warns (A3). An identity policy checked
   * against one of the inline quotas ({@link SizeLimit#USER_INLINE}, {@link SizeLimit#GROUP_INLINE},
   * {@link SizeLimit#ROLE_INLINE}) is taken to be inline.
   */
  private boolean versionRequired(PolicyKind kind) {
    return switch (kind) {
      case PERMISSIONS_BOUNDARY, SCP, RCP -> true;
      case IDENTITY -> sizeLimit != SizeLimit.USER_INLINE && sizeLimit != SizeLimit.GROUP_INLINE
          && sizeLimit != SizeLimit.ROLE_INLINE;
      case RESOURCE, TRUST, SESSION, VPC_ENDPOINT -> false;
    };
  }

  @Override
  public String toString() {
    return "PolicyValidator{sizeLimit=" + (sizeLimit == null ? "per kind" : sizeLimit.id())
        + ", checkCatalog=" + checkCatalog + "}";
  }

  /** Builds a {@link PolicyValidator}; not thread-safe. */
  public static final class Builder {
    private @Nullable SizeLimit sizeLimit;
    private boolean checkCatalog = true;

    private Builder() {}

    /** The size quota for every kind, instead of {@link SizeLimit#defaultFor(PolicyKind)}. */
    public Builder sizeLimit(SizeLimit sizeLimit) {
      this.sizeLimit = Objects.requireNonNull(sizeLimit, "sizeLimit");
      return this;
    }

    /** Whether to warn about unknown actions and condition keys (default true). */
    public Builder checkCatalog(boolean checkCatalog) {
      this.checkCatalog = checkCatalog;
      return this;
    }

    /** The validator. */
    public PolicyValidator build() {
      return new PolicyValidator(this);
    }
  }
}
