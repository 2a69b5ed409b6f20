package dev.iamkit.core.directory;

import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.credentials.ExpiredTokenException;
import dev.iamkit.core.credentials.MfaDevice;
import dev.iamkit.core.credentials.Secret;
import dev.iamkit.core.credentials.TemporaryCredentials;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Role;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.SessionKind;
import dev.iamkit.core.identity.User;
import dev.iamkit.core.internal.identity.Ids;
import dev.iamkit.core.internal.identity.Shapes;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.core.sts.AccessDeniedException;
import dev.iamkit.core.sts.AssumeRoleRequest;
import dev.iamkit.core.sts.AssumeRoleResult;
import dev.iamkit.core.sts.GetSessionTokenRequest;
import dev.iamkit.core.sts.GetSessionTokenResult;
import dev.iamkit.core.sts.ValidationErrorException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The rules of STS (S8): GetSessionToken and AssumeRole. Thread-safe. */
final class TokenService {
  static final int MIN_DURATION = 900;
  static final int DEFAULT_ROLE_DURATION = 3600;
  static final int CHAINED_MAX_DURATION = 3600;
  static final int USER_TOKEN_DEFAULT = 43_200;
  static final int USER_TOKEN_MAX = 129_600;
  static final int ROOT_TOKEN_MAX = 3600;
  static final int MAX_TAGS = 50;
  static final int MAX_POLICY_ARNS = 10;

  private final Clock clock;
  private final SecureRandom random;
  private final Authorizer authorizer;
  private final Authenticator authenticator;

  TokenService(Clock clock, SecureRandom random, Authorizer authorizer, Authenticator authenticator) {
    this.clock = clock;
    this.random = random;
    this.authorizer = authorizer;
    this.authenticator = authenticator;
  }

  // ------------------------------------------------------------------ GetSessionToken (S8.11)

  GetSessionTokenResult getSessionToken(Directory d, Session caller, GetSessionTokenRequest request) {
    java.util.Objects.requireNonNull(caller, "caller");
    java.util.Objects.requireNonNull(request, "request");
    Instant now = clock.instant();
    if (caller.isExpiredAt(now)) {
      throw new ExpiredTokenException("The security token included in the request is expired");
    }
    Principal p = caller.principal();
    boolean root = p instanceof Principal.RootUser;
    int max = root ? ROOT_TOKEN_MAX : USER_TOKEN_MAX;
    int duration = request.durationSeconds().orElse(root ? ROOT_TOKEN_MAX : USER_TOKEN_DEFAULT);
    if (duration < MIN_DURATION || duration > max) {
      throw new ValidationErrorException("DurationSeconds must be " + MIN_DURATION + "-" + max + " for "
          + (root ? "the root user" : "IAM users") + ", found " + duration);
    }
    checkMfaShape(request.serialNumber(), request.tokenCode());
    if (caller.kind() != SessionKind.ACCESS_KEY || !(root || p instanceof Principal.IamUser)) {
      throw new AccessDeniedException("Cannot call GetSessionToken with session credentials: only IAM users and"
          + " the root user with long-term access keys may (S8.8, S8.11)");
    }
    boolean mfa = verifyMfa(d, p, request.serialNumber(), request.tokenCode(), now);
    TemporaryCredentials credentials = issue(now.plusSeconds(duration));
    Session session = Session.of(p, SessionKind.SESSION_TOKEN, mfa, mfa ? now : null, now,
        credentials.expiration(), List.of(), Map.of(), Set.of(), null, credentials.accessKeyId());
    authenticator.register(credentials, session);
    return new GetSessionTokenResult(credentials, session);
  }

  // ------------------------------------------------------------------ AssumeRole (S8, S6.14)

  AssumeRoleResult assumeRole(Directory d, Session caller, AssumeRoleRequest request) {
    java.util.Objects.requireNonNull(caller, "caller");
    java.util.Objects.requireNonNull(request, "request");
    Instant now = clock.instant();
    if (caller.isExpiredAt(now)) {
      throw new ExpiredTokenException("The security token included in the request is expired");
    }
    // 1. Shapes (S8.1, S8.12): ValidationError, MalformedPolicyDocument.
    Arn roleArn = validate(request);
    Optional<Policy> inline = request.policy();
    if (inline.isPresent()) {
      Directory.Builder.validatePolicy(inline.get(), PolicyKind.SESSION, SizeLimit.NONE, "session policy");
    }
    Principal p = caller.principal();
    boolean service = caller.kind() == SessionKind.SERVICE;
    boolean chained = caller.kind() == SessionKind.ASSUMED_ROLE;
    // 2. Who may call (S8.2).
    if (p instanceof Principal.RootUser) {
      throw new AccessDeniedException("The root user cannot call sts:AssumeRole (S8.2)");
    }
    if (!(service || p instanceof Principal.IamUser || p instanceof Principal.RoleSession)) {
      throw new AccessDeniedException(describe(p) + " cannot call sts:AssumeRole");
    }
    // 3. Duration (S8.3): the role's maximum binds callers but services; chaining caps at one hour.
    Optional<Role> found = d.role(roleArn);
    int duration = request.durationSeconds().orElse(DEFAULT_ROLE_DURATION);
    if (chained && duration > CHAINED_MAX_DURATION) {
      throw new ValidationErrorException("The requested DurationSeconds exceeds the 1 hour session limit for roles"
          + " assumed by role chaining (found " + duration + ")");
    }
    if (found.isPresent() && !service && duration > found.get().maxSessionDurationSeconds()) {
      throw new ValidationErrorException("The requested DurationSeconds exceeds the MaxSessionDuration set for"
          + " this role (" + found.get().maxSessionDurationSeconds() + ", found " + duration + ")");
    }
    // 4. Transitive tags (S8.6).
    Map<String, String> inherited = new LinkedHashMap<>();
    caller.transitiveTagKeys().forEach(k -> caller.sessionTag(k).ifPresent(v -> inherited.put(k, v)));
    for (String key : request.tags().keySet()) {
      if (inherited.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(key))) {
        throw new ValidationErrorException("Tag key " + key + " conflicts with a transitive tag of the calling session");
      }
    }
    // 5. Source identity (S8.7): set once, kept through chaining.
    Optional<String> sourceIdentity = request.sourceIdentity();
    if (caller.sourceIdentity().isPresent() && sourceIdentity.isPresent()
        && !caller.sourceIdentity().get().equals(sourceIdentity.get())) {
      throw new AccessDeniedException("The source identity of the calling session cannot be changed");
    }
    Optional<String> newSourceIdentity = sourceIdentity.isPresent() ? sourceIdentity : caller.sourceIdentity();
    // 6. MFA (S8.4): a valid code of the caller's device, or the caller's own MFA session.
    boolean codeGiven = request.serialNumber().isPresent() || request.tokenCode().isPresent();
    boolean codeValid = codeGiven && verifyMfa(d, p, request.serialNumber(), request.tokenCode(), now);
    boolean mfa = codeValid || caller.mfaAuthenticated();
    Optional<Instant> mfaAt = codeValid ? Optional.of(now) : caller.mfaAuthenticatedAt();
    // 7. Session policies of the role's account (S8.5).
    List<NamedPolicy> sessionPolicies = sessionPolicies(d, roleArn, request);
    if (found.isEmpty()) {
      throw new AccessDeniedException(describe(p) + " is not authorized to perform: sts:AssumeRole on resource: "
          + roleArn);
    }
    Role role = found.get();
    // 8. Authorization (S6.14, S8.2): the trust policy with the caller's own side, per action.
    Session trustCaller = Session.of(p, caller.kind(), mfa, mfaAt.orElse(null), caller.tokenIssueTime().orElse(null),
        caller.expiration().orElse(null), caller.sessionPolicies(), caller.sessionTags(), caller.transitiveTagKeys(),
        caller.sourceIdentity().orElse(null), caller.accessKeyId().orElse(null));
    List<String> actions = new ArrayList<>();
    actions.add("sts:AssumeRole");
    if (!request.tags().isEmpty() || !request.transitiveTagKeys().isEmpty()) {
      actions.add("sts:TagSession");
    }
    if (newSourceIdentity.isPresent()) {
      actions.add("sts:SetSourceIdentity");
    }
    for (String action : actions) {
      Evaluation e = evaluateTrust(d, trustCaller, role, action, request, codeValid, newSourceIdentity);
      if (!e.isAllowed()) {
        throw new AccessDeniedException(describe(p) + " is not authorized to perform: " + action + " on resource: "
            + role.arn() + " (" + e.decision().id() + ")", e);
      }
    }
    // 9. Issue (S8.8, S8.9).
    String sessionName = request.roleSessionName();
    Principal.RoleSession principal = sessionPrincipal(role, sessionName);
    Arn sessionArn = principal.sessionArn();
    TemporaryCredentials credentials = issue(now.plusSeconds(duration));
    Map<String, String> tags = new LinkedHashMap<>(inherited);
    tags.putAll(request.tags());
    Set<String> transitive = new LinkedHashSet<>(inherited.keySet());
    transitive.addAll(request.transitiveTagKeys());
    Session session = Session.of(principal, service ? SessionKind.SERVICE_ROLE : SessionKind.ASSUMED_ROLE, mfa,
        mfaAt.orElse(null), now, credentials.expiration(), sessionPolicies, tags, transitive,
        newSourceIdentity.orElse(null), credentials.accessKeyId());
    authenticator.register(credentials, session);
    long policyChars = request.policyText().map(t -> (long) t.length())
        .orElseGet(() -> inline.map(pol -> PolicyValidator.size(pol, SizeLimit.SESSION)).orElse(0L));
    int packed = (int) Math.min(100, (policyChars * 100 + SizeLimit.SESSION.maxCharacters() - 1)
        / SizeLimit.SESSION.maxCharacters());
    return AssumeRoleResult.of(credentials, session, role.roleId() + ":" + sessionName, sessionArn, packed,
        newSourceIdentity.orElse(null));
  }

  /** The principal of a session named {@code sessionName} of {@code role}: its ARN with path and unique ID (S8.9). */
  static Principal.RoleSession sessionPrincipal(Role role, String sessionName) {
    Arn sessionArn = Arn.of(role.arn().partition(), "sts", "", role.account().value(),
        "assumed-role/" + role.name() + "/" + sessionName);
    return Principal.RoleSession.of(sessionArn, role.arn(), role.roleId());
  }

  /** Every shape rule of S8.1; returns the role ARN. */
  private static Arn validate(AssumeRoleRequest r) {
    String roleArn = r.roleArn();
    if (roleArn.length() < 20 || roleArn.length() > 2048) {
      throw new ValidationErrorException("RoleArn must have 20-2048 characters, found " + roleArn.length());
    }
    Optional<Arn> arn = Arn.tryParse(roleArn);
    if (arn.isEmpty() || !arn.get().service().equals("iam") || !arn.get().resource().startsWith("role/")
        || arn.get().accountId().isEmpty()) {
      throw new ValidationErrorException("RoleArn \"" + roleArn + "\" is not a role ARN");
    }
    check(Shapes.name("RoleSessionName", r.roleSessionName(), 2, 64));
    if (r.durationSeconds().isPresent()) {
      int s = r.durationSeconds().get();
      if (s < MIN_DURATION || s > 43_200) {
        throw new ValidationErrorException("DurationSeconds must be 900-43200, found " + s);
      }
    }
    r.externalId().ifPresent(x -> check(Shapes.externalId(x)));
    checkMfaShape(r.serialNumber(), r.tokenCode());
    r.sourceIdentity().ifPresent(s -> check(Shapes.sourceIdentity(s)));
    if (r.tags().size() > MAX_TAGS) {
      throw new ValidationErrorException("Tags must have at most " + MAX_TAGS + " members, found " + r.tags().size());
    }
    Set<String> lower = new HashSet<>();
    r.tags().forEach((k, v) -> {
      check(Shapes.tagKey(k));
      check(Shapes.tagValue(v));
      if (!lower.add(k.toLowerCase(Locale.ROOT))) {
        throw new ValidationErrorException("Duplicate tag keys (compared ignoring case): " + k);
      }
    });
    if (r.transitiveTagKeys().size() > MAX_TAGS) {
      throw new ValidationErrorException("TransitiveTagKeys must have at most " + MAX_TAGS + " members");
    }
    for (String k : r.transitiveTagKeys()) {
      check(Shapes.tagKey(k));
      if (!lower.contains(k.toLowerCase(Locale.ROOT))) {
        throw new ValidationErrorException("Transitive tag key " + k + " is not among the session tags");
      }
    }
    if (r.policyArns().size() > MAX_POLICY_ARNS) {
      throw new ValidationErrorException("PolicyArns must have at most " + MAX_POLICY_ARNS + " members");
    }
    if (r.policy().isPresent()) {
      @Nullable String text = r.policyText().orElse(null);
      long length = text != null ? text.length() : PolicyValidator.size(r.policy().get(), SizeLimit.SESSION);
      if (text != null) {
        check(Shapes.sessionPolicyText(text));
      } else if (length > SizeLimit.SESSION.maxCharacters()) {
        throw new ValidationErrorException("Policy must have at most 2048 characters, found " + length);
      }
    }
    return arn.get();
  }

  private static void checkMfaShape(Optional<String> serial, Optional<String> code) {
    serial.ifPresent(s -> check(Shapes.serialNumber(s)));
    code.ifPresent(c -> check(Shapes.tokenCode("TokenCode", c)));
  }

  private static void check(Optional<String> problem) {
    if (problem.isPresent()) {
      throw new ValidationErrorException(problem.get());
    }
  }

  /**
   * Checks SerialNumber + TokenCode against the caller's own devices (S8.4): true when both are absent
   * is never returned; a missing half, an unknown device or a wrong code is AccessDenied, as STS answers.
   */
  private static boolean verifyMfa(Directory d, Principal p, Optional<String> serial, Optional<String> code,
      Instant now) {
    if (serial.isEmpty() && code.isEmpty()) {
      return false;
    }
    if (serial.isEmpty() || code.isEmpty()) {
      throw new AccessDeniedException("MultiFactorAuthentication failed: SerialNumber and TokenCode go together");
    }
    List<MfaDevice> devices = List.of();
    if (p instanceof Principal.RootUser r) {
      devices = d.account(r.accountId()).map(a -> a.root().mfaDevices()).orElse(List.of());
    } else if (p instanceof Principal.IamUser u) {
      devices = u.account().flatMap(a -> d.user(a, u.name())).map(User::mfaDevices).orElse(List.of());
    }
    List<MfaDevice> matching = devices.stream().filter(x -> x.serialNumber().equals(serial.get())).toList();
    if (matching.isEmpty()) {
      throw new AccessDeniedException("MultiFactorAuthentication failed, unable to validate MFA code: device "
          + serial.get() + " is not the caller's");
    }
    if (!Authenticator.validCode(matching, code.get(), now)) {
      throw new AccessDeniedException("MultiFactorAuthentication failed with invalid MFA one time pass code");
    }
    return true;
  }

  /** The inline session policy and the managed ones named by PolicyArns (same account as the role, or AWS managed). */
  private static List<NamedPolicy> sessionPolicies(Directory d, Arn roleArn, AssumeRoleRequest r) {
    List<NamedPolicy> list = new ArrayList<>();
    r.policy().ifPresent(p -> list.add(new NamedPolicy("session", p)));
    for (String arn : r.policyArns()) {
      Optional<ManagedPolicy> m = d.policy(arn).filter(x -> x.isAwsManaged() || x.arn().account().equals(roleArn.account()));
      if (m.isEmpty()) {
        throw new ValidationErrorException("PolicyArns: " + arn + " is not a managed policy of account "
            + roleArn.account() + " or an AWS managed policy");
      }
      list.add(new NamedPolicy(m.get().name(), m.get().document()));
    }
    return list;
  }

  /**
   * One trust evaluation (S6.14): the caller's side, the trust policy, RCPs of the role's account, the STS keys
   * (set over the request's context, under the keys the directory fills).
   */
  private Evaluation evaluateTrust(Directory d, Session caller, Role role, String action, AssumeRoleRequest r,
      boolean codeValid, Optional<String> sourceIdentity) {
    return authorizer.evaluate(d, caller, action, role.arn().toString(), r.context(), b -> {
      r.externalId().ifPresent(x -> b.context("sts:ExternalId", ContextValue.string(x)));
      b.context("sts:RoleSessionName", ContextValue.string(r.roleSessionName()));
      sourceIdentity.ifPresent(s -> b.context("sts:SourceIdentity", ContextValue.string(s)));
      if (!r.tags().isEmpty()) {
        r.tags().forEach((k, v) -> b.context("aws:RequestTag/" + k, ContextValue.string(v)));
        b.context("aws:TagKeys", ContextValue.strings(List.copyOf(r.tags().keySet())));
      }
      if (!r.transitiveTagKeys().isEmpty()) {
        b.context("sts:TransitiveTagKeys", ContextValue.strings(r.transitiveTagKeys()));
      }
      if (codeValid) {
        // S8.4: SerialNumber + TokenCode give MFA to the trust evaluation, even for long-term keys.
        b.context("aws:MultiFactorAuthPresent", ContextValue.bool(true));
        b.context("aws:MultiFactorAuthAge", ContextValue.numeric(0));
      }
    });
  }

  private TemporaryCredentials issue(Instant expiration) {
    return new TemporaryCredentials(Ids.accessKeyId("ASIA", random), Secret.of(Ids.secretAccessKey(random)),
        Secret.of(Ids.sessionToken(random)), expiration);
  }

  private static String describe(Principal p) {
    return p.principalArn().map(Arn::toString).orElseGet(() -> p instanceof Principal.ServicePrincipal s
        ? s.name() : String.valueOf(p.principalType().orElse("caller")));
  }

}
