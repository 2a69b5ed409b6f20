package dev.iamkit.core.directory;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.credentials.AccessKey;
import dev.iamkit.core.credentials.AccessKeyStatus;
import dev.iamkit.core.credentials.LoginProfile;
import dev.iamkit.core.credentials.MfaDevice;
import dev.iamkit.core.credentials.PasswordHash;
import dev.iamkit.core.credentials.PasswordPolicy;
import dev.iamkit.core.credentials.Secret;
import dev.iamkit.core.credentials.Totp;
import dev.iamkit.core.identity.Group;
import dev.iamkit.core.identity.Organization;
import dev.iamkit.core.identity.OrganizationalUnit;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Role;
import dev.iamkit.core.identity.RootUserCredentials;
import dev.iamkit.core.identity.User;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.internal.identity.Ids;
import dev.iamkit.core.internal.identity.Shapes;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.core.sts.ValidationErrorException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of everything IAM knows (S7, S9): the organization with its units, SCPs and
 * RCPs, the accounts with their root users, users, groups, roles, customer managed policies and resources,
 * and the AWS managed policies. Immutable and thread-safe; change it through {@link Iam} or build a new
 * one with {@link #builder(Clock, SecureRandom)}.
 *
 * <pre>{@code
 * Directory world = Directory.builder(clock, random)
 *     .createAccount(ACCOUNT)
 *     .createUser(ACCOUNT, "/", "alice")
 *     .importLoginProfile(ACCOUNT, "alice", "pw")
 *     .importAccessKey(ACCOUNT, "alice", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
 *         AccessKeyStatus.ACTIVE)
 *     .build();
 * }</pre>
 */
public final class Directory {
  private static final Directory EMPTY = new Directory(Map.of(), null, Map.of());

  private final Map<AccountId, Account> accounts;
  private final @Nullable Organization organization;
  private final Map<String, ManagedPolicy> awsManagedPolicies;
  private final Map<String, KeyHolder> accessKeys;
  /** What authorization gathered from this snapshot for a session's principal (see {@link Authorizer}). */
  private final SnapshotCache<Authorizer.PrincipalKey, Authorizer.PrincipalSide> principalSides =
      new SnapshotCache<>(4_096);
  /** What authorization gathered from this snapshot for a requested resource (see {@link Authorizer}). */
  private final SnapshotCache<String, Authorizer.ResourceSide> resourceSides = new SnapshotCache<>(4_096);
  /** The policy sets gathered and compiled from this snapshot (see {@link Authorizer}). */
  private final SnapshotCache<Authorizer.SetKey, dev.iamkit.core.eval.PolicySet> policySets = new SnapshotCache<>(4_096);

  /**
   * Who holds an access key: a user, or the root user when {@code userName} is null, and the principal a
   * request signed with it acts as.
   */
  record KeyHolder(AccountId account, @Nullable String userName, AccessKey key, Principal principal) {}

  private Directory(Map<AccountId, Account> accounts, @Nullable Organization organization,
      Map<String, ManagedPolicy> awsManagedPolicies) {
    this.accounts = Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    this.organization = organization;
    this.awsManagedPolicies = Collections.unmodifiableMap(new LinkedHashMap<>(awsManagedPolicies));
    Map<String, KeyHolder> keys = new HashMap<>();
    for (Account a : accounts.values()) {
      for (AccessKey k : a.root().accessKeys()) {
        keys.put(k.accessKeyId(), new KeyHolder(a.id(), null, k, new Principal.RootUser(a.id(), "aws")));
      }
      for (User u : a.users().values()) {
        for (AccessKey k : u.accessKeys()) {
          keys.put(k.accessKeyId(), new KeyHolder(a.id(), u.name(), k, u.principal()));
        }
      }
    }
    this.accessKeys = Collections.unmodifiableMap(keys);
  }

  /** The directory with nothing in it. */
  public static Directory empty() {
    return EMPTY;
  }

  /**
   * A builder for a new directory. {@code clock} gives creation times and checks MFA codes;
   * {@code random} draws unique IDs and password salts.
   */
  public static Builder builder(Clock clock, SecureRandom random) {
    return new Builder(EMPTY, clock, random, false);
  }

  /** A builder starting from this directory. */
  public Builder toBuilder(Clock clock, SecureRandom random) {
    return new Builder(this, clock, random, false);
  }

  /** A builder that refuses changes to entities AWS protects (what {@link Iam} uses). */
  Builder toGuardedBuilder(Clock clock, SecureRandom random) {
    return new Builder(this, clock, random, true);
  }

  /** The accounts by ID, in the order they were created. */
  public Map<AccountId, Account> accounts() {
    return accounts;
  }

  /** The account {@code id}. */
  public Optional<Account> account(AccountId id) {
    return Optional.ofNullable(accounts.get(Objects.requireNonNull(id, "id")));
  }

  /** The organization, when the accounts are in one. */
  public Optional<Organization> organization() {
    return Optional.ofNullable(organization);
  }

  /** The AWS managed policies by the part of their ARN after {@code policy/} (for example {@code ReadOnlyAccess}). */
  public Map<String, ManagedPolicy> awsManagedPolicies() {
    return awsManagedPolicies;
  }

  /** The user {@code name} of {@code account}, ignoring case. */
  public Optional<User> user(AccountId account, String name) {
    return account(account).flatMap(a -> a.user(name));
  }

  /** The group {@code name} of {@code account}, ignoring case. */
  public Optional<Group> group(AccountId account, String name) {
    return account(account).flatMap(a -> a.group(name));
  }

  /** The role {@code name} of {@code account}, ignoring case. */
  public Optional<Role> role(AccountId account, String name) {
    return account(account).flatMap(a -> a.role(name));
  }

  /** The role whose ARN is {@code roleArn} (path included, compared exactly). */
  public Optional<Role> role(Arn roleArn) {
    Objects.requireNonNull(roleArn, "roleArn");
    String res = roleArn.resource();
    if (!roleArn.service().equals("iam") || !res.startsWith("role/")) {
      return Optional.empty();
    }
    return roleArn.accountId().flatMap(a -> role(a, res.substring(res.lastIndexOf('/') + 1)))
        .filter(r -> r.arn().equals(roleArn));
  }

  /** The managed policy whose ARN is {@code policyArn}: customer managed or AWS managed. */
  public Optional<ManagedPolicy> policy(String policyArn) {
    Objects.requireNonNull(policyArn, "policyArn");
    Optional<Arn> arn = Arn.tryParse(policyArn);
    if (arn.isEmpty() || !arn.get().service().equals("iam") || !arn.get().resource().startsWith("policy/")) {
      return Optional.empty();
    }
    String rest = arn.get().resource().substring("policy/".length());
    if (arn.get().account().equals("aws")) {
      return Optional.ofNullable(awsManagedPolicies.get(rest));
    }
    return arn.get().accountId().flatMap(this::account)
        .flatMap(a -> a.policy(rest.substring(rest.lastIndexOf('/') + 1)))
        .filter(p -> p.arn().equals(arn.get()));
  }

  /** The users of {@code account} in group {@code groupName} (ignoring case), in creation order. */
  public List<User> groupMembers(AccountId account, String groupName) {
    String key = Account.key(groupName);
    return account(account).map(a -> a.users().values().stream()
        .filter(u -> u.groups().stream().anyMatch(g -> Account.key(g).equals(key))).toList()).orElse(List.of());
  }

  /**
   * The resource whose policy covers {@code resourceArn}: the listed resource with that ARN or, failing
   * that, the nearest listed ARN above it ({@code arn:aws:s3:::reports} for
   * {@code arn:aws:s3:::reports/2026/q1.csv}).
   */
  public Optional<AwsResource> resource(String resourceArn) {
    Objects.requireNonNull(resourceArn, "resourceArn");
    @Nullable AwsResource best = null;
    for (Account a : accounts.values()) {
      @Nullable AwsResource exact = a.resources().get(resourceArn);
      if (exact != null) {
        return Optional.of(exact);
      }
      for (AwsResource r : a.resources().values()) {
        if (r.covers(resourceArn) && (best == null || r.arn().length() > best.arn().length())) {
          best = r;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The account that owns {@code resourceArn}: the account field of the ARN, or else the account that lists
   * the resource (or an ARN above it).
   */
  public Optional<AccountId> resourceAccount(String resourceArn) {
    Optional<AccountId> fromArn = Arn.tryParse(resourceArn).flatMap(Arn::accountId);
    return fromArn.isPresent() ? fromArn : resource(resourceArn).map(AwsResource::account);
  }

  /** The principal sides gathered from this snapshot (bounded; a snapshot never changes, so none goes stale). */
  SnapshotCache<Authorizer.PrincipalKey, Authorizer.PrincipalSide> principalSides() {
    return principalSides;
  }

  /** The policy sets gathered from this snapshot (bounded; a snapshot never changes, so none goes stale). */
  SnapshotCache<Authorizer.SetKey, dev.iamkit.core.eval.PolicySet> policySets() {
    return policySets;
  }

  /** The resource sides gathered from this snapshot (bounded; a snapshot never changes, so none goes stale). */
  SnapshotCache<String, Authorizer.ResourceSide> resourceSides() {
    return resourceSides;
  }

  /** The holder of an access key ID, when some user or root user has it. */
  Optional<KeyHolder> accessKey(String accessKeyId) {
    return Optional.ofNullable(accessKeys.get(accessKeyId));
  }

  /** The holder of the MFA device with serial number {@code serial}. */
  Optional<MfaDevice> mfaDevice(AccountId account, @Nullable String userName, String serial) {
    Optional<Account> a = account(account);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    List<MfaDevice> devices = userName == null ? a.get().root().mfaDevices()
        : a.get().user(userName).map(User::mfaDevices).orElse(List.of());
    return devices.stream().filter(d -> d.serialNumber().equals(serial)).findFirst();
  }

  @Override
  public String toString() {
    return "Directory[" + accounts.size() + " accounts" + (organization == null ? "" : ", organization " + organization.id())
        + ", " + awsManagedPolicies.size() + " AWS managed policies]";
  }

  /**
   * Builds a {@link Directory} by IAM's own operations, with their checks (names, paths, quotas, policy
   * validation, name uniqueness ignoring case) and errors, plus the imports a world file needs: given
   * passwords ({@link #importLoginProfile}), access keys with their secrets ({@link #importAccessKey}) and MFA
   * seeds ({@link #importMfaDevice}). A method that throws leaves the builder unchanged. Not thread-safe.
   */
  public static final class Builder {
    private static final int USERS_PER_ACCOUNT = 5_000;
    private static final int GROUPS_PER_ACCOUNT = 300;
    private static final int ROLES_PER_ACCOUNT = 1_000;
    private static final int POLICIES_PER_ACCOUNT = 1_500;
    private static final int MANAGED_PER_ENTITY = 10;
    private static final int GROUPS_PER_USER = 10;
    private static final int ACCESS_KEYS = 2;
    private static final int MFA_DEVICES = 8;
    private static final int VERSIONS = 5;
    private static final int TAGS = 50;
    private static final Map<SizeLimit, PolicyValidator> VALIDATORS = validators();

    private final Map<AccountId, AccountDraft> accounts = new LinkedHashMap<>();
    private @Nullable Organization organization;
    private final Map<String, ManagedPolicy> awsManaged = new LinkedHashMap<>();
    private final Clock clock;
    private final SecureRandom random;
    private final boolean guarded;
    private int passwordHashIterations = PasswordHash.DEFAULT_ITERATIONS;

    private Builder(Directory from, Clock clock, SecureRandom random, boolean guarded) {
      this.clock = Objects.requireNonNull(clock, "clock");
      this.random = Objects.requireNonNull(random, "random");
      this.guarded = guarded;
      from.accounts.values().forEach(a -> accounts.put(a.id(), new AccountDraft(a)));
      this.organization = from.organization;
      this.awsManaged.putAll(from.awsManagedPolicies);
    }

    /**
     * The PBKDF2 cost of passwords hashed from now on (default {@link PasswordHash#DEFAULT_ITERATIONS}).
     *
     * @throws IllegalArgumentException below {@link PasswordHash#MIN_ITERATIONS}
     */
    public Builder passwordHashIterations(int iterations) {
      if (iterations < PasswordHash.MIN_ITERATIONS) {
        throw new IllegalArgumentException("PBKDF2 iterations must be at least " + PasswordHash.MIN_ITERATIONS
            + ", found " + iterations);
      }
      this.passwordHashIterations = iterations;
      return this;
    }

    // ---------------------------------------------------------------- accounts, organization

    /**
     * Adds an empty account.
     *
     * @throws EntityAlreadyExistsException if it exists
     */
    public Builder createAccount(AccountId id) {
      Objects.requireNonNull(id, "id");
      if (accounts.containsKey(id)) {
        throw new EntityAlreadyExistsException("Account " + id + " already exists");
      }
      accounts.put(id, new AccountDraft(Account.empty(id)));
      return this;
    }

    /**
     * Sets the organization (S9). SCPs and RCPs are validated as such; every account appears at most once.
     *
     * @throws MalformedPolicyDocumentException for an invalid SCP or RCP
     * @throws LimitExceededException for an SCP or RCP over 5,120 characters
     * @throws InvalidInputException for an account listed twice, or a management account not in the tree
     */
    public Builder organization(Organization newOrganization) {
      Objects.requireNonNull(newOrganization, "newOrganization");
      Set<AccountId> seen = new HashSet<>();
      checkUnit(newOrganization.root(), seen, "organization " + newOrganization.id());
      if (!seen.contains(newOrganization.managementAccount())) {
        throw new InvalidInputException("The management account " + newOrganization.managementAccount()
            + " is not in organization " + newOrganization.id());
      }
      this.organization = newOrganization;
      return this;
    }

    /** Removes the organization: no SCPs or RCPs apply any more. */
    public Builder removeOrganization() {
      this.organization = null;
      return this;
    }

    private void checkUnit(OrganizationalUnit unit, Set<AccountId> seen, String where) {
      String here = where + " / " + unit.name();
      for (NamedPolicy p : unit.scps()) {
        validatePolicy(p.policy(), PolicyKind.SCP, SizeLimit.ORGANIZATIONS, "SCP " + p.name() + " of " + here);
      }
      for (NamedPolicy p : unit.rcps()) {
        validatePolicy(p.policy(), PolicyKind.RCP, SizeLimit.ORGANIZATIONS, "RCP " + p.name() + " of " + here);
      }
      for (AccountId a : unit.accounts()) {
        if (!seen.add(a)) {
          throw new InvalidInputException("Account " + a + " appears twice in the organization (again in " + here + ")");
        }
      }
      unit.units().forEach(u -> checkUnit(u, seen, here));
    }

    /**
     * Sets the account's password policy for IAM users (S7.2).
     *
     * @throws NoSuchEntityException if the account does not exist
     */
    public Builder passwordPolicy(AccountId account, PasswordPolicy policy) {
      Objects.requireNonNull(policy, "policy");
      draft(account).passwordPolicy = policy;
      return this;
    }

    /** Removes the account's password policy: AWS's default applies again. */
    public Builder deletePasswordPolicy(AccountId account) {
      draft(account).passwordPolicy = null;
      return this;
    }

    /**
     * Adds an AWS managed policy {@code arn:aws:iam::aws:policy/NAME} ({@code NAME} may contain a path such
     * as {@code service-role/AWSLambdaBasicExecutionRole}). It cannot be changed afterwards through
     * {@link Iam} (issue 13 §5).
     *
     * @throws EntityAlreadyExistsException if one with that name exists
     * @throws MalformedPolicyDocumentException if the document is not a valid identity policy
     */
    public Builder awsManagedPolicy(String name, Policy document) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(document, "document");
      if (name.isEmpty() || name.startsWith("/") || name.endsWith("/")) {
        throw new ValidationErrorException("Invalid AWS managed policy name \"" + name + "\"");
      }
      if (awsManaged.containsKey(name)) {
        throw new EntityAlreadyExistsException("AWS managed policy " + name + " already exists");
      }
      validatePolicy(document, PolicyKind.IDENTITY, SizeLimit.NONE, "AWS managed policy " + name);
      int slash = name.lastIndexOf('/');
      String path = slash < 0 ? "/" : "/" + name.substring(0, slash + 1);
      Arn arn = Arn.of("aws", "iam", "", "aws", "policy/" + name);
      awsManaged.put(name, new ManagedPolicy(arn, path, name.substring(slash + 1), Ids.uniqueId("ANPA", random),
          List.of(new ManagedPolicyVersion("v1", document, clock.instant())), "v1", 2));
      return this;
    }

    // ---------------------------------------------------------------- root user

    /**
     * Sets the root user's password, hashed; the password policy does not apply to root (S7.1).
     *
     * @throws ValidationErrorException if it is not 1-128 characters of TAB, LF, CR, U+0020-U+00FF
     */
    public Builder rootPassword(AccountId account, String password) {
      Objects.requireNonNull(password, "password");
      AccountDraft a = draft(account);
      Shapes.password(password).ifPresent(m -> {
        throw new ValidationErrorException(m);
      });
      a.rootLogin = new LoginProfile(PasswordHash.of(password, random, passwordHashIterations), false, clock.instant());
      return this;
    }

    /** Sets the root user's password from a stored hash. */
    public Builder rootPasswordHash(AccountId account, PasswordHash hash) {
      Objects.requireNonNull(hash, "hash");
      draft(account).rootLogin = new LoginProfile(hash, false, clock.instant());
      return this;
    }

    /** Removes the root user's password. */
    public Builder deleteRootPassword(AccountId account) {
      draft(account).rootLogin = null;
      return this;
    }

    /**
     * Gives the root user an access key with a known ID and secret (at most 2, S7.1).
     *
     * @throws LimitExceededException for a third key
     * @throws EntityAlreadyExistsException if the ID is in use
     * @throws ValidationErrorException for an ID that is not 16-128 word characters or an empty secret
     */
    public Builder importRootAccessKey(AccountId account, String accessKeyId, String secretAccessKey,
        AccessKeyStatus status) {
      AccountDraft a = draft(account);
      AccessKey key = newKey(accessKeyId, secretAccessKey, status, a.rootKeys, "the root user of " + account);
      a.rootKeys.add(key);
      return this;
    }

    /**
     * Registers an MFA device of the root user from its base32 seed, without codes (a world being loaded).
     *
     * @throws LimitExceededException for a ninth device
     * @throws EntityAlreadyExistsException if the serial number is in use in the account
     * @throws ValidationErrorException for a bad serial number or seed
     */
    public Builder importRootMfaDevice(AccountId account, String serialNumber, String base32Seed) {
      AccountDraft a = draft(account);
      a.rootMfa.add(newDevice(a, serialNumber, base32Seed, a.rootMfa, "the root user of " + account));
      return this;
    }

    // ---------------------------------------------------------------- users

    /**
     * Creates a user with no credentials and no permissions (S7.2).
     *
     * @throws ValidationErrorException for a bad name (1-64 of {@code [\w+=,.@-]}) or path
     * @throws EntityAlreadyExistsException if a user of that name exists, ignoring case
     * @throws LimitExceededException over 5,000 users
     * @throws NoSuchEntityException if the account does not exist
     */
    public Builder createUser(AccountId account, String path, String name) {
      AccountDraft a = draft(account);
      check(Shapes.name("User name", name, 1, 64));
      check(Shapes.path(path));
      if (a.users.containsKey(Account.key(name))) {
        throw new EntityAlreadyExistsException("User with name " + name + " already exists in " + account);
      }
      if (a.users.size() >= USERS_PER_ACCOUNT) {
        throw new LimitExceededException("Cannot exceed quota for UsersPerAccount: " + USERS_PER_ACCOUNT);
      }
      UserDraft u = new UserDraft(User.of(account, path, name, Ids.uniqueId("AIDA", random), clock.instant(),
          Map.of(), List.of(), List.of(), Map.of(), null, null, List.of(), List.of()));
      a.users.put(Account.key(name), u);
      return this;
    }

    /**
     * Deletes a user that has nothing left (S7.2).
     *
     * @throws DeleteConflictException while it has a login profile, access keys, MFA devices, inline or
     *     attached policies or group memberships
     */
    public Builder deleteUser(AccountId account, String name) {
      AccountDraft a = draft(account);
      UserDraft u = user(a, name);
      List<String> left = new ArrayList<>();
      if (u.login != null) {
        left.add("a login profile");
      }
      if (!u.keys.isEmpty()) {
        left.add("access keys");
      }
      if (!u.mfa.isEmpty()) {
        left.add("MFA devices");
      }
      if (!u.inline.isEmpty()) {
        left.add("inline policies");
      }
      if (!u.attached.isEmpty()) {
        left.add("attached policies");
      }
      if (!u.groups.isEmpty()) {
        left.add("group memberships");
      }
      if (!left.isEmpty()) {
        throw new DeleteConflictException("Cannot delete entity, must remove " + String.join(", ", left)
            + " of user " + u.name + " first");
      }
      a.users.remove(Account.key(name));
      return this;
    }

    // ---------------------------------------------------------------- groups

    /**
     * Creates a group (S7.4).
     *
     * @throws ValidationErrorException for a bad name (1-128) or path
     * @throws EntityAlreadyExistsException if it exists, ignoring case
     * @throws LimitExceededException over 300 groups
     */
    public Builder createGroup(AccountId account, String path, String name) {
      AccountDraft a = draft(account);
      check(Shapes.name("Group name", name, 1, 128));
      check(Shapes.path(path));
      if (a.groups.containsKey(Account.key(name))) {
        throw new EntityAlreadyExistsException("Group with name " + name + " already exists in " + account);
      }
      if (a.groups.size() >= GROUPS_PER_ACCOUNT) {
        throw new LimitExceededException("Cannot exceed quota for GroupsPerAccount: " + GROUPS_PER_ACCOUNT);
      }
      a.groups.put(Account.key(name), new GroupDraft(new Group(account, path, name, Ids.uniqueId("AGPA", random),
          clock.instant(), List.of(), Map.of())));
      return this;
    }

    /**
     * Deletes a group without members and policies.
     *
     * @throws DeleteConflictException while it has members, inline or attached policies
     */
    public Builder deleteGroup(AccountId account, String name) {
      AccountDraft a = draft(account);
      GroupDraft g = group(a, name);
      if (a.users.values().stream().anyMatch(u -> u.inGroup(g.name))) {
        throw new DeleteConflictException("Cannot delete entity, must remove users from group " + g.name + " first");
      }
      if (!g.inline.isEmpty() || !g.attached.isEmpty()) {
        throw new DeleteConflictException("Cannot delete entity, must delete policies of group " + g.name + " first");
      }
      a.groups.remove(Account.key(name));
      return this;
    }

    /**
     * Adds a user to a group; adding a member again changes nothing.
     *
     * @throws LimitExceededException for an eleventh group of the user
     */
    public Builder addUserToGroup(AccountId account, String groupName, String userName) {
      AccountDraft a = draft(account);
      GroupDraft g = group(a, groupName);
      UserDraft u = user(a, userName);
      if (u.inGroup(g.name)) {
        return this;
      }
      if (u.groups.size() >= GROUPS_PER_USER) {
        throw new LimitExceededException("Cannot exceed quota for GroupsPerUser: " + GROUPS_PER_USER);
      }
      u.groups.add(g.name);
      return this;
    }

    /**
     * Removes a user from a group.
     *
     * @throws NoSuchEntityException if the group, the user or the membership does not exist
     */
    public Builder removeUserFromGroup(AccountId account, String groupName, String userName) {
      AccountDraft a = draft(account);
      GroupDraft g = group(a, groupName);
      UserDraft u = user(a, userName);
      if (!u.inGroup(g.name)) {
        throw new NoSuchEntityException("User " + u.name + " is not in group " + g.name);
      }
      u.groups.removeIf(x -> Account.key(x).equals(Account.key(g.name)));
      return this;
    }

    // ---------------------------------------------------------------- roles

    /**
     * Creates a role with its trust policy (S7.5).
     *
     * @param maxSessionDurationSeconds 3600-43200
     * @throws ValidationErrorException for a bad name (1-64), path or duration
     * @throws MalformedPolicyDocumentException for an invalid trust policy
     * @throws LimitExceededException for a trust policy over 2,048 characters or over 1,000 roles
     * @throws EntityAlreadyExistsException if it exists, ignoring case
     * @throws InvalidInputException through {@link Iam} for paths AWS reserves ({@code /aws-service-role/},
     *     {@code /aws-reserved/})
     */
    public Builder createRole(AccountId account, String path, String name, Policy trustPolicy,
        int maxSessionDurationSeconds) {
      AccountDraft a = draft(account);
      check(Shapes.name("Role name", name, 1, 64));
      check(Shapes.path(path));
      checkMaxSession(maxSessionDurationSeconds);
      if (guarded && Protection.isProtectedRolePath(path)) {
        throw new InvalidInputException("The path " + path + " is reserved for roles AWS creates");
      }
      validatePolicy(trustPolicy, PolicyKind.TRUST, SizeLimit.TRUST, "the trust policy of role " + name);
      if (a.roles.containsKey(Account.key(name))) {
        throw new EntityAlreadyExistsException("Role with name " + name + " already exists in " + account);
      }
      if (a.roles.size() >= ROLES_PER_ACCOUNT) {
        throw new LimitExceededException("Cannot exceed quota for RolesPerAccount: " + ROLES_PER_ACCOUNT);
      }
      a.roles.put(Account.key(name), new RoleDraft(Role.of(account, path, name, Ids.uniqueId("AROA", random),
          clock.instant(), trustPolicy, List.of(), Map.of(), null, maxSessionDurationSeconds, Map.of())));
      return this;
    }

    /** Creates a role with the default MaxSessionDuration of one hour (see the five-argument form). */
    public Builder createRole(AccountId account, String path, String name, Policy trustPolicy) {
      return createRole(account, path, name, trustPolicy, Role.DEFAULT_MAX_SESSION_DURATION);
    }

    /**
     * Deletes a role without policies.
     *
     * @throws DeleteConflictException while it has inline or attached policies
     * @throws UnmodifiableEntityException through {@link Iam} for service-linked and reserved roles
     */
    public Builder deleteRole(AccountId account, String name) {
      AccountDraft a = draft(account);
      RoleDraft r = role(a, name);
      guard(r);
      if (!r.inline.isEmpty() || !r.attached.isEmpty()) {
        throw new DeleteConflictException("Cannot delete entity, must delete policies of role " + r.name + " first");
      }
      a.roles.remove(Account.key(name));
      return this;
    }

    /**
     * Replaces a role's trust policy (UpdateAssumeRolePolicy).
     *
     * @throws MalformedPolicyDocumentException for an invalid trust policy
     * @throws LimitExceededException over 2,048 characters
     * @throws UnmodifiableEntityException through {@link Iam} for service-linked and reserved roles
     */
    public Builder updateAssumeRolePolicy(AccountId account, String roleName, Policy trustPolicy) {
      RoleDraft r = role(draft(account), roleName);
      guard(r);
      validatePolicy(trustPolicy, PolicyKind.TRUST, SizeLimit.TRUST, "the trust policy of role " + r.name);
      r.trust = trustPolicy;
      return this;
    }

    /**
     * Sets a role's MaxSessionDuration.
     *
     * @throws ValidationErrorException outside 3600-43200
     */
    public Builder updateRoleMaxSessionDuration(AccountId account, String roleName, int seconds) {
      RoleDraft r = role(draft(account), roleName);
      guard(r);
      checkMaxSession(seconds);
      r.maxSession = seconds;
      return this;
    }

    // ---------------------------------------------------------------- managed policies

    /**
     * Creates a customer managed policy with version {@code v1} as default.
     *
     * @throws ValidationErrorException for a bad name (1-128) or path
     * @throws MalformedPolicyDocumentException for an invalid document
     * @throws LimitExceededException over 6,144 characters or 1,500 policies
     * @throws EntityAlreadyExistsException if it exists, ignoring case
     */
    public Builder createPolicy(AccountId account, String path, String name, Policy document) {
      AccountDraft a = draft(account);
      check(Shapes.name("Policy name", name, 1, 128));
      check(Shapes.policyPath(path));
      validatePolicy(document, PolicyKind.IDENTITY, SizeLimit.MANAGED, "policy " + name);
      if (a.policies.containsKey(Account.key(name))) {
        throw new EntityAlreadyExistsException("A policy called " + name + " already exists in " + account);
      }
      if (a.policies.size() >= POLICIES_PER_ACCOUNT) {
        throw new LimitExceededException("Cannot exceed quota for PoliciesPerAccount: " + POLICIES_PER_ACCOUNT);
      }
      Arn arn = Arn.of("aws", "iam", "", account.value(), "policy" + path + name);
      a.policies.put(Account.key(name), new ManagedPolicy(arn, path, name, Ids.uniqueId("ANPA", random),
          List.of(new ManagedPolicyVersion("v1", document, clock.instant())), "v1", 2));
      return this;
    }

    /**
     * Deletes a customer managed policy that is attached nowhere and has only its default version.
     *
     * @throws DeleteConflictException while attached to a user, group or role, used as a boundary, or with
     *     other versions
     * @throws UnmodifiableEntityException for an AWS managed policy
     */
    public Builder deletePolicy(String policyArn) {
      PolicyRef ref = policyRef(policyArn);
      if (ref.policy.versions().size() > 1) {
        throw new DeleteConflictException("Cannot delete policy " + policyArn
            + ": delete its non-default versions first");
      }
      Arn arn = ref.policy.arn();
      for (AccountDraft a : accounts.values()) {
        boolean used = a.users.values().stream().anyMatch(u -> u.attached.contains(arn) || Objects.equals(arn, u.boundary))
            || a.groups.values().stream().anyMatch(g -> g.attached.contains(arn))
            || a.roles.values().stream().anyMatch(r -> r.attached.contains(arn) || Objects.equals(arn, r.boundary));
        if (used) {
          throw new DeleteConflictException("Cannot delete a policy attached to entities: " + policyArn);
        }
      }
      ref.account.policies.remove(Account.key(ref.policy.name()));
      return this;
    }

    /**
     * Adds a version to a customer managed policy (at most 5, S10.5).
     *
     * @throws LimitExceededException for a sixth version or over 6,144 characters
     * @throws MalformedPolicyDocumentException for an invalid document
     * @throws UnmodifiableEntityException for an AWS managed policy
     */
    public Builder createPolicyVersion(String policyArn, Policy document, boolean setAsDefault) {
      PolicyRef ref = policyRef(policyArn);
      validatePolicy(document, PolicyKind.IDENTITY, SizeLimit.MANAGED, "policy " + policyArn);
      ManagedPolicy p = ref.policy;
      if (p.versions().size() >= VERSIONS) {
        throw new LimitExceededException("A managed policy can have up to " + VERSIONS
            + " versions; delete a non-default version of " + policyArn + " first");
      }
      String id = "v" + p.nextVersionNumber();
      List<ManagedPolicyVersion> versions = new ArrayList<>(p.versions());
      versions.add(new ManagedPolicyVersion(id, document, clock.instant()));
      ref.account.policies.put(Account.key(p.name()), new ManagedPolicy(p.arn(), p.path(), p.name(), p.policyId(),
          versions, setAsDefault ? id : p.defaultVersionId(), p.nextVersionNumber() + 1));
      return this;
    }

    /**
     * Deletes a non-default version.
     *
     * @throws DeleteConflictException for the default version
     * @throws NoSuchEntityException for an unknown version
     */
    public Builder deletePolicyVersion(String policyArn, String versionId) {
      PolicyRef ref = policyRef(policyArn);
      ManagedPolicy p = ref.policy;
      if (p.version(versionId).isEmpty()) {
        throw new NoSuchEntityException("Policy " + policyArn + " has no version " + versionId);
      }
      if (p.defaultVersionId().equals(versionId)) {
        throw new DeleteConflictException("Cannot delete the default version " + versionId + " of policy " + policyArn);
      }
      List<ManagedPolicyVersion> versions = new ArrayList<>(p.versions());
      versions.removeIf(v -> v.versionId().equals(versionId));
      ref.account.policies.put(Account.key(p.name()), new ManagedPolicy(p.arn(), p.path(), p.name(), p.policyId(),
          versions, p.defaultVersionId(), p.nextVersionNumber()));
      return this;
    }

    /**
     * Makes a stored version the default.
     *
     * @throws NoSuchEntityException for an unknown version
     */
    public Builder setDefaultPolicyVersion(String policyArn, String versionId) {
      PolicyRef ref = policyRef(policyArn);
      ManagedPolicy p = ref.policy;
      if (p.version(versionId).isEmpty()) {
        throw new NoSuchEntityException("Policy " + policyArn + " has no version " + versionId);
      }
      ref.account.policies.put(Account.key(p.name()), new ManagedPolicy(p.arn(), p.path(), p.name(), p.policyId(),
          p.versions(), versionId, p.nextVersionNumber()));
      return this;
    }

    // ---------------------------------------------------------------- attach / detach

    /**
     * Attaches a managed policy (customer managed of the same account, or AWS managed) to a user;
     * attaching it again changes nothing.
     *
     * @throws NoSuchEntityException if the user or policy does not exist
     * @throws LimitExceededException for an eleventh policy
     */
    public Builder attachUserPolicy(AccountId account, String userName, String policyArn) {
      AccountDraft a = draft(account);
      UserDraft u = user(a, userName);
      attach(u.attached, existingPolicy(account, policyArn), "user " + u.name);
      return this;
    }

    /** Detaches a managed policy from a user; {@link NoSuchEntityException} if it is not attached. */
    public Builder detachUserPolicy(AccountId account, String userName, String policyArn) {
      UserDraft u = user(draft(account), userName);
      detach(u.attached, policyArn, "user " + u.name);
      return this;
    }

    /** Attaches a managed policy to a group (see {@link #attachUserPolicy}). */
    public Builder attachGroupPolicy(AccountId account, String groupName, String policyArn) {
      GroupDraft g = group(draft(account), groupName);
      attach(g.attached, existingPolicy(account, policyArn), "group " + g.name);
      return this;
    }

    /** Detaches a managed policy from a group. */
    public Builder detachGroupPolicy(AccountId account, String groupName, String policyArn) {
      GroupDraft g = group(draft(account), groupName);
      detach(g.attached, policyArn, "group " + g.name);
      return this;
    }

    /** Attaches a managed policy to a role (see {@link #attachUserPolicy}); refused for protected roles. */
    public Builder attachRolePolicy(AccountId account, String roleName, String policyArn) {
      RoleDraft r = role(draft(account), roleName);
      guard(r);
      attach(r.attached, existingPolicy(account, policyArn), "role " + r.name);
      return this;
    }

    /** Detaches a managed policy from a role; refused for protected roles. */
    public Builder detachRolePolicy(AccountId account, String roleName, String policyArn) {
      RoleDraft r = role(draft(account), roleName);
      guard(r);
      detach(r.attached, policyArn, "role " + r.name);
      return this;
    }

    // ---------------------------------------------------------------- inline policies

    /**
     * Adds or replaces an inline policy of a user.
     *
     * @throws ValidationErrorException for a bad policy name (1-128 of {@code [\w+=,.@-]})
     * @throws MalformedPolicyDocumentException for an invalid document
     * @throws LimitExceededException when the user's inline policies together exceed 2,048 characters
     */
    public Builder putUserPolicy(AccountId account, String userName, String policyName, Policy document) {
      UserDraft u = user(draft(account), userName);
      putInline(u.inline, policyName, document, SizeLimit.USER_INLINE, "user " + u.name);
      return this;
    }

    /** Deletes an inline policy of a user; {@link NoSuchEntityException} if absent. */
    public Builder deleteUserPolicy(AccountId account, String userName, String policyName) {
      UserDraft u = user(draft(account), userName);
      deleteInline(u.inline, policyName, "user " + u.name);
      return this;
    }

    /** Adds or replaces an inline policy of a group (5,120 characters together). */
    public Builder putGroupPolicy(AccountId account, String groupName, String policyName, Policy document) {
      GroupDraft g = group(draft(account), groupName);
      putInline(g.inline, policyName, document, SizeLimit.GROUP_INLINE, "group " + g.name);
      return this;
    }

    /** Deletes an inline policy of a group. */
    public Builder deleteGroupPolicy(AccountId account, String groupName, String policyName) {
      GroupDraft g = group(draft(account), groupName);
      deleteInline(g.inline, policyName, "group " + g.name);
      return this;
    }

    /** Adds or replaces an inline policy of a role (10,240 characters together); refused for protected roles. */
    public Builder putRolePolicy(AccountId account, String roleName, String policyName, Policy document) {
      RoleDraft r = role(draft(account), roleName);
      guard(r);
      putInline(r.inline, policyName, document, SizeLimit.ROLE_INLINE, "role " + r.name);
      return this;
    }

    /** Deletes an inline policy of a role; refused for protected roles. */
    public Builder deleteRolePolicy(AccountId account, String roleName, String policyName) {
      RoleDraft r = role(draft(account), roleName);
      guard(r);
      deleteInline(r.inline, policyName, "role " + r.name);
      return this;
    }

    // ---------------------------------------------------------------- boundaries

    /**
     * Sets a user's permissions boundary to an existing managed policy.
     *
     * @throws NoSuchEntityException if the user or policy does not exist
     */
    public Builder putUserPermissionsBoundary(AccountId account, String userName, String policyArn) {
      UserDraft u = user(draft(account), userName);
      u.boundary = existingPolicy(account, policyArn).arn();
      return this;
    }

    /** Removes a user's permissions boundary; {@link NoSuchEntityException} if it has none. */
    public Builder deleteUserPermissionsBoundary(AccountId account, String userName) {
      UserDraft u = user(draft(account), userName);
      if (u.boundary == null) {
        throw new NoSuchEntityException("User " + u.name + " has no permissions boundary");
      }
      u.boundary = null;
      return this;
    }

    /** Sets a role's permissions boundary; refused for protected roles. */
    public Builder putRolePermissionsBoundary(AccountId account, String roleName, String policyArn) {
      RoleDraft r = role(draft(account), roleName);
      guard(r);
      r.boundary = existingPolicy(account, policyArn).arn();
      return this;
    }

    /** Removes a role's permissions boundary; refused for protected roles. */
    public Builder deleteRolePermissionsBoundary(AccountId account, String roleName) {
      RoleDraft r = role(draft(account), roleName);
      guard(r);
      if (r.boundary == null) {
        throw new NoSuchEntityException("Role " + r.name + " has no permissions boundary");
      }
      r.boundary = null;
      return this;
    }

    // ---------------------------------------------------------------- login profiles

    /**
     * Gives a user a console password, checked against the account's password policy (S7.2).
     *
     * @throws EntityAlreadyExistsException if the user has one
     * @throws ValidationErrorException if it is not 1-128 characters of TAB, LF, CR, U+0020-U+00FF
     * @throws PasswordPolicyViolationException if the password policy refuses it
     */
    public Builder createLoginProfile(AccountId account, String userName, String password, boolean resetRequired) {
      AccountDraft a = draft(account);
      UserDraft u = user(a, userName);
      if (u.login != null) {
        throw new EntityAlreadyExistsException("Login Profile for user " + u.name + " already exists");
      }
      u.login = login(a, password, resetRequired, true);
      return this;
    }

    /**
     * Replaces a user's console password, checked against the password policy.
     *
     * @throws NoSuchEntityException if the user has no login profile
     */
    public Builder updateLoginProfile(AccountId account, String userName, String password, boolean resetRequired) {
      AccountDraft a = draft(account);
      UserDraft u = user(a, userName);
      if (u.login == null) {
        throw new NoSuchEntityException("Login Profile for User " + u.name + " cannot be found");
      }
      u.login = login(a, password, resetRequired, true);
      return this;
    }

    /** Removes a user's console password; {@link NoSuchEntityException} if it has none. */
    public Builder deleteLoginProfile(AccountId account, String userName) {
      UserDraft u = user(draft(account), userName);
      if (u.login == null) {
        throw new NoSuchEntityException("Login Profile for User " + u.name + " cannot be found");
      }
      u.login = null;
      return this;
    }

    /**
     * Gives a user a console password from a world file: shape checked, the password policy not applied.
     *
     * @throws EntityAlreadyExistsException if the user has one
     */
    public Builder importLoginProfile(AccountId account, String userName, String password) {
      AccountDraft a = draft(account);
      UserDraft u = user(a, userName);
      if (u.login != null) {
        throw new EntityAlreadyExistsException("Login Profile for user " + u.name + " already exists");
      }
      u.login = login(a, password, false, false);
      return this;
    }

    /** Gives a user a console password from a stored hash. */
    public Builder importLoginProfileHash(AccountId account, String userName, PasswordHash hash) {
      Objects.requireNonNull(hash, "hash");
      UserDraft u = user(draft(account), userName);
      if (u.login != null) {
        throw new EntityAlreadyExistsException("Login Profile for user " + u.name + " already exists");
      }
      u.login = new LoginProfile(hash, false, clock.instant());
      return this;
    }

    // ---------------------------------------------------------------- access keys

    /**
     * Gives a user an access key with a known ID and secret (what {@link Iam#createAccessKey} does with
     * fresh ones, and what a world file does with given ones).
     *
     * @throws LimitExceededException for a third key (inactive keys count, S7.2)
     * @throws EntityAlreadyExistsException if the ID is in use anywhere in the directory
     * @throws ValidationErrorException for an ID that is not 16-128 word characters or an empty secret
     */
    public Builder importAccessKey(AccountId account, String userName, String accessKeyId, String secretAccessKey,
        AccessKeyStatus status) {
      UserDraft u = user(draft(account), userName);
      u.keys.add(newKey(accessKeyId, secretAccessKey, status, u.keys, "user " + u.name));
      return this;
    }

    /**
     * Sets the status of a user's access key.
     *
     * @throws NoSuchEntityException if the user has no such key
     */
    public Builder updateAccessKey(AccountId account, String userName, String accessKeyId, AccessKeyStatus status) {
      Objects.requireNonNull(status, "status");
      UserDraft u = user(draft(account), userName);
      int i = keyIndex(u.keys, accessKeyId, "user " + u.name);
      u.keys.set(i, u.keys.get(i).withStatus(status));
      return this;
    }

    /** Deletes a user's access key; {@link NoSuchEntityException} if it has no such key. */
    public Builder deleteAccessKey(AccountId account, String userName, String accessKeyId) {
      UserDraft u = user(draft(account), userName);
      u.keys.remove(keyIndex(u.keys, accessKeyId, "user " + u.name));
      return this;
    }

    // ---------------------------------------------------------------- MFA

    /**
     * Enables a TOTP device for a user: {@code code1} and {@code code2} must be two consecutive codes of
     * the seed, the second of the current time step or its neighbour (S7.3).
     *
     * @throws ValidationErrorException for a bad serial number, seed, or codes that are not six digits
     * @throws InvalidAuthenticationCodeException if the codes are not two consecutive valid codes
     * @throws EntityAlreadyExistsException if the serial number is in use in the account
     * @throws LimitExceededException for a ninth device
     */
    public Builder enableMfaDevice(AccountId account, String userName, String serialNumber, String base32Seed,
        String code1, String code2) {
      AccountDraft a = draft(account);
      UserDraft u = user(a, userName);
      MfaDevice device = newDevice(a, serialNumber, base32Seed, u.mfa, "user " + u.name);
      checkEnableCodes(device, code1, code2);
      u.mfa.add(device);
      return this;
    }

    /** Enables a TOTP device for the root user, with two consecutive codes (see {@link #enableMfaDevice}). */
    public Builder enableRootMfaDevice(AccountId account, String serialNumber, String base32Seed, String code1,
        String code2) {
      AccountDraft a = draft(account);
      MfaDevice device = newDevice(a, serialNumber, base32Seed, a.rootMfa, "the root user of " + account);
      checkEnableCodes(device, code1, code2);
      a.rootMfa.add(device);
      return this;
    }

    /** Registers a user's TOTP device from its seed without codes (a world being loaded). */
    public Builder importMfaDevice(AccountId account, String userName, String serialNumber, String base32Seed) {
      AccountDraft a = draft(account);
      UserDraft u = user(a, userName);
      u.mfa.add(newDevice(a, serialNumber, base32Seed, u.mfa, "user " + u.name));
      return this;
    }

    /** Deactivates (removes) a user's MFA device; {@link NoSuchEntityException} if it has no such device. */
    public Builder deactivateMfaDevice(AccountId account, String userName, String serialNumber) {
      UserDraft u = user(draft(account), userName);
      if (!u.mfa.removeIf(d -> d.serialNumber().equals(serialNumber))) {
        throw new NoSuchEntityException("MFA device " + serialNumber + " is not enabled for user " + u.name);
      }
      return this;
    }

    /** Deactivates (removes) an MFA device of the root user. */
    public Builder deactivateRootMfaDevice(AccountId account, String serialNumber) {
      AccountDraft a = draft(account);
      if (!a.rootMfa.removeIf(d -> d.serialNumber().equals(serialNumber))) {
        throw new NoSuchEntityException("MFA device " + serialNumber + " is not enabled for the root user of " + account);
      }
      return this;
    }

    // ---------------------------------------------------------------- tags

    /**
     * Adds or replaces tags of a user (keys compared ignoring case, S10.4).
     *
     * @throws ValidationErrorException for a bad key or value
     * @throws InvalidInputException for a key beginning with {@code aws:}
     * @throws LimitExceededException over 50 tags
     */
    public Builder tagUser(AccountId account, String userName, Map<String, String> tags) {
      UserDraft u = user(draft(account), userName);
      u.tags = tagged(u.tags, tags);
      return this;
    }

    /** Removes tags of a user; absent keys are ignored. */
    public Builder untagUser(AccountId account, String userName, Collection<String> keys) {
      UserDraft u = user(draft(account), userName);
      u.tags = untagged(u.tags, keys);
      return this;
    }

    /** Adds or replaces tags of a role (see {@link #tagUser}); service-linked roles too, as TagRole allows. */
    public Builder tagRole(AccountId account, String roleName, Map<String, String> tags) {
      RoleDraft r = role(draft(account), roleName);
      r.tags = tagged(r.tags, tags);
      return this;
    }

    /** Removes tags of a role. */
    public Builder untagRole(AccountId account, String roleName, Collection<String> keys) {
      RoleDraft r = role(draft(account), roleName);
      r.tags = untagged(r.tags, keys);
      return this;
    }

    // ---------------------------------------------------------------- resources

    /**
     * Sets the policy of a resource of {@code owner}, listing the resource if new. The policy covers the
     * ARN and every ARN below it.
     *
     * @throws InvalidInputException if {@code resourceArn} is not an ARN or names another account
     * @throws MalformedPolicyDocumentException for an invalid resource policy
     */
    public Builder putResourcePolicy(AccountId owner, String resourceArn, Policy policy) {
      Objects.requireNonNull(policy, "policy");
      AccountDraft a = draft(owner);
      AwsResource r = resourceEntry(a, resourceArn);
      validatePolicy(policy, PolicyKind.RESOURCE, SizeLimit.NONE, "the policy of " + resourceArn);
      a.resources.put(resourceArn, AwsResource.of(resourceArn, owner, policy, r.tags()));
      return this;
    }

    /** Removes the policy of a resource; {@link NoSuchEntityException} if it has none. */
    public Builder deleteResourcePolicy(AccountId owner, String resourceArn) {
      AccountDraft a = draft(owner);
      @Nullable AwsResource r = a.resources.get(resourceArn);
      if (r == null || r.policy().isEmpty()) {
        throw new NoSuchEntityException("Resource " + resourceArn + " of " + owner + " has no policy");
      }
      a.resources.put(resourceArn, AwsResource.of(resourceArn, owner, null, r.tags()));
      return this;
    }

    /** Adds or replaces tags of a resource of {@code owner}, listing it if new (see {@link #tagUser}). */
    public Builder tagResource(AccountId owner, String resourceArn, Map<String, String> tags) {
      AccountDraft a = draft(owner);
      AwsResource r = resourceEntry(a, resourceArn);
      a.resources.put(resourceArn, AwsResource.of(resourceArn, owner, r.policy().orElse(null), tagged(r.tags(), tags)));
      return this;
    }

    /** Removes tags of a resource. */
    public Builder untagResource(AccountId owner, String resourceArn, Collection<String> keys) {
      AccountDraft a = draft(owner);
      @Nullable AwsResource r = a.resources.get(resourceArn);
      if (r == null) {
        throw new NoSuchEntityException("Resource " + resourceArn + " is not listed in " + owner);
      }
      a.resources.put(resourceArn, AwsResource.of(resourceArn, owner, r.policy().orElse(null), untagged(r.tags(), keys)));
      return this;
    }

    /** The directory. */
    public Directory build() {
      Map<AccountId, Account> built = new LinkedHashMap<>();
      accounts.forEach((id, d) -> built.put(id, d.build()));
      return new Directory(built, organization, awsManaged);
    }

    // ================================================================ helpers

    private static void check(Optional<String> problem) {
      if (problem.isPresent()) {
        throw new ValidationErrorException(problem.get());
      }
    }

    private static void checkMaxSession(int seconds) {
      if (seconds < Role.DEFAULT_MAX_SESSION_DURATION || seconds > Role.MAX_MAX_SESSION_DURATION) {
        throw new ValidationErrorException("MaxSessionDuration must be 3600-43200 seconds, found " + seconds);
      }
    }

    private void guard(RoleDraft r) {
      if (guarded && Protection.isProtectedRolePath(r.path)) {
        throw new UnmodifiableEntityException("Cannot perform the operation on the protected role '" + r.name
            + "' - this role is only modifiable by AWS");
      }
    }

    private AccountDraft draft(AccountId account) {
      Objects.requireNonNull(account, "account");
      @Nullable AccountDraft a = accounts.get(account);
      if (a == null) {
        throw new NoSuchEntityException("Account " + account + " does not exist");
      }
      return a;
    }

    private static UserDraft user(AccountDraft a, String name) {
      Objects.requireNonNull(name, "name");
      @Nullable UserDraft u = a.users.get(Account.key(name));
      if (u == null) {
        throw new NoSuchEntityException("The user with name " + name + " cannot be found in " + a.id);
      }
      return u;
    }

    private static GroupDraft group(AccountDraft a, String name) {
      Objects.requireNonNull(name, "name");
      @Nullable GroupDraft g = a.groups.get(Account.key(name));
      if (g == null) {
        throw new NoSuchEntityException("The group with name " + name + " cannot be found in " + a.id);
      }
      return g;
    }

    private static RoleDraft role(AccountDraft a, String name) {
      Objects.requireNonNull(name, "name");
      @Nullable RoleDraft r = a.roles.get(Account.key(name));
      if (r == null) {
        throw new NoSuchEntityException("The role with name " + name + " cannot be found in " + a.id);
      }
      return r;
    }

    private record PolicyRef(AccountDraft account, ManagedPolicy policy) {}

    /** A customer managed policy to change; AWS managed ones are refused with UnmodifiableEntity. */
    private PolicyRef policyRef(String policyArn) {
      Objects.requireNonNull(policyArn, "policyArn");
      Arn arn = policyArn(policyArn);
      if (Protection.isAwsManagedPolicy(arn)) {
        if (!awsManaged.containsKey(arn.resource().substring("policy/".length()))) {
          throw new NoSuchEntityException("Policy " + policyArn + " does not exist");
        }
        throw new UnmodifiableEntityException("Cannot change the AWS managed policy " + policyArn);
      }
      @Nullable AccountDraft a = accounts.get(arn.accountId().orElseThrow());
      String rest = arn.resource().substring("policy/".length());
      @Nullable ManagedPolicy p = a == null ? null : a.policies.get(Account.key(rest.substring(rest.lastIndexOf('/') + 1)));
      if (a == null || p == null || !p.arn().equals(arn)) {
        throw new NoSuchEntityException("Policy " + policyArn + " does not exist");
      }
      return new PolicyRef(a, p);
    }

    private static Arn policyArn(String policyArn) {
      Optional<Arn> arn = Arn.tryParse(policyArn);
      if (arn.isEmpty() || !arn.get().service().equals("iam") || !arn.get().resource().startsWith("policy/")
          || arn.get().resource().length() <= "policy/".length()
          || !(arn.get().account().equals("aws") || arn.get().accountId().isPresent())) {
        throw new InvalidInputException("ARN " + policyArn + " is not a managed policy ARN");
      }
      return arn.get();
    }

    /** A managed policy that may be attached in {@code account}: AWS managed, or customer managed there. */
    private ManagedPolicy existingPolicy(AccountId account, String policyArn) {
      Objects.requireNonNull(policyArn, "policyArn");
      Arn arn = policyArn(policyArn);
      if (arn.account().equals("aws")) {
        @Nullable ManagedPolicy p = awsManaged.get(arn.resource().substring("policy/".length()));
        if (p == null) {
          throw new NoSuchEntityException("Policy " + policyArn + " does not exist or is not attachable");
        }
        return p;
      }
      if (!arn.account().equals(account.value())) {
        throw new NoSuchEntityException("Policy " + policyArn + " does not exist or is not attachable in " + account);
      }
      AccountDraft a = draft(account);
      String rest = arn.resource().substring("policy/".length());
      @Nullable ManagedPolicy p = a.policies.get(Account.key(rest.substring(rest.lastIndexOf('/') + 1)));
      if (p == null || !p.arn().equals(arn)) {
        throw new NoSuchEntityException("Policy " + policyArn + " does not exist or is not attachable");
      }
      return p;
    }

    private static void attach(List<Arn> attached, ManagedPolicy p, String who) {
      if (attached.contains(p.arn())) {
        return;
      }
      if (attached.size() >= MANAGED_PER_ENTITY) {
        throw new LimitExceededException("Cannot exceed quota for PoliciesPerEntity: " + MANAGED_PER_ENTITY
            + " managed policies attached to " + who);
      }
      attached.add(p.arn());
    }

    private static void detach(List<Arn> attached, String policyArn, String who) {
      Objects.requireNonNull(policyArn, "policyArn");
      if (!attached.removeIf(a -> a.toString().equals(policyArn))) {
        throw new NoSuchEntityException("Policy " + policyArn + " was not found attached to " + who);
      }
    }

    private void putInline(Map<String, Policy> inline, String policyName, Policy document, SizeLimit limit,
        String who) {
      Objects.requireNonNull(document, "document");
      check(Shapes.name("Policy name", policyName, 1, 128));
      validatePolicy(document, PolicyKind.IDENTITY, limit, "inline policy " + policyName + " of " + who);
      long total = PolicyValidator.size(document, limit);
      for (Map.Entry<String, Policy> e : inline.entrySet()) {
        if (!e.getKey().equals(policyName)) {
          total += PolicyValidator.size(e.getValue(), limit);
        }
      }
      if (total > limit.maxCharacters()) {
        throw new LimitExceededException("Maximum policy size of " + limit.maxCharacters()
            + " bytes exceeded for " + who + ": the inline policies would total " + total + " characters");
      }
      inline.put(policyName, document);
    }

    private static void deleteInline(Map<String, Policy> inline, String policyName, String who) {
      Objects.requireNonNull(policyName, "policyName");
      if (inline.remove(policyName) == null) {
        throw new NoSuchEntityException("The inline policy " + policyName + " of " + who + " cannot be found");
      }
    }

    private LoginProfile login(AccountDraft a, String password, boolean resetRequired, boolean checkPolicy) {
      Objects.requireNonNull(password, "password");
      check(Shapes.password(password));
      if (checkPolicy) {
        PasswordPolicy policy = a.passwordPolicy != null ? a.passwordPolicy : PasswordPolicy.awsDefault();
        Optional<String> violation = policy.violation(password);
        if (violation.isPresent()) {
          throw new PasswordPolicyViolationException(violation.get());
        }
      }
      return new LoginProfile(PasswordHash.of(password, random, passwordHashIterations), resetRequired, clock.instant());
    }

    private AccessKey newKey(String accessKeyId, String secret, AccessKeyStatus status, List<AccessKey> existing,
        String who) {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(status, "status");
      if (accessKeyId.length() < 16 || accessKeyId.length() > 128
          || !accessKeyId.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
        // not quoted: a value of the wrong shape here is often the secret access key, pasted in the wrong field
        throw new ValidationErrorException("Access key ID must be 16-128 letters, digits or _, found "
            + accessKeyId.length() + " characters that are not (is it the secret access key?)");
      }
      if (secret.isEmpty()) {
        throw new ValidationErrorException("The secret access key of " + accessKeyId + " must not be empty");
      }
      if (existing.size() >= ACCESS_KEYS) {
        throw new LimitExceededException("Cannot exceed quota for AccessKeysPerUser: " + ACCESS_KEYS + " (" + who + ")");
      }
      for (AccountDraft a : accounts.values()) {
        if (a.holdsKey(accessKeyId)) {
          throw new EntityAlreadyExistsException("Access key " + accessKeyId + " already exists");
        }
      }
      return new AccessKey(accessKeyId, Secret.of(secret), status, clock.instant());
    }

    private static int keyIndex(List<AccessKey> keys, String accessKeyId, String who) {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i).accessKeyId().equals(accessKeyId)) {
          return i;
        }
      }
      throw new NoSuchEntityException("The Access Key with id " + accessKeyId + " cannot be found for " + who);
    }

    private MfaDevice newDevice(AccountDraft a, String serialNumber, String base32Seed, List<MfaDevice> existing,
        String who) {
      Objects.requireNonNull(serialNumber, "serialNumber");
      Objects.requireNonNull(base32Seed, "base32Seed");
      check(Shapes.serialNumber(serialNumber));
      try {
        Totp.decodeBase32(base32Seed);
      } catch (IllegalArgumentException e) {
        throw new ValidationErrorException(e.getMessage() + " (device " + serialNumber + ")");
      }
      if (existing.size() >= MFA_DEVICES) {
        throw new LimitExceededException("Cannot exceed quota for MFA devices: " + MFA_DEVICES + " (" + who + ")");
      }
      if (a.holdsDevice(serialNumber)) {
        throw new EntityAlreadyExistsException("MFA device " + serialNumber + " is already in use");
      }
      return new MfaDevice(serialNumber, Secret.of(base32Seed), clock.instant());
    }

    private void checkEnableCodes(MfaDevice device, String code1, String code2) {
      Objects.requireNonNull(code1, "code1");
      Objects.requireNonNull(code2, "code2");
      check(Shapes.tokenCode("AuthenticationCode1", code1));
      check(Shapes.tokenCode("AuthenticationCode2", code2));
      Totp totp = device.totp();
      long second = totp.matchingCounter(code2, clock.instant(), 1);
      if (second < 0 || !totp.codeAt(second - 1).equals(code1)) {
        throw new InvalidAuthenticationCodeException("Authentication code for device " + device.serialNumber()
            + " is not valid: give two consecutive codes");
      }
    }

    private static Map<String, String> tagged(Map<String, String> current, Map<String, String> add) {
      Objects.requireNonNull(add, "tags");
      Map<String, String> lowerSeen = new HashMap<>();
      for (Map.Entry<String, String> e : add.entrySet()) {
        String k = Objects.requireNonNull(e.getKey(), "tag key");
        String v = Objects.requireNonNull(e.getValue(), "tag value");
        check(Shapes.tagKey(k));
        check(Shapes.tagValue(v));
        if (Shapes.isReservedTagKey(k)) {
          throw new InvalidInputException("Tag key " + k + " uses the reserved prefix aws:");
        }
        if (lowerSeen.put(k.toLowerCase(Locale.ROOT), k) != null) {
          throw new InvalidInputException("Duplicate tag keys found (compared ignoring case): " + k);
        }
      }
      Map<String, String> result = new LinkedHashMap<>(current);
      result.keySet().removeIf(k -> lowerSeen.containsKey(k.toLowerCase(Locale.ROOT)));
      result.putAll(add);
      if (result.size() > TAGS) {
        throw new LimitExceededException("Cannot exceed quota of " + TAGS + " tags per entity, would have " + result.size());
      }
      return result;
    }

    private static Map<String, String> untagged(Map<String, String> current, Collection<String> keys) {
      Objects.requireNonNull(keys, "keys");
      Set<String> lower = keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
      Map<String, String> result = new LinkedHashMap<>(current);
      result.keySet().removeIf(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
      return result;
    }

    private static AwsResource resourceEntry(AccountDraft a, String resourceArn) {
      Objects.requireNonNull(resourceArn, "resourceArn");
      Optional<Arn> arn = Arn.tryParse(resourceArn);
      if (arn.isEmpty()) {
        throw new InvalidInputException("Resource \"" + resourceArn + "\" is not an ARN");
      }
      if (!arn.get().account().isEmpty() && !arn.get().account().equals(a.id.value())) {
        throw new InvalidInputException("Resource " + resourceArn + " belongs to account " + arn.get().account()
            + ", not to " + a.id);
      }
      @Nullable AwsResource r = a.resources.get(resourceArn);
      return r != null ? r : AwsResource.of(resourceArn, a.id, null, Map.of());
    }

    private static Map<SizeLimit, PolicyValidator> validators() {
      Map<SizeLimit, PolicyValidator> m = new EnumMap<>(SizeLimit.class);
      for (SizeLimit l : SizeLimit.values()) {
        m.put(l, PolicyValidator.builder().sizeLimit(l).checkCatalog(false).build());
      }
      return m;
    }

    /** Validates with the existing validator: size errors are LimitExceeded, the others MalformedPolicyDocument. */
    static void validatePolicy(Policy policy, PolicyKind kind, SizeLimit limit, String what) {
      Objects.requireNonNull(policy, "policy");
      // validators() holds one validator for every SizeLimit
      PolicyValidator validator = Objects.requireNonNull(VALIDATORS.get(limit), "validator");
      List<PolicyProblem> errors = validator.validate(policy, kind).stream()
          .filter(PolicyProblem::isError).toList();
      if (errors.isEmpty()) {
        return;
      }
      List<PolicyProblem> size = errors.stream().filter(p -> p.code() == ProblemCode.SIZE_LIMIT_EXCEEDED).toList();
      if (size.size() == errors.size()) {
        throw new LimitExceededException("Cannot exceed quota for " + what + ": " + size.get(0).message());
      }
      PolicyProblem first = errors.stream().filter(p -> p.code() != ProblemCode.SIZE_LIMIT_EXCEEDED).findFirst()
          .orElseThrow();
      throw new MalformedPolicyDocumentException("Invalid " + what + ": " + first.message()
          + (first.pointer().isEmpty() ? "" : " at " + first.pointer())
          + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), errors);
    }
  }

  // ================================================================== drafts (mutable, builder only)

  private static final class AccountDraft {
    final AccountId id;
    @Nullable LoginProfile rootLogin;
    final List<AccessKey> rootKeys;
    final List<MfaDevice> rootMfa;
    @Nullable PasswordPolicy passwordPolicy;
    final Map<String, UserDraft> users = new LinkedHashMap<>();
    final Map<String, GroupDraft> groups = new LinkedHashMap<>();
    final Map<String, RoleDraft> roles = new LinkedHashMap<>();
    final Map<String, ManagedPolicy> policies;
    final Map<String, AwsResource> resources;

    AccountDraft(Account a) {
      id = a.id();
      rootLogin = a.root().loginProfile().orElse(null);
      rootKeys = new ArrayList<>(a.root().accessKeys());
      rootMfa = new ArrayList<>(a.root().mfaDevices());
      passwordPolicy = a.passwordPolicy().orElse(null);
      a.users().forEach((k, u) -> users.put(k, new UserDraft(u)));
      a.groups().forEach((k, g) -> groups.put(k, new GroupDraft(g)));
      a.roles().forEach((k, r) -> roles.put(k, new RoleDraft(r)));
      policies = new LinkedHashMap<>(a.policies());
      resources = new LinkedHashMap<>(a.resources());
    }

    boolean holdsKey(String accessKeyId) {
      return rootKeys.stream().anyMatch(k -> k.accessKeyId().equals(accessKeyId))
          || users.values().stream().anyMatch(u -> u.keys.stream().anyMatch(k -> k.accessKeyId().equals(accessKeyId)));
    }

    boolean holdsDevice(String serial) {
      return rootMfa.stream().anyMatch(d -> d.serialNumber().equals(serial))
          || users.values().stream().anyMatch(u -> u.mfa.stream().anyMatch(d -> d.serialNumber().equals(serial)));
    }

    Account build() {
      Map<String, User> u = new LinkedHashMap<>();
      users.forEach((k, d) -> u.put(k, d.build()));
      Map<String, Group> g = new LinkedHashMap<>();
      groups.forEach((k, d) -> g.put(k, d.build()));
      Map<String, Role> r = new LinkedHashMap<>();
      roles.forEach((k, d) -> r.put(k, d.build()));
      return Account.of(id, RootUserCredentials.of(rootLogin, rootKeys, rootMfa), passwordPolicy, u, g, r, policies,
          resources);
    }
  }

  private static final class UserDraft {
    final User original;
    final String name;
    Map<String, String> tags;
    final List<String> groups;
    final List<Arn> attached;
    final Map<String, Policy> inline;
    @Nullable Arn boundary;
    @Nullable LoginProfile login;
    final List<AccessKey> keys;
    final List<MfaDevice> mfa;

    UserDraft(User u) {
      original = u;
      name = u.name();
      tags = u.tags();
      groups = new ArrayList<>(u.groups());
      attached = new ArrayList<>(u.attachedPolicies());
      inline = new LinkedHashMap<>(u.inlinePolicies());
      boundary = u.permissionsBoundary().orElse(null);
      login = u.loginProfile().orElse(null);
      keys = new ArrayList<>(u.accessKeys());
      mfa = new ArrayList<>(u.mfaDevices());
    }

    boolean inGroup(String group) {
      String key = Account.key(group);
      return groups.stream().anyMatch(g -> Account.key(g).equals(key));
    }

    User build() {
      return User.of(original.account(), original.path(), name, original.userId(), original.createDate(), tags,
          groups, attached, inline, boundary, login, keys, mfa);
    }
  }

  private static final class GroupDraft {
    final Group original;
    final String name;
    final List<Arn> attached;
    final Map<String, Policy> inline;

    GroupDraft(Group g) {
      original = g;
      name = g.name();
      attached = new ArrayList<>(g.attachedPolicies());
      inline = new LinkedHashMap<>(g.inlinePolicies());
    }

    Group build() {
      return new Group(original.account(), original.path(), name, original.groupId(), original.createDate(), attached,
          inline);
    }
  }

  private static final class RoleDraft {
    final Role original;
    final String name;
    final String path;
    Policy trust;
    final List<Arn> attached;
    final Map<String, Policy> inline;
    @Nullable Arn boundary;
    int maxSession;
    Map<String, String> tags;

    RoleDraft(Role r) {
      original = r;
      name = r.name();
      path = r.path();
      trust = r.trustPolicy();
      attached = new ArrayList<>(r.attachedPolicies());
      inline = new LinkedHashMap<>(r.inlinePolicies());
      boundary = r.permissionsBoundary().orElse(null);
      maxSession = r.maxSessionDurationSeconds();
      tags = r.tags();
    }

    Role build() {
      return Role.of(original.account(), path, name, original.roleId(), original.createDate(), trust, attached, inline,
          boundary, maxSession, tags);
    }
  }
}
