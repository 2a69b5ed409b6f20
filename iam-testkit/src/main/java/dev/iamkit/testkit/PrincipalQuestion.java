package dev.iamkit.testkit;

import dev.iamkit.core.eval.ContextValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The question "may the principal perform these actions on a resource?", asked by
 * {@link PrincipalAssert#can} or {@link PrincipalAssert#cannot}: add context keys for this question with
 * {@link #withContext}, then name the resources with {@link #on}, which evaluates and returns to the
 * principal.
 *
 * <pre>{@code
 * assertThat(directory).principal("arn:aws:iam::111122223333:user/alice")
 *     .can("s3:GetObject").withContext("aws:SourceIp", "203.0.113.5").on("arn:aws:s3:::reports/q1.csv");
 * }</pre>
 *
 * <p>Mutable and not thread-safe, like every assert object.
 *
 * @param <SELF> the directory assert the principal belongs to
 */
public final class PrincipalQuestion<SELF extends AbstractDirectoryAssert<SELF, ?>> {
  private final PrincipalAssert<SELF> principal;
  private final boolean expectAllow;
  private final List<String> actions;
  private final Map<String, ContextValue> context;

  PrincipalQuestion(PrincipalAssert<SELF> principal, boolean expectAllow, List<String> actions,
      Map<String, ContextValue> context) {
    this.principal = principal;
    this.expectAllow = expectAllow;
    this.actions = actions;
    this.context = new LinkedHashMap<>(context);
  }

  /** A request context key of this question, typed by the key's known type ({@link ContextValue#forKey}). */
  public PrincipalQuestion<SELF> withContext(String key, String... values) {
    return withContext(key, ContextValue.forKey(Objects.requireNonNull(key, "key"), values));
  }

  /** A request context key of this question, with a typed value. */
  public PrincipalQuestion<SELF> withContext(String key, ContextValue value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    AbstractPolicyAssert.putContext(context, key, value);
    return this;
  }

  /**
   * Authorizes each action on each resource (an ARN or {@code *}) and fails, showing the request, the
   * decision, the deciding statements and the missing context keys, unless every one is allowed (for
   * {@code can}) or none is (for {@code cannot}).
   *
   * @return the principal, to ask more
   */
  public PrincipalAssert<SELF> on(String resource, String... more) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(more, "more");
    principal.check(expectAllow, actions, context, resource);
    for (String r : more) {
      principal.check(expectAllow, actions, context, Objects.requireNonNull(r, "resource"));
    }
    return principal;
  }
}
