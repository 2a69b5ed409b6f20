package dev.iamkit.json;

import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.SourcePosition;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request of a {@link Simulation}: the request to decide, the policies that apply to it and the
 * expected decision. Immutable and thread-safe.
 *
 * <p>{@link #request()} holds the context keys given in the file plus the principal keys derived from the
 * principal ({@code aws:PrincipalArn}, {@code aws:PrincipalAccount}, {@code aws:PrincipalType},
 * {@code aws:userid}, {@code aws:username}, ... S5.9) unless given. The time keys {@code aws:CurrentTime} and
 * {@code aws:EpochTime} are added when the simulation runs, from the instant passed to
 * {@link Simulation#run}, unless given.
 *
 * <p>{@link #policies()} holds the file's resource policy as a role trust policy when the action is a
 * role-assumption action ({@code sts:AssumeRole}, {@code sts:AssumeRoleWithSAML},
 * {@code sts:AssumeRoleWithWebIdentity}, {@code sts:TagSession}, {@code sts:SetSourceIdentity},
 * {@code sts:SetContext}, ignoring case) on an IAM role ARN (S6.14), and as the resource's own policy
 * otherwise.
 */
public final class SimulationRequest {
  private final @Nullable String id;
  private final RequestContext request;
  private final @Nullable Decision expected;
  private final PolicySet policies;
  private final @Nullable SourcePosition position;

  SimulationRequest(@Nullable String id, RequestContext request, @Nullable Decision expected, PolicySet policies,
      @Nullable SourcePosition position) {
    this.id = id;
    this.request = request;
    this.expected = expected;
    this.policies = policies;
    this.position = position;
  }

  /** The request's label ({@code "id"} in the file), if given. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The request, with principal keys filled in (see the class documentation). */
  public RequestContext request() {
    return request;
  }

  /** The expected decision ({@code "expect"} in the file), if given. */
  public Optional<Decision> expected() {
    return Optional.ofNullable(expected);
  }

  /** The policies that apply to this request. */
  public PolicySet policies() {
    return policies;
  }

  /** Where the request object starts in the file. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  /** The request as it runs at {@code now}: with {@code aws:CurrentTime} and {@code aws:EpochTime} unless given. */
  RequestContext requestAt(java.time.Instant now) {
    return request.toBuilder().withDefaultTimeKeys(now).build();
  }

  @Override
  public String toString() {
    return "SimulationRequest{" + (id == null ? "" : "id=" + id + ", ") + request.action() + " on " + request.resource()
        + " by " + request.principal() + (expected == null ? "" : ", expect " + expected.id()) + "}";
  }
}
