package dev.iamkit.core.directory;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.credentials.AccessKey;
import dev.iamkit.core.credentials.AccessKeyStatus;
import dev.iamkit.core.credentials.ExpiredTokenException;
import dev.iamkit.core.credentials.InvalidClientTokenIdException;
import dev.iamkit.core.credentials.InvalidMfaCodeException;
import dev.iamkit.core.credentials.PasswordHash;
import dev.iamkit.core.credentials.PasswordPolicy;
import dev.iamkit.core.credentials.SignInFailedException;
import dev.iamkit.core.credentials.SignatureDoesNotMatchException;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.EvaluationWarning;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Role;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.SessionKind;
import dev.iamkit.core.identity.User;
import dev.iamkit.core.internal.identity.Ids;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.sts.AccessDeniedException;
import dev.iamkit.core.sts.AssumeRoleRequest;
import dev.iamkit.core.sts.AssumeRoleResult;
import dev.iamkit.core.sts.GetSessionTokenRequest;
import dev.iamkit.core.sts.GetSessionTokenResult;
import dev.iamkit.core.sts.ValidationErrorException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The IAM and STS service over a {@link Directory}: thread-safe, with every change atomic. A change takes
 * the current snapshot, applies the operation to a copy with all of IAM's checks, and swaps the copy in
 * (copy-on-write in a volatile field); a rejected call throws and changes nothing, and readers
 * always see whole snapshots. Writers are serialized; readers never wait.
 *
 * <pre>{@code
 * Iam iam = Iam.builder().clock(clock).random(new SecureRandom()).build();
 * iam.update(d -> d.createAccount(ACCOUNT));
 * iam.createUser(ACCOUNT, "/", "alice");
 * iam.attachUserPolicy(ACCOUNT, "alice", "arn:aws:iam::aws:policy/ReadOnlyAccess");
 * AccessKey key = iam.createAccessKey(ACCOUNT, "alice");
 * Session alice = iam.authenticate(key.accessKeyId(), key.secretAccessKey().reveal());
 * Evaluation e = iam.authorize(alice, "s3:GetObject", "arn:aws:s3:::reports/q1.csv", Map.of());
 * }</pre>
 *
 * <p>IAM operations are administrative: they are not themselves authorized against policies (ask
 * {@link #authorize} first when modelling a caller). Protected entities are refused with
 * {@link UnmodifiableEntityException} (issue 13 §5): AWS managed policies, service-linked roles
 * ({@code /aws-service-role/}) and roles under {@code /aws-reserved/}.
 */
public final class Iam {
  private volatile Directory current;
  private final Object writeLock = new Object();
  private final Clock clock;
  private final SecureRandom random;
  private final int passwordHashIterations;
  private final Authenticator authenticator;
  private final TokenService tokens;
  private final Authorizer authorizer;

  private Iam(Builder b) {
    this.current = b.directory;
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.random = Objects.requireNonNull(b.random, "random");
    this.passwordHashIterations = b.passwordHashIterations;
    this.authorizer = new Authorizer(clock);
    this.authenticator = new Authenticator(clock, random, passwordHashIterations);
    this.tokens = new TokenService(clock, random, authorizer, authenticator);
  }

  /** The service over {@code directory}, with the given clock and randomness. */
  public static Iam of(Directory directory, Clock clock, SecureRandom random) {
    return builder().directory(directory).clock(clock).random(random).build();
  }

  /** A builder; {@link Builder#clock} and {@link Builder#random} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The current snapshot. */
  public Directory directory() {
    return current;
  }

  /** The clock the service reads. */
  public Clock clock() {
    return clock;
  }

  /**
   * Applies {@code change} atomically: every operation in it happens, or (when one throws) none does. The
   * builder refuses changes to protected entities like the other methods of this class.
   *
   * <pre>{@code iam.update(d -> d.createUser(A, "/", "bob").addUserToGroup(A, "Developers", "bob")); }</pre>
   */
  public void update(Consumer<Directory.Builder> change) {
    Objects.requireNonNull(change, "change");
    synchronized (writeLock) {
      Directory.Builder b = current.toGuardedBuilder(clock, random).passwordHashIterations(passwordHashIterations);
      change.accept(b);
      current = b.build();
    }
  }

  // ---------------------------------------------------------------- IAM operations (see Directory.Builder)

  /** CreateUser: see {@link Directory.Builder#createUser}. */
  public void createUser(AccountId account, String path, String name) {
    update(d -> d.createUser(account, path, name));
  }

  /** DeleteUser: see {@link Directory.Builder#deleteUser}. */
  public void deleteUser(AccountId account, String name) {
    update(d -> d.deleteUser(account, name));
  }

  /** CreateGroup: see {@link Directory.Builder#createGroup}. */
  public void createGroup(AccountId account, String path, String name) {
    update(d -> d.createGroup(account, path, name));
  }

  /** DeleteGroup: see {@link Directory.Builder#deleteGroup}. */
  public void deleteGroup(AccountId account, String name) {
    update(d -> d.deleteGroup(account, name));
  }

  /** AddUserToGroup: see {@link Directory.Builder#addUserToGroup}. */
  public void addUserToGroup(AccountId account, String groupName, String userName) {
    update(d -> d.addUserToGroup(account, groupName, userName));
  }

  /** RemoveUserFromGroup: see {@link Directory.Builder#removeUserFromGroup}. */
  public void removeUserFromGroup(AccountId account, String groupName, String userName) {
    update(d -> d.removeUserFromGroup(account, groupName, userName));
  }

  /** CreateRole: see {@link Directory.Builder#createRole}; paths AWS reserves are refused. */
  public void createRole(AccountId account, String path, String name, Policy trustPolicy, int maxSessionDurationSeconds) {
    update(d -> d.createRole(account, path, name, trustPolicy, maxSessionDurationSeconds));
  }

  /** CreateRole with the default MaxSessionDuration of one hour. */
  public void createRole(AccountId account, String path, String name, Policy trustPolicy) {
    update(d -> d.createRole(account, path, name, trustPolicy));
  }

  /** DeleteRole: see {@link Directory.Builder#deleteRole}. */
  public void deleteRole(AccountId account, String name) {
    update(d -> d.deleteRole(account, name));
  }

  /** UpdateAssumeRolePolicy: see {@link Directory.Builder#updateAssumeRolePolicy}. */
  public void updateAssumeRolePolicy(AccountId account, String roleName, Policy trustPolicy) {
    update(d -> d.updateAssumeRolePolicy(account, roleName, trustPolicy));
  }

  /** UpdateRole (MaxSessionDuration): see {@link Directory.Builder#updateRoleMaxSessionDuration}. */
  public void updateRoleMaxSessionDuration(AccountId account, String roleName, int seconds) {
    update(d -> d.updateRoleMaxSessionDuration(account, roleName, seconds));
  }

  /** CreatePolicy: see {@link Directory.Builder#createPolicy}; returns the new policy. */
  public ManagedPolicy createPolicy(AccountId account, String path, String name, Policy document) {
    update(d -> d.createPolicy(account, path, name, document));
    return directory().account(account).flatMap(a -> a.policy(name)).orElseThrow();
  }

  /** DeletePolicy: see {@link Directory.Builder#deletePolicy}. */
  public void deletePolicy(String policyArn) {
    update(d -> d.deletePolicy(policyArn));
  }

  /** CreatePolicyVersion: see {@link Directory.Builder#createPolicyVersion}. */
  public void createPolicyVersion(String policyArn, Policy document, boolean setAsDefault) {
    update(d -> d.createPolicyVersion(policyArn, document, setAsDefault));
  }

  /** DeletePolicyVersion: see {@link Directory.Builder#deletePolicyVersion}. */
  public void deletePolicyVersion(String policyArn, String versionId) {
    update(d -> d.deletePolicyVersion(policyArn, versionId));
  }

  /** SetDefaultPolicyVersion: see {@link Directory.Builder#setDefaultPolicyVersion}. */
  public void setDefaultPolicyVersion(String policyArn, String versionId) {
    update(d -> d.setDefaultPolicyVersion(policyArn, versionId));
  }

  /** AttachUserPolicy. */
  public void attachUserPolicy(AccountId account, String userName, String policyArn) {
    update(d -> d.attachUserPolicy(account, userName, policyArn));
  }

  /** DetachUserPolicy. */
  public void detachUserPolicy(AccountId account, String userName, String policyArn) {
    update(d -> d.detachUserPolicy(account, userName, policyArn));
  }

  /** AttachGroupPolicy. */
  public void attachGroupPolicy(AccountId account, String groupName, String policyArn) {
    update(d -> d.attachGroupPolicy(account, groupName, policyArn));
  }

  /** DetachGroupPolicy. */
  public void detachGroupPolicy(AccountId account, String groupName, String policyArn) {
    update(d -> d.detachGroupPolicy(account, groupName, policyArn));
  }

  /** AttachRolePolicy. */
  public void attachRolePolicy(AccountId account, String roleName, String policyArn) {
    update(d -> d.attachRolePolicy(account, roleName, policyArn));
  }

  /** DetachRolePolicy. */
  public void detachRolePolicy(AccountId account, String roleName, String policyArn) {
    update(d -> d.detachRolePolicy(account, roleName, policyArn));
  }

  /** PutUserPolicy. */
  public void putUserPolicy(AccountId account, String userName, String policyName, Policy document) {
    update(d -> d.putUserPolicy(account, userName, policyName, document));
  }

  /** DeleteUserPolicy. */
  public void deleteUserPolicy(AccountId account, String userName, String policyName) {
    update(d -> d.deleteUserPolicy(account, userName, policyName));
  }

  /** PutGroupPolicy. */
  public void putGroupPolicy(AccountId account, String groupName, String policyName, Policy document) {
    update(d -> d.putGroupPolicy(account, groupName, policyName, document));
  }

  /** DeleteGroupPolicy. */
  public void deleteGroupPolicy(AccountId account, String groupName, String policyName) {
    update(d -> d.deleteGroupPolicy(account, groupName, policyName));
  }

  /** PutRolePolicy. */
  public void putRolePolicy(AccountId account, String roleName, String policyName, Policy document) {
    update(d -> d.putRolePolicy(account, roleName, policyName, document));
  }

  /** DeleteRolePolicy. */
  public void deleteRolePolicy(AccountId account, String roleName, String policyName) {
    update(d -> d.deleteRolePolicy(account, roleName, policyName));
  }

  /** PutUserPermissionsBoundary. */
  public void putUserPermissionsBoundary(AccountId account, String userName, String policyArn) {
    update(d -> d.putUserPermissionsBoundary(account, userName, policyArn));
  }

  /** DeleteUserPermissionsBoundary. */
  public void deleteUserPermissionsBoundary(AccountId account, String userName) {
    update(d -> d.deleteUserPermissionsBoundary(account, userName));
  }

  /** PutRolePermissionsBoundary. */
  public void putRolePermissionsBoundary(AccountId account, String roleName, String policyArn) {
    update(d -> d.putRolePermissionsBoundary(account, roleName, policyArn));
  }

  /** DeleteRolePermissionsBoundary. */
  public void deleteRolePermissionsBoundary(AccountId account, String roleName) {
    update(d -> d.deleteRolePermissionsBoundary(account, roleName));
  }

  /** UpdateAccountPasswordPolicy. */
  public void updateAccountPasswordPolicy(AccountId account, PasswordPolicy policy) {
    update(d -> d.passwordPolicy(account, policy));
  }

  /** CreateLoginProfile: see {@link Directory.Builder#createLoginProfile}. */
  public void createLoginProfile(AccountId account, String userName, String password, boolean resetRequired) {
    update(d -> d.createLoginProfile(account, userName, password, resetRequired));
  }

  /** UpdateLoginProfile. */
  public void updateLoginProfile(AccountId account, String userName, String password, boolean resetRequired) {
    update(d -> d.updateLoginProfile(account, userName, password, resetRequired));
  }

  /** DeleteLoginProfile. */
  public void deleteLoginProfile(AccountId account, String userName) {
    update(d -> d.deleteLoginProfile(account, userName));
  }

  /**
   * CreateAccessKey: a new active key with an {@code AKIA...} ID and a 40-character secret drawn from the
   * service's {@link SecureRandom}. The returned key is the only place the secret is shown.
   *
   * @throws LimitExceededException if the user has 2 keys
   */
  public AccessKey createAccessKey(AccountId account, String userName) {
    String id = Ids.accessKeyId("AKIA", random);
    String secret = Ids.secretAccessKey(random);
    update(d -> d.importAccessKey(account, userName, id, secret, AccessKeyStatus.ACTIVE));
    return directory().user(account, userName).orElseThrow().accessKeys().stream()
        .filter(k -> k.accessKeyId().equals(id)).findFirst().orElseThrow();
  }

  /** UpdateAccessKey (Active / Inactive). */
  public void updateAccessKey(AccountId account, String userName, String accessKeyId, AccessKeyStatus status) {
    update(d -> d.updateAccessKey(account, userName, accessKeyId, status));
  }

  /** DeleteAccessKey. */
  public void deleteAccessKey(AccountId account, String userName, String accessKeyId) {
    update(d -> d.deleteAccessKey(account, userName, accessKeyId));
  }

  /** EnableMFADevice with two consecutive codes: see {@link Directory.Builder#enableMfaDevice}. */
  public void enableMfaDevice(AccountId account, String userName, String serialNumber, String base32Seed,
      String code1, String code2) {
    update(d -> d.enableMfaDevice(account, userName, serialNumber, base32Seed, code1, code2));
  }

  /** DeactivateMFADevice. */
  public void deactivateMfaDevice(AccountId account, String userName, String serialNumber) {
    update(d -> d.deactivateMfaDevice(account, userName, serialNumber));
  }

  /** TagUser. */
  public void tagUser(AccountId account, String userName, Map<String, String> tags) {
    update(d -> d.tagUser(account, userName, tags));
  }

  /** UntagUser. */
  public void untagUser(AccountId account, String userName, Collection<String> keys) {
    update(d -> d.untagUser(account, userName, keys));
  }

  /** TagRole. */
  public void tagRole(AccountId account, String roleName, Map<String, String> tags) {
    update(d -> d.tagRole(account, roleName, tags));
  }

  /** UntagRole. */
  public void untagRole(AccountId account, String roleName, Collection<String> keys) {
    update(d -> d.untagRole(account, roleName, keys));
  }

  /** Sets a resource's policy (PutBucketPolicy, SetQueueAttributes, ...): see {@link Directory.Builder#putResourcePolicy}. */
  public void putResourcePolicy(AccountId owner, String resourceArn, Policy policy) {
    update(d -> d.putResourcePolicy(owner, resourceArn, policy));
  }

  /** Removes a resource's policy. */
  public void deleteResourcePolicy(AccountId owner, String resourceArn) {
    update(d -> d.deleteResourcePolicy(owner, resourceArn));
  }

  // ---------------------------------------------------------------- authentication

  /**
   * Console sign-in of an IAM user (S7.2, S7.8). A user with an MFA device must give a valid code.
   *
   * @throws SignInFailedException for an unknown account or user, a user without password, or a wrong
   *     password: one error, so that names cannot be probed
   * @throws InvalidMfaCodeException when the user has an MFA device and the code is missing or wrong
   */
  public Session signIn(AccountId account, String userName, String password) {
    return authenticator.signIn(directory(), account, userName, password, null);
  }

  /** Console sign-in of an IAM user with an MFA code (see {@link #signIn(AccountId, String, String)}). */
  public Session signIn(AccountId account, String userName, String password, String mfaCode) {
    Objects.requireNonNull(mfaCode, "mfaCode");
    return authenticator.signIn(directory(), account, userName, password, mfaCode);
  }

  /**
   * Console sign-in of the root user (S7.1): account, password and, when the root user has an MFA device,
   * a code.
   *
   * @throws SignInFailedException for an unknown account, no root password or a wrong one
   * @throws InvalidMfaCodeException when an MFA device is registered and the code is missing or wrong
   */
  public Session signInRoot(AccountId account, String password) {
    return authenticator.signIn(directory(), account, null, password, null);
  }

  /** Console sign-in of the root user with an MFA code. */
  public Session signInRoot(AccountId account, String password, String mfaCode) {
    Objects.requireNonNull(mfaCode, "mfaCode");
    return authenticator.signIn(directory(), account, null, password, mfaCode);
  }

  /**
   * A request signed with long-term access keys (S7.8).
   *
   * @throws InvalidClientTokenIdException for an unknown or inactive key, or a temporary key without its token
   * @throws SignatureDoesNotMatchException for a wrong secret
   */
  public Session authenticate(String accessKeyId, String secretAccessKey) {
    return authenticator.authenticate(directory(), accessKeyId, secretAccessKey, null);
  }

  /**
   * A request signed with temporary credentials and their session token (S7.8).
   *
   * @throws InvalidClientTokenIdException for an unknown key or a wrong token
   * @throws SignatureDoesNotMatchException for a wrong secret
   * @throws ExpiredTokenException at or after the expiration
   */
  public Session authenticate(String accessKeyId, String secretAccessKey, String sessionToken) {
    Objects.requireNonNull(sessionToken, "sessionToken");
    return authenticator.authenticate(directory(), accessKeyId, secretAccessKey, sessionToken);
  }

  // ---------------------------------------------------------------- STS

  /**
   * GetSessionToken (S8.11, S8.3): temporary credentials with the caller's own permissions, carrying MFA
   * when a valid code of the caller's device is given.
   *
   * @throws AccessDeniedException when called with temporary credentials, or with a wrong MFA code
   * @throws ValidationErrorException for a duration outside 900-129600 (users) or 900-3600 (root), or a
   *     malformed serial number or code
   * @throws ExpiredTokenException when the caller's session has expired
   */
  public GetSessionTokenResult getSessionToken(Session caller, GetSessionTokenRequest request) {
    return tokens.getSessionToken(directory(), caller, request);
  }

  /**
   * AssumeRole (S8, S6.14): validates the request (S8.1, S8.12), evaluates the trust policy as the role's
   * resource policy for {@code sts:AssumeRole} (plus {@code sts:TagSession} and
   * {@code sts:SetSourceIdentity} when tags or a source identity are passed) together with the caller's own
   * policies, and issues temporary credentials for a session whose permissions are the role's,
   * intersected with the session policies.
   *
   * @param caller a user session, a role session (role chaining, at most one hour), or
   *     {@link Session#service(String)}
   * @throws ValidationErrorException for a bad parameter (S8.12)
   * @throws MalformedPolicyDocumentException for an invalid session policy
   * @throws AccessDeniedException when the root user calls, a policy refuses, the MFA code is wrong, or the
   *     role does not exist
   * @throws ExpiredTokenException when the caller's session has expired
   */
  public AssumeRoleResult assumeRole(Session caller, AssumeRoleRequest request) {
    return tokens.assumeRole(directory(), caller, request);
  }

  // ---------------------------------------------------------------- authorization

  /**
   * Decides whether {@code session} may perform {@code action} on {@code resource}: gathers every policy
   * that applies (the user's and its groups' policies, or the role's; the boundary; the session policies;
   * the SCPs along the principal account's path; the RCPs of the resource's account; the resource's policy
   * or a role's trust policy) and fills the context keys AWS would (S5.9), then asks the
   * {@link dev.iamkit.core.eval.Evaluator}. Keys in {@code context} win over the filled ones. When the service
   * itself refuses the call whatever the policies say ({@link #serviceRefusal}), the evaluation carries the
   * warning {@code service-would-refuse} beside the policies' decision (issue 13 §5).
   *
   * @param resource an ARN or {@code *}
   * @throws ExpiredTokenException when the session has expired
   * @throws IllegalArgumentException for an action without {@code service:} or a resource that is no ARN
   */
  public Evaluation authorize(Session session, String action, String resource, Map<String, ContextValue> context) {
    Objects.requireNonNull(session, "session");
    if (session.isExpiredAt(clock.instant())) {
      throw new ExpiredTokenException("The security token included in the request is expired");
    }
    Evaluation e = authorizer.authorize(directory(), session, action, resource, context);
    // Issue 13 §5: the policies' answer stands; the explanation says that the service refuses the call anyway.
    return Protection.refusal(action, resource).map(refusal -> e.withWarning(EvaluationWarning.of(
        EvaluationWarning.Code.SERVICE_WOULD_REFUSE, refusal + " (the service refuses this call whatever the"
            + " policies decide)"))).orElse(e);
  }

  /**
   * The refusal the service gives {@code action} on {@code resource} whatever the policies say, or empty:
   * changing or deleting an AWS managed policy, or a service-linked or reserved role, is
   * {@code UnmodifiableEntity} (issue 13 §5). {@link #authorize} keeps answering the policy question for such
   * requests; this names what the service would answer.
   *
   * <pre>{@code iam.serviceRefusal("iam:DeleteRole", slrArn)  // Optional[UnmodifiableEntity: ...] }</pre>
   */
  public Optional<String> serviceRefusal(String action, String resource) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    return Protection.refusal(action, resource);
  }

  /**
   * A session of {@code principal} obtained without credentials, <b>for tests and simulations only</b>: the
   * question "what may this principal do?" without creating keys or passwords. A real caller obtains its
   * session from {@link #authenticate}, {@link #signIn} or {@link #assumeRole}, which check secrets; this
   * method checks none.
   *
   * <ul>
   *   <li>an IAM user of the directory ({@code arn:aws:iam::A:user/N}, path included or not): a session of
   *       the user's long-term access keys ({@link SessionKind#ACCESS_KEY}: no MFA, no token time, S5.2);
   *   <li>the root user ({@code arn:aws:iam::A:root}) of an account of the directory: likewise;
   *   <li>a role of the directory ({@code arn:aws:iam::A:role/R}, path included or not) or a session of one
   *       ({@code arn:aws:sts::A:assumed-role/R/S}): a role session as {@link #assumeRole} issues it
   *       ({@link SessionKind#ASSUMED_ROLE}, the role's ARN with its path and unique ID, session name
   *       {@code S} or {@code iamkit-simulation}, token issued now, no expiration, no session policies or tags);
   *   <li>a service principal: {@link Session#service}.
   * </ul>
   *
   * @throws NoSuchEntityException when the account, user or role does not exist
   * @throws IllegalArgumentException for a principal that has no session of its own here (anonymous,
   *     federated or web-identity callers)
   */
  public Session sessionOf(Principal principal) {
    Objects.requireNonNull(principal, "principal");
    Directory d = directory();
    if (principal instanceof Principal.ServicePrincipal s) {
      return Session.service(s.name());
    }
    if (principal instanceof Principal.RootUser r) {
      if (d.account(r.accountId()).isEmpty()) {
        throw new NoSuchEntityException("The account " + r.accountId().value() + " does not exist");
      }
      return simulated(principal, SessionKind.ACCESS_KEY, null);
    }
    if (principal instanceof Principal.IamUser u) {
      Arn arn = u.arn();
      User user = arn.accountId().flatMap(a -> d.user(a, u.name()))
          .filter(x -> samePathOrNone(arn, x.arn()))
          .orElseThrow(() -> new NoSuchEntityException("The user with ARN " + arn + " cannot be found"));
      return simulated(user.principal(), SessionKind.ACCESS_KEY, null);
    }
    if (principal instanceof Principal.RoleSession rs) {
      return roleSession(d, rs.roleArn(), rs.sessionName());
    }
    throw new IllegalArgumentException("No session can be made up for " + principal
        + ": only IAM users, root users, roles and role sessions, and service principals have one");
  }

  /**
   * {@link #sessionOf(Principal)} for a principal ARN, <b>for tests and simulations only</b>; besides what
   * {@link Principal#parse} reads, a role ARN ({@code arn:aws:iam::A:role/PATH/R}) stands for a session
   * named {@code iamkit-simulation} of that role.
   *
   * @throws dev.iamkit.core.arn.ArnFormatException when the text is no principal or role ARN
   * @throws NoSuchEntityException when the account, user or role does not exist
   */
  public Session sessionOf(String principalArn) {
    Objects.requireNonNull(principalArn, "principalArn");
    Optional<Arn> arn = Arn.tryParse(principalArn);
    if (arn.isPresent() && arn.get().service().equals("iam") && arn.get().resource().startsWith("role/")) {
      return roleSession(directory(), arn.get(), SIMULATED_SESSION_NAME);
    }
    return sessionOf(Principal.parse(principalArn));
  }

  private Session roleSession(Directory d, Arn given, String sessionName) {
    String res = given.resource();
    Role role = given.accountId().flatMap(a -> d.role(a, res.substring(res.lastIndexOf('/') + 1)))
        .filter(x -> samePathOrNone(given, x.arn()))
        .orElseThrow(() -> new NoSuchEntityException("The role with ARN " + given + " cannot be found"));
    return simulated(TokenService.sessionPrincipal(role, sessionName), SessionKind.ASSUMED_ROLE, clock.instant());
  }

  private static final String SIMULATED_SESSION_NAME = "iamkit-simulation";

  /** Whether {@code given} is {@code actual} or names the same entity without its path. */
  private static boolean samePathOrNone(Arn given, Arn actual) {
    return given.equals(actual) || given.resource().indexOf('/') == given.resource().lastIndexOf('/');
  }

  private static Session simulated(Principal p, SessionKind kind, @Nullable Instant issued) {
    return Session.of(p, kind, false, null, issued, null, List.of(), Map.of(), Set.of(), null, null);
  }

  /** {@link #authorize(Session, String, String, Map)} without extra context keys. */
  public Evaluation authorize(Session session, String action, String resource) {
    return authorize(session, action, resource, Map.of());
  }

  /** Builds an {@link Iam}; not thread-safe. */
  public static final class Builder {
    private Directory directory = Directory.empty();
    private @Nullable Clock clock;
    private @Nullable SecureRandom random;
    private int passwordHashIterations = PasswordHash.DEFAULT_ITERATIONS;

    private Builder() {}

    /** The starting directory (default empty). */
    public Builder directory(Directory start) {
      this.directory = Objects.requireNonNull(start, "start");
      return this;
    }

    /** The clock for creation times, MFA codes, token issue times and expiry; required. */
    public Builder clock(Clock serviceClock) {
      this.clock = Objects.requireNonNull(serviceClock, "serviceClock");
      return this;
    }

    /** The randomness for IDs, secrets, tokens and salts; required. */
    public Builder random(SecureRandom source) {
      this.random = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * The PBKDF2 cost of passwords set through the service (default
     * {@link PasswordHash#DEFAULT_ITERATIONS}); a lower cost suits tests and simulations.
     */
    public Builder passwordHashIterations(int iterations) {
      if (iterations < PasswordHash.MIN_ITERATIONS) {
        throw new IllegalArgumentException("PBKDF2 iterations must be at least " + PasswordHash.MIN_ITERATIONS
            + ", found " + iterations);
      }
      this.passwordHashIterations = iterations;
      return this;
    }

    /**
     * The service.
     *
     * @throws NullPointerException if the clock or the randomness is missing
     */
    public Iam build() {
      Objects.requireNonNull(clock, "clock: call clock(..) before build()");
      Objects.requireNonNull(random, "random: call random(..) before build()");
      return new Iam(this);
    }
  }
}
