package dev.iamkit.core.eval;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.engine.RequestFacts;
import dev.iamkit.core.internal.match.RequestResource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request to decide (S6.1): who calls, which action on which resource, and the typed context keys.
 * Immutable and thread-safe; build with {@link #builder()}.
 *
 * <p>Context key names are case-insensitive (S3.3): they are looked up lower-cased with {@link Locale#ROOT},
 * and a builder refuses two keys that differ only by case. The resource is an ARN, or {@code *} for
 * actions without resource-level permissions (S2.2). The resource's account is taken from the ARN
 * unless given (S3 bucket ARNs have none).
 *
 * <pre>{@code
 * RequestContext request = RequestContext.builder()
 *     .principal(Principal.parse("arn:aws:iam::111122223333:user/alice"))
 *     .action("s3:GetObject")
 *     .resource("arn:aws:s3:::bucket/key")
 *     .resourceAccount(AccountId.parse("111122223333"))
 *     .context("aws:SourceIp", ContextValue.ip("203.0.113.5"))
 *     .build();
 * }</pre>
 */
public final class RequestContext {
  private final Principal principal;
  private final String action;
  private final String resource;
  private final @Nullable AccountId resourceAccount;
  /** The account given with {@link Builder#resourceAccount(AccountId)}, which toBuilder() hands over. */
  private final @Nullable AccountId givenAccount;
  /** The account field of the resource ARN, read with {@link #facts}' split: toBuilder() hands both over. */
  private final @Nullable AccountId accountInArn;
  private final Map<String, ContextValue> values;
  private final Map<String, String> keyNames;
  /** The action lower-cased and the resource split, once, for the evaluator. */
  private final RequestFacts facts;

  private RequestContext(Builder b) {
    this.principal = Objects.requireNonNull(b.principal, "principal: call principal(..) before build()");
    this.action = Objects.requireNonNull(b.action, "action: call action(..) before build()");
    this.resource = b.resource == null ? "*" : b.resource;
    this.accountInArn = b.accountInArn;
    this.givenAccount = b.resourceAccount;
    this.resourceAccount = givenAccount != null ? givenAccount : accountInArn;
    // The builder's maps are handed over, not copied: the builder copies them before its next change.
    this.values = b.shared ? b.values : Collections.unmodifiableMap(b.values);
    this.keyNames = b.shared ? b.keyNames : Collections.unmodifiableMap(b.keyNames);
    b.values = this.values;
    b.keyNames = this.keyNames;
    b.shared = true;
    this.facts = RequestFacts.of(action, b.split == null ? RequestResource.ALL : b.split, principal, resourceAccount);
  }

  /** What the evaluator derives from the action and the resource, computed once with the request. */
  RequestFacts facts() {
    return facts;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request. It holds the resource account only if one was given: an account read from the
   * resource ARN follows the resource, so a new resource brings its own (S5.7).
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.principal = principal;
    b.action = action;
    b.resource = resource;
    b.split = facts.resource();
    b.accountInArn = accountInArn;
    b.resourceAccount = givenAccount;
    b.values = values;
    b.keyNames = keyNames;
    b.shared = true;
    return b;
  }

  public Principal principal() {
    return principal;
  }

  /** The action, {@code service:Operation}, as given. */
  public String action() {
    return action;
  }

  /** The resource ARN, or {@code *}. */
  public String resource() {
    return resource;
  }

  /** The account that owns the resource, when known. */
  public Optional<AccountId> resourceAccount() {
    return Optional.ofNullable(resourceAccount);
  }

  /** The value of a context key, looked up ignoring case. */
  public Optional<ContextValue> get(String key) {
    return Optional.ofNullable(values.get(key.toLowerCase(Locale.ROOT)));
  }

  /** Every context value by lower-cased key name. */
  public Map<String, ContextValue> values() {
    return values;
  }

  /** Every context key as it was given, by lower-cased key name. */
  public Map<String, String> keyNames() {
    return keyNames;
  }

  @Override
  public String toString() {
    return "RequestContext{principal=" + principal + ", action=" + action + ", resource=" + resource
        + (resourceAccount == null ? "" : ", resourceAccount=" + resourceAccount) + ", context=" + values + "}";
  }

  /** Builds a {@link RequestContext}; not thread-safe. */
  public static final class Builder {
    private @Nullable Principal principal;
    private @Nullable String action;
    private @Nullable String resource;
    private @Nullable AccountId resourceAccount;
    /**
     * {@link #resource} as {@link Arn} read it, once, when it was set: its field split for the engine (null before a
     * resource is set) and the account field of the ARN (null for none, for {@code *} or before a resource is set).
     */
    private @Nullable RequestResource split;
    private @Nullable AccountId accountInArn;
    private Map<String, ContextValue> values = new LinkedHashMap<>();
    private Map<String, String> keyNames = new LinkedHashMap<>();
    /**
     * Whether {@link #values} and {@link #keyNames} are the unmodifiable maps of a built request, shared until this
     * builder's first change copies them (so toBuilder() and build() copy nothing).
     */
    private boolean shared;

    private Builder() {}

    public Builder principal(Principal principal) {
      this.principal = Objects.requireNonNull(principal, "principal");
      return this;
    }

    /**
     * The action, {@code service:Operation}.
     *
     * @throws IllegalArgumentException if it has no service prefix or no operation name
     */
    public Builder action(String action) {
      Objects.requireNonNull(action, "action");
      int colon = action.indexOf(':');
      if (colon <= 0 || colon == action.length() - 1 || action.indexOf(':', colon + 1) >= 0) {
        throw new IllegalArgumentException("Invalid action \"" + action + "\": expected service:Operation");
      }
      this.action = action;
      return this;
    }

    /**
     * The resource: an ARN or {@code *}.
     *
     * @throws IllegalArgumentException if it is neither
     */
    public Builder resource(String resource) {
      Objects.requireNonNull(resource, "resource");
      if (resource.equals("*")) {
        this.split = RequestResource.ALL;
        this.accountInArn = null;
      } else {
        Arn arn = Arn.tryParse(resource).orElse(null);
        if (arn == null) {
          throw new IllegalArgumentException("Invalid resource \"" + resource + "\": expected an ARN or \"*\"");
        }
        this.split = RequestResource.of(arn);
        this.accountInArn = arn.accountId().orElse(null);
      }
      this.resource = resource;
      return this;
    }

    public Builder resourceAccount(AccountId account) {
      this.resourceAccount = Objects.requireNonNull(account, "account");
      return this;
    }

    /**
     * Sets a context key. Setting the same key again (in any case) replaces it.
     */
    public Builder context(String key, ContextValue value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (key.isEmpty()) {
        throw new IllegalArgumentException("Context key names must not be empty");
      }
      String lower = key.toLowerCase(Locale.ROOT);
      if (shared) {
        values = new LinkedHashMap<>(values);
        keyNames = new LinkedHashMap<>(keyNames);
        shared = false;
      }
      values.put(lower, value);
      keyNames.put(lower, key);
      return this;
    }

    /**
     * Sets a context key that must not be present yet in any case.
     *
     * @throws IllegalArgumentException if a key differing only by case was set before (S3.3)
     */
    public Builder contextUnique(String key, ContextValue value) {
      String lower = Objects.requireNonNull(key, "key").toLowerCase(Locale.ROOT);
      if (keyNames.containsKey(lower)) {
        throw new IllegalArgumentException("Context key \"" + key + "\" is already set as \""
            + keyNames.get(lower) + "\": key names are case-insensitive");
      }
      return context(key, value);
    }

    /** Whether a key is set, ignoring case. */
    public boolean has(String key) {
      return values.containsKey(key.toLowerCase(Locale.ROOT));
    }

    /**
     * Fills the principal keys AWS derives from the caller (S5.1, S5.9), each only when not already set:
     * {@code aws:PrincipalArn}, {@code aws:PrincipalAccount}, {@code aws:PrincipalType}, {@code aws:userid}
     * (when the unique ID is known, or for root, federated and anonymous callers), {@code aws:username}
     * (IAM users), {@code aws:PrincipalIsAWSService}, and for service principals
     * {@code aws:PrincipalServiceName} and {@code aws:PrincipalServiceNamesList}; and {@code aws:ResourceAccount}
     * (S5.7) from {@link #resourceAccount(AccountId)} or the account field of the resource ARN, when the resource
     * was set before this call.
     *
     * @throws NullPointerException if no principal was set
     */
    public Builder withDefaultPrincipalKeys() {
      Principal p = Objects.requireNonNull(principal, "principal: call principal(..) first");
      AccountId owner = resourceAccount != null ? resourceAccount : accountInArn;
      if (owner != null) {
        putDefault("aws:ResourceAccount", ContextValue.string(owner.value()));
      }
      p.principalArn().ifPresent(arn -> putDefault("aws:PrincipalArn", ContextValue.string(arn.toString())));
      p.principalType().ifPresent(t -> putDefault("aws:PrincipalType", ContextValue.string(t)));
      if (p instanceof Principal.Anonymous) {
        putDefault("aws:PrincipalAccount", ContextValue.string("anonymous"));
        putDefault("aws:userid", ContextValue.string("anonymous"));
        return this;
      }
      p.account().ifPresent(a -> putDefault("aws:PrincipalAccount", ContextValue.string(a.value())));
      if (p instanceof Principal.ServicePrincipal s) {
        putDefault("aws:PrincipalIsAWSService", ContextValue.bool(true));
        putDefault("aws:PrincipalServiceName", ContextValue.string(s.name()));
        putDefault("aws:PrincipalServiceNamesList", ContextValue.strings(java.util.List.of(s.name())));
        return this;
      }
      putDefault("aws:PrincipalIsAWSService", ContextValue.bool(false));
      if (p instanceof Principal.RootUser r) {
        putDefault("aws:userid", ContextValue.string(r.accountId().value()));
      } else if (p instanceof Principal.IamUser u) {
        putDefault("aws:username", ContextValue.string(u.name()));
        u.uniqueId().ifPresent(id -> putDefault("aws:userid", ContextValue.string(id)));
      } else if (p instanceof Principal.RoleSession rs) {
        rs.roleUniqueId().ifPresent(id -> putDefault("aws:userid", ContextValue.string(id + ":" + rs.sessionName())));
      } else if (p instanceof Principal.FederatedUser f) {
        f.account().ifPresent(a -> putDefault("aws:userid", ContextValue.string(a.value() + ":" + f.name())));
      }
      return this;
    }

    /**
     * Fills {@code aws:CurrentTime} (ISO 8601) and {@code aws:EpochTime} (seconds) from {@code now}, each only
     * when not already set (S5.3). iam-core reads no clock: pass {@code clock.instant()}.
     */
    public Builder withDefaultTimeKeys(java.time.Instant now) {
      Objects.requireNonNull(now, "now");
      java.time.Instant seconds = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
      putDefault("aws:CurrentTime", ContextValue.date(seconds));
      putDefault("aws:EpochTime", ContextValue.of(ContextType.DATE, Long.toString(seconds.getEpochSecond())));
      return this;
    }

    private void putDefault(String key, ContextValue value) {
      if (!has(key)) {
        context(key, value);
      }
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException if {@link #resourceAccount(AccountId)} contradicts the account field of
     *     the resource ARN (S5.7: the account in the ARN is the resource's owner)
     */
    public RequestContext build() {
      AccountId inArn = accountInArn;
      if (resourceAccount != null && inArn != null && !inArn.equals(resourceAccount)) {
        throw new IllegalArgumentException("resourceAccount " + resourceAccount + " contradicts the account "
            + inArn + " in the resource ARN \"" + resource + "\": give the ARN's account or leave"
            + " resourceAccount out");
      }
      return new RequestContext(this);
    }
  }
}
