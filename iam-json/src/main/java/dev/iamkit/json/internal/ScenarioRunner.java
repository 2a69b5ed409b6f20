package dev.iamkit.json.internal;

import dev.iamkit.core.AwsErrorException;
import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.credentials.MfaDevice;
import dev.iamkit.core.credentials.TemporaryCredentials;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.directory.Iam;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.User;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.sts.AssumeRoleRequest;
import dev.iamkit.core.sts.AssumeRoleResult;
import dev.iamkit.core.sts.GetSessionTokenRequest;
import dev.iamkit.core.sts.GetSessionTokenResult;
import dev.iamkit.json.PolicyParseException;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.ScenarioOutcome;
import dev.iamkit.json.ScenarioStep;
import dev.iamkit.json.ScenarioStepResult;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs the steps of a scenario against an {@link Iam} over its world, with a {@link ScenarioClock} that
 * only {@code advanceClock} moves and randomness seeded from the scenario, so that a run is repeatable.
 * Every call is signed again with the credentials its caller holds, as each AWS request is: expired or
 * revoked credentials fail the call that uses them. Not thread-safe; one per run.
 */
public final class ScenarioRunner {
  /** The PBKDF2 cost of a scenario's passwords: its world holds them in clear, a slow hash protects nothing. */
  public static final int PASSWORD_ITERATIONS = dev.iamkit.core.credentials.PasswordHash.MIN_ITERATIONS;

  /** What an earlier step obtained: its session, and the credentials that sign its calls when it has some. */
  private record Held(Session session, @Nullable String accessKeyId, @Nullable String secret,
      @Nullable String token) {
    @Override
    public String toString() {
      return "Held[" + session.principal() + ", " + accessKeyId + "]";
    }
  }

  /** The outcome of one step and what to say about it. */
  private record Done(ScenarioOutcome outcome, String message, @Nullable String principal) {}

  /** A step refused: the AWS error code and message. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;

    Refused(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }

  private final ScenarioClock clock;
  private final Iam iam;
  private final Map<String, Held> sessions = new HashMap<>();

  private ScenarioRunner(Directory world, Instant start, String seed) {
    this.clock = new ScenarioClock(start);
    this.iam = Iam.builder().directory(world).clock(clock).random(seeded(seed + "/run"))
        .passwordHashIterations(PASSWORD_ITERATIONS).build();
  }

  /** Randomness that gives the same bytes for the same seed: a scenario runs the same way every time. */
  public static SecureRandom seeded(String seed) {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(seed.getBytes(StandardCharsets.UTF_8));
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA1PRNG", e);
    }
  }

  /** Runs {@code steps} against {@code world} from {@code start}. */
  public static List<ScenarioStepResult> run(Directory world, Instant start, String seed, List<ScenarioStep> steps) {
    ScenarioRunner runner = new ScenarioRunner(world, start, seed);
    List<ScenarioStepResult> out = new ArrayList<>();
    for (ScenarioStep step : steps) {
      Instant at = runner.clock.instant();
      Done done = runner.step(step);
      out.add(new ScenarioStepResult(step, done.outcome(), step.accepts(done.outcome()), done.message(),
          done.principal(), at));
    }
    return out;
  }

  private Done step(ScenarioStep step) {
    try {
      ScenarioStep.Operation op = step.operation();
      if (op instanceof ScenarioStep.SignIn s) {
        return keep(step, signIn(s), null);
      } else if (op instanceof ScenarioStep.Authenticate a) {
        return authenticate(step, a);
      } else if (op instanceof ScenarioStep.GetSessionToken g) {
        return getSessionToken(step, g);
      } else if (op instanceof ScenarioStep.AssumeRole r) {
        return assumeRole(step, r);
      } else if (op instanceof ScenarioStep.Authorize z) {
        return authorize(z);
      }
      ScenarioStep.AdvanceClock c = (ScenarioStep.AdvanceClock) op;
      clock.advance(c.by());
      return new Done(ScenarioOutcome.ok(), "the clock is now " + clock.instant(), null);
    } catch (Refused e) {
      return new Done(ScenarioOutcome.error(e.code), e.code + ": " + e.getMessage(), null);
    } catch (RuntimeException e) {
      // a failure that is no AWS answer: report it on the step, so the rest of the scenario still runs
      return new Done(ScenarioOutcome.error("InternalError"), "InternalError: " + e, null);
    }
  }

  private Done keep(ScenarioStep step, Held held, @Nullable String detail) {
    String as = step.as();
    if (as != null) {
      sessions.put(as, held);
    }
    Session s = held.session();
    String who = name(s.principal());
    StringBuilder m = new StringBuilder(describe(s.kind())).append(' ').append(who);
    if (s.mfaAuthenticated()) {
      m.append(", with MFA");
    }
    s.expiration().ifPresent(e -> m.append(", until ").append(e));
    if (detail != null) {
      m.append(", ").append(detail);
    }
    return new Done(ScenarioOutcome.ok(), m.toString(), who);
  }

  private static String describe(dev.iamkit.core.identity.SessionKind kind) {
    return switch (kind) {
      case CONSOLE -> "signed in as";
      case ACCESS_KEY -> "authenticated with access keys as";
      case SESSION_TOKEN -> "session token for";
      case ASSUMED_ROLE, SERVICE_ROLE -> "role session";
      case SERVICE -> "service";
    };
  }

  // ---- signIn

  private Held signIn(ScenarioStep.SignIn s) throws Refused {
    AccountId account = AccountId.tryParse(s.account()).orElse(null);
    if (account == null) {
      throw new Refused("SignInFailed", "Your authentication information is incorrect");
    }
    String code = s.mfaCode();
    if ("valid".equals(code)) {
      MfaDevice device = device(account, s.user()).orElse(null);
      code = device == null ? null : device.totp().code(clock.instant());
    }
    String user = s.user();
    try {
      Session session;
      if (user == null) {
        session = code == null ? iam.signInRoot(account, s.password()) : iam.signInRoot(account, s.password(), code);
      } else {
        session = code == null ? iam.signIn(account, user, s.password()) : iam.signIn(account, user, s.password(), code);
      }
      return new Held(session, null, null, null);
    } catch (AwsErrorException e) {
      throw refused(e);
    }
  }

  /** The first MFA device of a user (root when {@code userName} is null). */
  private Optional<MfaDevice> device(AccountId account, @Nullable String userName) {
    Directory d = iam.directory();
    if (userName == null) {
      return d.account(account).flatMap(a -> a.root().mfaDevices().stream().findFirst());
    }
    return d.user(account, userName).flatMap(u -> u.mfaDevices().stream().findFirst());
  }

  /** The MFA device of the principal of a session: an IAM user's or the root user's. */
  private Optional<MfaDevice> device(Principal p) {
    if (p instanceof Principal.RootUser root) {
      return device(root.accountId(), null);
    }
    if (p instanceof Principal.IamUser u) {
      Optional<AccountId> account = u.arn().accountId();
      String res = u.arn().resource();
      String name = res.substring(res.lastIndexOf('/') + 1);
      return account.flatMap(a -> iam.directory().user(a, name)).map(User::mfaDevices)
          .flatMap(ds -> ds.stream().findFirst());
    }
    return Optional.empty();
  }

  /** SerialNumber and TokenCode for {@code mfaCode} ("valid" or digits) of the caller, or null for none. */
  private String @Nullable [] mfa(Session caller, @Nullable String mfaCode) {
    if (mfaCode == null) {
      return null;
    }
    Optional<MfaDevice> device = device(caller.principal());
    if (mfaCode.equals("valid")) {
      return device.map(d -> new String[] {d.serialNumber(), d.totp().code(clock.instant())}).orElse(null);
    }
    String serial = device.map(MfaDevice::serialNumber).orElseGet(() -> fallbackSerial(caller.principal()));
    return new String[] {serial, mfaCode};
  }

  /** A serial number for a caller without a device: the one a virtual device of theirs would have. */
  private static String fallbackSerial(Principal p) {
    String account = p.principalArn().flatMap(a -> a.accountId()).map(AccountId::value).orElse("000000000000");
    String name = p.principalArn().map(a -> a.resource().substring(a.resource().lastIndexOf('/') + 1)).orElse("none");
    return "arn:aws:iam::" + account + ":mfa/" + name;
  }

  // ---- authenticate

  private Done authenticate(ScenarioStep step, ScenarioStep.Authenticate a) throws Refused {
    String of = a.credentialsOf();
    if (of != null) {
      return keep(step, signAgain(held(of)), null);
    }
    String givenId = a.accessKeyId();
    String givenSecret = a.secretAccessKey();
    String token = a.sessionToken();
    String id = givenId == null ? "" : givenId;
    String secret = givenSecret == null ? "" : givenSecret;
    try {
      Session s = token == null ? iam.authenticate(id, secret) : iam.authenticate(id, secret, token);
      return keep(step, new Held(s, id, secret, token), null);
    } catch (AwsErrorException e) {
      throw refused(e);
    }
  }

  private Held held(String name) throws Refused {
    Held held = sessions.get(name);
    if (held == null) {
      throw new Refused("NoSession", "\"" + name + "\" names no session: the step that should have obtained it"
          + " failed");
    }
    return held;
  }

  /** The caller's session as its credentials authenticate now; a console or service session as it is. */
  private Held signAgain(Held held) throws Refused {
    try {
      String id = held.accessKeyId();
      String secret = held.secret();
      String token = held.token();
      if (id == null || secret == null) {
        if (held.session().isExpiredAt(clock.instant())) {
          throw new Refused("ExpiredToken", "The security token included in the request is expired");
        }
        return held;
      }
      Session s = token == null ? iam.authenticate(id, secret) : iam.authenticate(id, secret, token);
      return new Held(s, id, secret, token);
    } catch (AwsErrorException e) {
      throw refused(e);
    }
  }

  // ---- STS

  private Done getSessionToken(ScenarioStep step, ScenarioStep.GetSessionToken g) throws Refused {
    Held caller = signAgain(held(g.caller()));
    GetSessionTokenRequest request = GetSessionTokenRequest.of();
    Long duration = g.durationSeconds();
    if (duration != null) {
      request = request.withDurationSeconds(clamp(duration));
    }
    String[] mfa = mfa(caller.session(), g.mfaCode());
    if (mfa != null) {
      request = request.withMfa(mfa[0], mfa[1]);
    }
    try {
      GetSessionTokenResult r = iam.getSessionToken(caller.session(), request);
      return keep(step, held(r.session(), r.credentials()), null);
    } catch (AwsErrorException e) {
      throw refused(e);
    }
  }

  private Done assumeRole(ScenarioStep step, ScenarioStep.AssumeRole a) throws Refused {
    String service = a.service();
    String callerName = a.caller();
    Session caller = service != null ? Session.service(service)
        : signAgain(held(callerName == null ? "" : callerName)).session();
    String sessionName = a.roleSessionName();
    if (sessionName == null) {
      throw new Refused("ValidationError", "1 validation error detected: Value null at 'roleSessionName' failed to"
          + " satisfy constraint: Member must not be null");
    }
    AssumeRoleRequest.Builder b = AssumeRoleRequest.builder(a.roleArn(), sessionName);
    Long duration = a.durationSeconds();
    if (duration != null) {
      b.durationSeconds(clamp(duration));
    }
    String externalId = a.externalId();
    if (externalId != null) {
      b.externalId(externalId);
    }
    String[] mfa = mfa(caller, a.mfaCode());
    if (mfa != null) {
      b.mfa(mfa[0], mfa[1]);
    }
    String policyText = a.policy();
    if (policyText != null) {
      Policy policy;
      try {
        policy = PolicyReader.standard().read(policyText);
      } catch (PolicyParseException e) {
        throw new Refused("MalformedPolicyDocument", "The session policy is not a policy: " + e.getMessage());
      }
      b.policy(policy, policyText);
    }
    a.policyArns().forEach(b::policyArn);
    b.tags(a.tags());
    a.transitiveTagKeys().forEach(b::transitiveTagKey);
    String sourceIdentity = a.sourceIdentity();
    if (sourceIdentity != null) {
      b.sourceIdentity(sourceIdentity);
    }
    a.context().forEach(b::context);
    try {
      AssumeRoleResult r = iam.assumeRole(caller, b.build());
      return keep(step, held(r.session(), r.credentials()), "as " + r.assumedRoleId());
    } catch (AwsErrorException e) {
      throw refused(e);
    }
  }

  private static Held held(Session session, TemporaryCredentials c) {
    return new Held(session, c.accessKeyId(), c.secretAccessKey().reveal(), c.sessionToken().reveal());
  }

  private static int clamp(long value) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }

  // ---- authorize

  private Done authorize(ScenarioStep.Authorize z) throws Refused {
    Held caller = signAgain(held(z.caller()));
    Evaluation e;
    try {
      e = iam.authorize(caller.session(), z.action(), z.resource(), z.context());
    } catch (AwsErrorException ex) {
      throw refused(ex);
    } catch (IllegalArgumentException ex) {
      throw new Refused("ValidationError", String.valueOf(ex.getMessage()));
    }
    if (e.isAllowed()) {
      // Authorized, but the service refuses to change an entity AWS protects (issue 13 §5): the call fails
      // with UnmodifiableEntity, as AWS answers it.
      Optional<String> refusal = iam.serviceRefusal(z.action(), z.resource());
      if (refusal.isPresent()) {
        String why = refusal.get();
        throw new Refused("UnmodifiableEntity", why.startsWith("UnmodifiableEntity: ")
            ? why.substring("UnmodifiableEntity: ".length()) : why);
      }
    }
    return new Done(ScenarioOutcome.decision(e.decision()), explain(e), name(caller.session().principal()));
  }

  /** The deciding statements, or where an Allow was missing. */
  static String explain(Evaluation e) {
    StringBuilder m = new StringBuilder(e.decision().id());
    List<MatchedStatement> matched = e.matchedStatements();
    if (!matched.isEmpty()) {
      m.append(e.decision() == dev.iamkit.core.eval.Decision.ALLOW ? ": allowed by " : ": denied by ");
      for (int i = 0; i < matched.size(); i++) {
        MatchedStatement s = matched.get(i);
        m.append(i == 0 ? "" : "; ").append(kind(s.kind()))
            .append(s.kind() == PolicyKind.SCP || s.kind() == PolicyKind.RCP ? " level " + s.level() : "")
            .append(" \"").append(s.policyName()).append("\" statement ")
            .append(s.statementIndex()).append(s.sid().map(x -> " (Sid " + x + ")").orElse(""));
      }
    } else if (e.blockingKind().isPresent()) {
      m.append(": no applicable Allow in ").append(kind(e.blockingKind().get()))
          .append(e.blockingLevel().isPresent() ? " level " + e.blockingLevel().getAsInt() : "");
    } else {
      m.append(": no policy allows");
    }
    if (!e.missingContextKeys().isEmpty()) {
      m.append("; missing context keys: ").append(String.join(", ", e.missingContextKeys()));
    }
    return m.toString();
  }

  private static String kind(PolicyKind k) {
    return k == PolicyKind.PERMISSIONS_BOUNDARY ? "boundary" : k.id();
  }

  private static Refused refused(AwsErrorException e) {
    return new Refused(e.errorCode(), String.valueOf(e.getMessage()));
  }

  /** A principal's ARN (the session ARN for role sessions), or a service's name. */
  static String name(Principal p) {
    if (p instanceof Principal.RoleSession rs) {
      return rs.sessionArn().toString();
    } else if (p instanceof Principal.ServicePrincipal s) {
      return s.name();
    }
    return p.principalArn().map(Object::toString).orElse(p.toString());
  }
}
