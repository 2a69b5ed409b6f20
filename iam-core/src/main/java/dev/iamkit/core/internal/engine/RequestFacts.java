package dev.iamkit.core.internal.engine;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.match.RequestResource;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the engine derives from a request's action and resource, computed once when the
 * {@link dev.iamkit.core.eval.RequestContext} is built so that evaluating it allocates and lower-cases nothing:
 * the action lower-cased with {@link Locale#ROOT} (S2.1 matches ignoring case), its service prefix and colon, and
 * the resource split into its ARN fields. Immutable and thread-safe.
 */
public final class RequestFacts {
  final String lowerAction;
  final String service;
  final int colon;
  final RequestResource resource;
  /** Whether the resource is a KMS key, whose key policy must always grant (S6.16). */
  final boolean kmsKey;
  /** Whether the action needs no permission from an authenticated caller (S6.16, A22). */
  final boolean needsNoPermission;
  /** The caller's account, when it has one. */
  final @Nullable AccountId principalAccount;
  /** The resource's account, or the caller's when the request does not say (see {@link Engine}). */
  final @Nullable AccountId resourceAccount;

  private RequestFacts(String action, RequestResource resource, @Nullable AccountId principalAccount,
      @Nullable AccountId resourceAccount) {
    // Non-ASCII text may change length when lower-cased, so the colon is found again.
    this.lowerAction = action.toLowerCase(Locale.ROOT);
    this.colon = lowerAction.indexOf(':');
    this.service = lowerAction.substring(0, Math.max(colon, 0));
    this.resource = resource;
    this.kmsKey = Engine.isKmsKey(this.resource);
    this.needsNoPermission = Engine.needsNoPermission(action);
    this.principalAccount = principalAccount;
    this.resourceAccount = resourceAccount != null ? resourceAccount : principalAccount;
  }

  /**
   * The facts of a request.
   *
   * @param action {@code service:Operation}
   * @param resource the resource, read once with its account when the request was built
   * @param principal the caller
   * @param resourceAccount the resource's account when known
   * @return the facts
   */
  public static RequestFacts of(String action, RequestResource resource, Principal principal,
      @Nullable AccountId resourceAccount) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(principal, "principal");
    return new RequestFacts(action, resource, principal.account().orElse(null), resourceAccount);
  }

  /** The request's resource, split into its ARN fields. */
  public RequestResource resource() {
    return resource;
  }

  @Override
  public String toString() {
    return lowerAction + " on " + resource;
  }
}
