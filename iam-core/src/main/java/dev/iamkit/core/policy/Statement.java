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
  // The optional elements are kept as Optionals, made once here: the accessors, which the validator and the
  // compiler call several times per statement, then allocate nothing. equals, hashCode and toString are those of
  // the values (an empty Optional hashes to 0, as null does in Objects.hash).
  private final Optional<String> sid;
  private final Effect effect;
  private final Optional<PrincipalElement> principal;
  private final Optional<PrincipalElement> notPrincipal;
  private final Optional<OneOrMany<Action>> action;
  private final Optional<OneOrMany<Action>> notAction;
  private final Optional<OneOrMany<Resource>> resource;
  private final Optional<OneOrMany<Resource>> notResource;
  private final Optional<Condition> condition;

  private Statement(Builder b) {
    this.sid = Optional.ofNullable(b.sid);
    this.effect = Objects.requireNonNull(b.effect, "A statement needs an effect: call effect(..) before build()");
    this.principal = Optional.ofNullable(b.principal);
    this.notPrincipal = Optional.ofNullable(b.notPrincipal);
    this.action = Optional.ofNullable(b.action);
    this.notAction = Optional.ofNullable(b.notAction);
    this.resource = Optional.ofNullable(b.resource);
    this.notResource = Optional.ofNullable(b.notResource);
    this.condition = Optional.ofNullable(b.condition);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this statement's elements. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sid = sid.orElse(null);
    b.effect = effect;
    b.principal = principal.orElse(null);
    b.notPrincipal = notPrincipal.orElse(null);
    b.action = action.orElse(null);
    b.notAction = notAction.orElse(null);
    b.resource = resource.orElse(null);
    b.notResource = notResource.orElse(null);
    b.condition = condition.orElse(null);
    return b;
  }

  /** The statement ID, if written. */
  public Optional<String> sid() {
    return sid;
  }

  /** Allow or Deny. */
  public Effect effect() {
    return effect;
  }

  /** The Principal element, if written. */
  public Optional<PrincipalElement> principal() {
    return principal;
  }

  /** The NotPrincipal element, if written. */
  public Optional<PrincipalElement> notPrincipal() {
    return notPrincipal;
  }

  /** The Action element, if written. */
  public Optional<OneOrMany<Action>> action() {
    return action;
  }

  /** The NotAction element, if written. */
  public Optional<OneOrMany<Action>> notAction() {
    return notAction;
  }

  /** The Resource element, if written. */
  public Optional<OneOrMany<Resource>> resource() {
    return resource;
  }

  /** The NotResource element, if written. */
  public Optional<OneOrMany<Resource>> notResource() {
    return notResource;
  }

  /** The Condition block, if written. */
  public Optional<Condition> condition() {
    return condition;
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
    if (sid.isPresent()) {
      sb.append("Sid=").append(sid.get()).append(", ");
    }
    sb.append("Effect=").append(effect);
    append(sb, "Principal", principal.orElse(null));
    append(sb, "NotPrincipal", notPrincipal.orElse(null));
    append(sb, "Action", action.orElse(null));
    append(sb, "NotAction", notAction.orElse(null));
    append(sb, "Resource", resource.orElse(null));
    append(sb, "NotResource", notResource.orElse(null));
    append(sb, "Condition", condition.orElse(null));
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
