package dev.iamkit.core.policy;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One statement of a policy (S1.4 to S1.10). Immutable and thread-safe; build with {@link #builder()}.
 *
 * <p>Every element but Effect is optional here, and mutually exclusive pairs (Action and NotAction,
 * ...) may both be set: the model holds what was written, and {@link PolicyValidator} says what AWS
 * would reject for a given {@link PolicyKind}.
 *
 * <pre>{@code
 * Statement s = Statement.builder()
 *     .sid("ReadBucket")
 *     .effect(Effect.ALLOW)
 *     .action(OneOrMany.list(Action.of("s3:GetObject"), Action.of("s3:ListBucket")))
 *     .resource(OneOrMany.one(Resource.of("arn:aws:s3:::bucket/*")))
 *     .build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html">Statement</a>
 */
public final class Statement {
  private final @Nullable String sid;
  private final Effect effect;
  private final @Nullable PrincipalElement principal;
  private final @Nullable PrincipalElement notPrincipal;
  private final @Nullable OneOrMany<Action> action;
  private final @Nullable OneOrMany<Action> notAction;
  private final @Nullable OneOrMany<Resource> resource;
  private final @Nullable OneOrMany<Resource> notResource;
  private final @Nullable Condition condition;

  private Statement(Builder b) {
    this.sid = b.sid;
    this.effect = Objects.requireNonNull(b.effect, "A statement needs an effect: call effect(..) before build()");
    this.principal = b.principal;
    this.notPrincipal = b.notPrincipal;
    this.action = b.action;
    this.notAction = b.notAction;
    this.resource = b.resource;
    this.notResource = b.notResource;
    this.condition = b.condition;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this statement's elements. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sid = sid;
    b.effect = effect;
    b.principal = principal;
    b.notPrincipal = notPrincipal;
    b.action = action;
    b.notAction = notAction;
    b.resource = resource;
    b.notResource = notResource;
    b.condition = condition;
    return b;
  }

  /** The statement ID, if written. */
  public Optional<String> sid() {
    return Optional.ofNullable(sid);
  }

  /** Allow or Deny. */
  public Effect effect() {
    return effect;
  }

  /** The Principal element, if written. */
  public Optional<PrincipalElement> principal() {
    return Optional.ofNullable(principal);
  }

  /** The NotPrincipal element, if written. */
  public Optional<PrincipalElement> notPrincipal() {
    return Optional.ofNullable(notPrincipal);
  }

  /** The Action element, if written. */
  public Optional<OneOrMany<Action>> action() {
    return Optional.ofNullable(action);
  }

  /** The NotAction element, if written. */
  public Optional<OneOrMany<Action>> notAction() {
    return Optional.ofNullable(notAction);
  }

  /** The Resource element, if written. */
  public Optional<OneOrMany<Resource>> resource() {
    return Optional.ofNullable(resource);
  }

  /** The NotResource element, if written. */
  public Optional<OneOrMany<Resource>> notResource() {
    return Optional.ofNullable(notResource);
  }

  /** The Condition block, if written. */
  public Optional<Condition> condition() {
    return Optional.ofNullable(condition);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Statement s
        && Objects.equals(sid, s.sid)
        && effect == s.effect
        && Objects.equals(principal, s.principal)
        && Objects.equals(notPrincipal, s.notPrincipal)
        && Objects.equals(action, s.action)
        && Objects.equals(notAction, s.notAction)
        && Objects.equals(resource, s.resource)
        && Objects.equals(notResource, s.notResource)
        && Objects.equals(condition, s.condition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sid, effect, principal, notPrincipal, action, notAction, resource, notResource, condition);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Statement{");
    if (sid != null) {
      sb.append("Sid=").append(sid).append(", ");
    }
    sb.append("Effect=").append(effect);
    append(sb, "Principal", principal);
    append(sb, "NotPrincipal", notPrincipal);
    append(sb, "Action", action);
    append(sb, "NotAction", notAction);
    append(sb, "Resource", resource);
    append(sb, "NotResource", notResource);
    append(sb, "Condition", condition);
    return sb.append('}').toString();
  }

  private static void append(StringBuilder sb, String name, @Nullable Object value) {
    if (value != null) {
      sb.append(", ").append(name).append('=').append(value);
    }
  }

  /** Builds a {@link Statement}; not thread-safe. Every setter accepts {@code null} to clear. */
  public static final class Builder {
    private @Nullable String sid;
    private @Nullable Effect effect;
    private @Nullable PrincipalElement principal;
    private @Nullable PrincipalElement notPrincipal;
    private @Nullable OneOrMany<Action> action;
    private @Nullable OneOrMany<Action> notAction;
    private @Nullable OneOrMany<Resource> resource;
    private @Nullable OneOrMany<Resource> notResource;
    private @Nullable Condition condition;

    private Builder() {}

    public Builder sid(@Nullable String sid) {
      this.sid = sid;
      return this;
    }

    public Builder effect(@Nullable Effect effect) {
      this.effect = effect;
      return this;
    }

    public Builder principal(@Nullable PrincipalElement principal) {
      this.principal = principal;
      return this;
    }

    public Builder notPrincipal(@Nullable PrincipalElement notPrincipal) {
      this.notPrincipal = notPrincipal;
      return this;
    }

    public Builder action(@Nullable OneOrMany<Action> action) {
      this.action = action;
      return this;
    }

    /** Sets Action to the given entries: one bare value, or an array when several are given. */
    public Builder action(String... actions) {
      this.action = actions.length == 1 ? OneOrMany.one(Action.of(actions[0]))
          : OneOrMany.list(java.util.Arrays.stream(actions).map(Action::of).toList());
      return this;
    }

    public Builder notAction(@Nullable OneOrMany<Action> notAction) {
      this.notAction = notAction;
      return this;
    }

    public Builder resource(@Nullable OneOrMany<Resource> resource) {
      this.resource = resource;
      return this;
    }

    /** Sets Resource to the given entries: one bare value, or an array when several are given. */
    public Builder resource(String... resources) {
      this.resource = resources.length == 1 ? OneOrMany.one(Resource.of(resources[0]))
          : OneOrMany.list(java.util.Arrays.stream(resources).map(Resource::of).toList());
      return this;
    }

    public Builder notResource(@Nullable OneOrMany<Resource> notResource) {
      this.notResource = notResource;
      return this;
    }

    public Builder condition(@Nullable Condition condition) {
      this.condition = condition;
      return this;
    }

    /**
     * The statement.
     *
     * @throws NullPointerException if no effect was set
     */
    public Statement build() {
      return new Statement(this);
    }
  }
}
