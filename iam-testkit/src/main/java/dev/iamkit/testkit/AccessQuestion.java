package dev.iamkit.testkit;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.identity.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The question "does the policy allow these actions on a resource?", asked by
 * {@link AbstractPolicyAssert#allows} or {@link AbstractPolicyAssert#doesNotAllow}: set the caller with
 * {@link #as} and context keys with {@link #withContext}, then name the resource with {@link #on}, which
 * evaluates and returns to the policy assert.
 *
 * <pre>{@code
 * assertThat(policy)
 *     .allows("s3:GetObject").withContext("aws:SecureTransport", "true").on("arn:aws:s3:::reports/q1.csv")
 *     .doesNotAllow("s3:GetObject").as("arn:aws:iam::444455556666:user/bob").on("arn:aws:s3:::reports/q1.csv");
 * }</pre>
 *
 * <p>Mutable and not thread-safe, like every assert object.
 *
 * @param <SELF> the policy assert to return to
 */
public final class AccessQuestion<SELF extends AbstractPolicyAssert<SELF, ?>> {
  private final SELF policyAssert;
  private final boolean expectAllow;
  private final List<String> actions;
  private Principal principal;
  private final Map<String, ContextValue> context;

  AccessQuestion(SELF policyAssert, boolean expectAllow, List<String> actions, Principal principal,
      Map<String, ContextValue> context) {
    this.policyAssert = policyAssert;
    this.expectAllow = expectAllow;
    this.actions = actions;
    this.principal = principal;
    this.context = new LinkedHashMap<>(context);
  }

  /** The caller: a principal ARN ({@code arn:aws:iam::A:user/N}, a session ARN, root) or {@code anonymous}. */
  public AccessQuestion<SELF> as(String principalArn) {
    return as(Principal.parse(Objects.requireNonNull(principalArn, "principalArn")));
  }

  /** The caller (for example {@link Fixtures#DEPLOY_SESSION} or {@code Principal.service(...)}). */
  public AccessQuestion<SELF> as(Principal principal) {
    this.principal = Objects.requireNonNull(principal, "principal");
    return this;
  }

  /**
   * A request context key with its values as text, typed by the key's known type
   * ({@link ContextValue#forKey}): {@code withContext("aws:SourceIp", "203.0.113.5")} is an IP address,
   * {@code withContext("aws:TagKeys", "team", "env")} a list.
   */
  public AccessQuestion<SELF> withContext(String key, String... values) {
    return withContext(key, ContextValue.forKey(key, values));
  }

  /** A request context key with a typed value. */
  public AccessQuestion<SELF> withContext(String key, ContextValue value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    AbstractPolicyAssert.putContext(context, key, value);
    return this;
  }

  /**
   * Evaluates each action on each resource and fails, explaining the decision, unless every one is allowed
   * (for {@code allows}) or none is (for {@code doesNotAllow}).
   *
   * @return the policy assert, to ask more
   */
  public SELF on(String resource, String... more) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(more, "more");
    policyAssert.check(expectAllow, actions, principal, context, resource);
    for (String r : more) {
      policyAssert.check(expectAllow, actions, principal, context, Objects.requireNonNull(r, "resource"));
    }
    return policyAssert;
  }
}
