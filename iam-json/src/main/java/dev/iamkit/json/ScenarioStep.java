package dev.iamkit.json;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.policy.SourcePosition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One step of a {@link Scenario}: an operation, the name under which it keeps what it obtains ({@code as}),
 * and what it is expected to end with. Immutable and thread-safe.
 *
 * <p>Parameters are kept as written: their AWS rules (session name characters, duration range, MFA code
 * shape, ...) are applied when the step runs, so that breaking them is an outcome a scenario can expect
 * ({@code ValidationError}), not an invalid file.
 *
 * @param index the step's position in {@code steps}, from 0
 * @param operation what the step does
 * @param as the name of the session the step obtains, or null
 * @param expected the expected outcome, or null: then {@code ok} is expected, or for {@link Authorize} any
 *     decision
 * @param position where the step starts in its file
 */
public record ScenarioStep(int index, Operation operation, @Nullable String as, @Nullable ScenarioOutcome expected,
    SourcePosition position) {

  public ScenarioStep {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(position, "position");
  }

  /** The name of the session the step obtains. */
  public Optional<String> asName() {
    return Optional.ofNullable(as);
  }

  /** The expected outcome, when the step has an {@code expect}. */
  public Optional<ScenarioOutcome> expectation() {
    return Optional.ofNullable(expected);
  }

  /**
   * Whether {@code actual} meets this step's expectation. For {@link Authorize}, whose outcome is a decision,
   * {@code AccessDenied} (what AWS answers to a denied request) is met by either deny and {@code ok} by
   * {@code allow}.
   */
  public boolean accepts(ScenarioOutcome actual) {
    Objects.requireNonNull(actual, "actual");
    if (expected != null && operation instanceof Authorize && actual.kind() == ScenarioOutcome.Kind.DECISION) {
      if (expected.id().equals("AccessDenied")) {
        return !actual.id().equals(Decision.ALLOW.id());
      }
      if (expected.kind() == ScenarioOutcome.Kind.OK) {
        return actual.id().equals(Decision.ALLOW.id());
      }
    }
    if (expected != null) {
      return expected.equals(actual);
    }
    return operation instanceof Authorize ? actual.kind() == ScenarioOutcome.Kind.DECISION
        : actual.kind() == ScenarioOutcome.Kind.OK;
  }

  /** What a step does; {@link #kind()} is its member name in the scenario file. */
  public sealed interface Operation permits SignIn, Authenticate, GetSessionToken, AssumeRole, Authorize,
      AdvanceClock {
    /** The step's kind as written in the file: {@code signIn}, {@code assumeRole}, ... */
    String kind();
  }

  /**
   * Console sign-in of the root user ({@code user} null) or of an IAM user.
   *
   * @param account the account ID as written
   * @param user the user name, or null for the root user
   * @param password the password
   * @param mfaCode six digits, {@code valid} for the device's current code, or null
   */
  public record SignIn(String account, @Nullable String user, String password, @Nullable String mfaCode)
      implements Operation {
    public SignIn {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String kind() {
      return "signIn";
    }

    /** A short form without the password. */
    @Override
    public String toString() {
      return "SignIn[account=" + account + ", user=" + (user == null ? "(root)" : user) + "]";
    }
  }

  /**
   * A programmatic call signed with credentials: those an earlier step obtained ({@code credentialsOf}) or
   * given keys (and a session token for temporary credentials).
   *
   * @param credentialsOf the name of an earlier step's session, or null
   * @param accessKeyId the access key id, or null with {@code credentialsOf}
   * @param secretAccessKey the secret, or null with {@code credentialsOf}
   * @param sessionToken the session token of temporary credentials, or null
   */
  public record Authenticate(@Nullable String credentialsOf, @Nullable String accessKeyId,
      @Nullable String secretAccessKey, @Nullable String sessionToken) implements Operation {
    @Override
    public String kind() {
      return "authenticate";
    }

    /** A short form without the secret and token. */
    @Override
    public String toString() {
      return "Authenticate[" + (credentialsOf != null ? "credentialsOf=" + credentialsOf : "accessKeyId=" + accessKeyId)
          + "]";
    }
  }

  /**
   * STS GetSessionToken by an earlier session.
   *
   * @param caller the name of the calling session
   * @param mfaCode six digits, {@code valid}, or null
   * @param durationSeconds the requested duration, or null for the default
   */
  public record GetSessionToken(String caller, @Nullable String mfaCode, @Nullable Long durationSeconds)
      implements Operation {
    public GetSessionToken {
      Objects.requireNonNull(caller, "caller");
    }

    @Override
    public String kind() {
      return "getSessionToken";
    }

    /** A short form without the MFA code. */
    @Override
    public String toString() {
      return "GetSessionToken[caller=" + caller + ", durationSeconds=" + durationSeconds + "]";
    }
  }

  /**
   * STS AssumeRole by an earlier session ({@code caller}) or by an AWS service ({@code service}).
   *
   * @param caller the name of the calling session, or null when a service calls
   * @param service the service principal such as {@code ec2.amazonaws.com}, or null
   * @param roleArn the role's ARN as written
   * @param roleSessionName the session name, or null when missing
   * @param durationSeconds the requested duration, or null for the default
   * @param externalId the external id, or null
   * @param mfaCode six digits, {@code valid}, or null
   * @param policy the session policy's JSON text, or null
   * @param policyArns managed session policy ARNs
   * @param tags session tags in file order
   * @param transitiveTagKeys transitive tag keys
   * @param sourceIdentity the source identity, or null
   * @param context further request context keys, such as {@code aws:SourceArn} and {@code aws:SourceAccount}
   *     of a service acting for a resource (S8.10)
   */
  public record AssumeRole(@Nullable String caller, @Nullable String service, String roleArn,
      @Nullable String roleSessionName, @Nullable Long durationSeconds, @Nullable String externalId,
      @Nullable String mfaCode, @Nullable String policy, List<String> policyArns, Map<String, String> tags,
      List<String> transitiveTagKeys, @Nullable String sourceIdentity, Map<String, ContextValue> context)
      implements Operation {
    public AssumeRole {
      context = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
      Objects.requireNonNull(roleArn, "roleArn");
      policyArns = List.copyOf(policyArns);
      tags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
      transitiveTagKeys = List.copyOf(transitiveTagKeys);
      if ((caller == null) == (service == null)) {
        throw new IllegalArgumentException("An assumeRole step has exactly one of caller and service");
      }
    }

    @Override
    public String kind() {
      return "assumeRole";
    }

    /** A short form without the MFA code, external id, session policy or tags. */
    @Override
    public String toString() {
      return "AssumeRole[" + (caller != null ? "caller=" + caller : "service=" + service) + ", roleArn=" + roleArn
          + ", roleSessionName=" + roleSessionName + "]";
    }
  }

  /**
   * A request by an earlier session, decided with the directory's policies.
   *
   * @param caller the name of the calling session
   * @param action the action
   * @param resource the resource ARN (or {@code *})
   * @param context extra request context keys
   */
  public record Authorize(String caller, String action, String resource, Map<String, ContextValue> context)
      implements Operation {
    public Authorize {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(resource, "resource");
      context = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
    }

    @Override
    public String kind() {
      return "authorize";
    }
  }

  /**
   * Moves the scenario clock forward.
   *
   * @param by how far, positive
   */
  public record AdvanceClock(Duration by) implements Operation {
    public AdvanceClock {
      Objects.requireNonNull(by, "by");
      if (by.isNegative() || by.isZero()) {
        throw new IllegalArgumentException("advanceClock moves the clock forward, found " + by);
      }
    }

    @Override
    public String kind() {
      return "advanceClock";
    }
  }
}
