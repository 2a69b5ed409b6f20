package dev.iamkit.core.directory;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.credentials.PasswordPolicy;
import dev.iamkit.core.identity.Group;
import dev.iamkit.core.identity.Role;
import dev.iamkit.core.identity.RootUserCredentials;
import dev.iamkit.core.identity.User;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One AWS account in a {@link Directory} (S7.1): its root user's credentials, password policy, users,
 * groups, roles, customer managed policies and resources. Immutable and thread-safe.
 *
 * <p>The maps of users, groups, roles and policies are keyed by the lower-cased name
 * ({@link Locale#ROOT}), since names are unique ignoring case (S10.1); {@link #user(String)} and the
 * other lookups ignore case. Resources are keyed by ARN.
 */
public final class Account {
  private final AccountId id;
  private final RootUserCredentials root;
  private final Optional<PasswordPolicy> passwordPolicy;
  private final Map<String, User> users;
  private final Map<String, Group> groups;
  private final Map<String, Role> roles;
  private final Map<String, ManagedPolicy> policies;
  private final Map<String, AwsResource> resources;

  private Account(AccountId id, RootUserCredentials root, @Nullable PasswordPolicy passwordPolicy,
      Map<String, User> users, Map<String, Group> groups, Map<String, Role> roles, Map<String, ManagedPolicy> policies,
      Map<String, AwsResource> resources) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(root, "root");
    users = copy(users);
    groups = copy(groups);
    roles = copy(roles);
    policies = copy(policies);
    resources = copy(resources);
    this.id = id;
    this.root = root;
    this.passwordPolicy = Optional.ofNullable(passwordPolicy);
    this.users = users;
    this.groups = groups;
    this.roles = roles;
    this.policies = policies;
    this.resources = resources;
  }

  /**
   * The value made of these parts. Copies the maps, keeping their order.
   *
   * @param id the account ID
   * @param root the root user's credentials
   * @param passwordPolicy the password policy; absent means AWS's default (S7.2)
   * @param users users by lower-cased name
   * @param groups groups by lower-cased name
   * @param roles roles by lower-cased name
   * @param policies customer managed policies by lower-cased name
   * @param resources resources by ARN
   * @return the value
   */
  public static Account of(AccountId id, RootUserCredentials root, @Nullable PasswordPolicy passwordPolicy,
      Map<String, User> users, Map<String, Group> groups, Map<String, Role> roles, Map<String, ManagedPolicy> policies,
      Map<String, AwsResource> resources) {
    return new Account(id, root, passwordPolicy, users, groups, roles, policies, resources);
  }

  /** The account ID. */
  public AccountId id() {
    return id;
  }

  /** The root user's credentials. */
  public RootUserCredentials root() {
    return root;
  }

  /** The password policy; absent means AWS's default (S7.2). */
  public Optional<PasswordPolicy> passwordPolicy() {
    return passwordPolicy;
  }

  /** Users by lower-cased name. */
  public Map<String, User> users() {
    return users;
  }

  /** Groups by lower-cased name. */
  public Map<String, Group> groups() {
    return groups;
  }

  /** Roles by lower-cased name. */
  public Map<String, Role> roles() {
    return roles;
  }

  /** Customer managed policies by lower-cased name. */
  public Map<String, ManagedPolicy> policies() {
    return policies;
  }

  /** Resources by ARN. */
  public Map<String, AwsResource> resources() {
    return resources;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || obj instanceof Account o
        && id.equals(o.id) && root.equals(o.root) && passwordPolicy.equals(o.passwordPolicy)
            && users.equals(o.users) && groups.equals(o.groups) && roles.equals(o.roles)
            && policies.equals(o.policies) && resources.equals(o.resources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, root, passwordPolicy, users, groups, roles, policies, resources);
  }

  @Override
  public String toString() {
    return "Account[id=" + id + ", root=" + root + ", passwordPolicy=" + passwordPolicy + ", users=" + users
        + ", groups=" + groups + ", roles=" + roles + ", policies=" + policies + ", resources=" + resources + "]";
  }

  /** An account with nothing in it. */
  public static Account empty(AccountId id) {
    return new Account(id, RootUserCredentials.none(), null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** The user named {@code name}, ignoring case. */
  public Optional<User> user(String name) {
    return Optional.ofNullable(users.get(key(name)));
  }

  /** The group named {@code name}, ignoring case. */
  public Optional<Group> group(String name) {
    return Optional.ofNullable(groups.get(key(name)));
  }

  /** The role named {@code name}, ignoring case. */
  public Optional<Role> role(String name) {
    return Optional.ofNullable(roles.get(key(name)));
  }

  /** The customer managed policy named {@code name}, ignoring case. */
  public Optional<ManagedPolicy> policy(String name) {
    return Optional.ofNullable(policies.get(key(name)));
  }

  /** The password policy in force: the account's, or AWS's default. */
  public PasswordPolicy effectivePasswordPolicy() {
    return passwordPolicy.orElse(PasswordPolicy.awsDefault());
  }

  /** The map key of a name: lower-cased with {@link Locale#ROOT}. */
  static String key(String name) {
    return Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
