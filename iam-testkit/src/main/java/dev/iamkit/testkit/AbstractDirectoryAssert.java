package dev.iamkit.testkit;

import dev.iamkit.core.AwsErrorException;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.directory.Iam;
import dev.iamkit.core.directory.NoSuchEntityException;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.SessionKind;
import dev.iamkit.core.sts.AccessDeniedException;
import dev.iamkit.core.sts.AssumeRoleRequest;
import dev.iamkit.core.sts.AssumeRoleResult;
import dev.iamkit.testkit.internal.Access;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on what the principals of a directory may do: the policies of the directory decide, gathered
 * and evaluated by {@link Iam#authorize} and {@link Iam#assumeRole} exactly as for a real caller. Obtain
 * through {@link IamAssertions#assertThat(Iam)} or {@link IamAssertions#assertThat(Directory)}; extend it for
 * project-specific checks. Not thread-safe.
 *
 * <pre>{@code
 * assertThat(directory)
 *     .principal("arn:aws:iam::111122223333:user/alice")
 *         .can("s3:GetObject").on("arn:aws:s3:::reports/q1.csv")
 *         .cannot("s3:DeleteObject").on("arn:aws:s3:::reports/q1.csv")
 *         .canAssume("arn:aws:iam::111122223333:role/Deployer")
 *     .principal("arn:aws:iam::111122223333:role/Deployer")
 *         .can("s3:PutObject").withContext("aws:SecureTransport", "true").on("arn:aws:s3:::artifacts/app.zip");
 * }</pre>
 *
 * <p>A principal is given as a user ARN (then it calls with the user's long-term access keys: no MFA), a
 * role ARN or an assumed-role ARN (a session of the role, without session policies or tags), the root user
 * ({@code arn:aws:iam::A:root}) or a service principal; its session is made by {@link Iam#sessionOf}, which
 * checks no secret. Every question works on the directory as it is when {@link #principal} is called;
 * {@code canAssume} issues credentials in a private copy of the service, never in the {@link Iam} under test.
 *
 * @param <SELF> the concrete assert class, returned by the checks so that chains keep its type
 * @param <ACTUAL> the type under test (an {@link Iam} or a {@link Directory})
 */
public abstract class AbstractDirectoryAssert<SELF extends AbstractDirectoryAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {
  private static final String SESSION_NAME = "iamkit-assertion";
  private @Nullable Instant now;

  /** An assert on {@code actual}; {@code selfType} is the concrete subclass. */
  protected AbstractDirectoryAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The directory of {@code value} (the current snapshot of an {@link Iam}). */
  protected abstract Directory directoryOf(ACTUAL value);

  /** The clock requests are made at, unless {@link #at} fixes the time. */
  protected abstract Clock clockOf(ACTUAL value);

  /** The time of the following requests ({@code aws:CurrentTime}, {@code aws:TokenIssueTime}); default: the clock. */
  public SELF at(Instant time) {
    this.now = Objects.requireNonNull(time, "time");
    return myself;
  }

  /**
   * The principal of the following questions: a user ARN ({@code arn:aws:iam::A:user/PATH/NAME}, path
   * optional), a role ARN ({@code arn:aws:iam::A:role/NAME}), an assumed-role ARN
   * ({@code arn:aws:sts::A:assumed-role/ROLE/SESSION}) or the root user ({@code arn:aws:iam::A:root}).
   * Fails when the directory has no such principal.
   *
   * @throws dev.iamkit.core.arn.ArnFormatException if the text is none of these
   */
  public PrincipalAssert<SELF> principal(String principalArn) {
    Objects.requireNonNull(principalArn, "principalArn");
    isNotNull();
    Iam service = service();
    return principal(principalArn, () -> service.sessionOf(principalArn), service);
  }

  /** The principal of the following questions (see {@link #principal(String)}), such as {@code Principal.service(...)}. */
  public PrincipalAssert<SELF> principal(Principal principal) {
    Objects.requireNonNull(principal, "principal");
    isNotNull();
    Iam service = service();
    return principal(principal.toString(), () -> service.sessionOf(principal), service);
  }

  private interface SessionSource {
    Session get();
  }

  private PrincipalAssert<SELF> principal(String given, SessionSource source, Iam service) {
    Session session;
    try {
      session = source.get();
    } catch (NoSuchEntityException e) {
      failWithMessage("Expecting %s to be a principal of the directory, but: %s", given, e.getMessage());
      throw new AssertionError(e.getMessage(), e);
    }
    return new PrincipalAssert<>(myself, service, session);
  }

  private Iam service() {
    Instant fixed = now;
    Clock clock = fixed != null ? Clock.fixed(fixed, ZoneOffset.UTC) : clockOf(actual);
    return Iam.of(directoryOf(actual), clock, new SecureRandom());
  }

  // ---- checks, called by PrincipalAssert and PrincipalQuestion ------------------------------------

  void checkAccess(Iam service, Session session, boolean expectAllow, List<String> actions,
      Map<String, ContextValue> given, String resource) {
    for (String action : actions) {
      Evaluation e = service.authorize(session, action, resource, given);
      Optional<String> refusal = service.serviceRefusal(action, resource);
      boolean allowed = e.isAllowed() && refusal.isEmpty();
      if (allowed != expectAllow) {
        String account = service.directory().resourceAccount(resource).map(a -> a.value()).orElse(null);
        failWithMessage("%s%n%s%s%s", expectAllow ? "Expecting the principal to be allowed"
            : "Expecting the principal not to be allowed",
            Access.describeRequest(describe(session), action, resource, account, given),
            Access.describeDecision(e, m -> null),
            refusal.map(r -> "and the service refuses it whatever the policies say: " + r).orElse(""));
      }
    }
  }

  void checkAssume(Iam service, Session session, boolean expectAllow, String roleArn, Map<String, ContextValue> given) {
    AssumeRoleRequest.Builder request = AssumeRoleRequest.builder(roleArn, SESSION_NAME);
    given.forEach(request::context);
    AssumeRoleResult result;
    try {
      result = service.assumeRole(session, request.build());
    } catch (AwsErrorException refused) {
      if (expectAllow) {
        Optional<Evaluation> e = refused instanceof AccessDeniedException denied ? denied.evaluation() : Optional.empty();
        failWithMessage("Expecting the principal to be able to assume %s%n%sbut STS refused: %s: %s%n%s", roleArn,
            Access.describeRequest(describe(session), "sts:AssumeRole", roleArn, null, given),
            refused.errorCode(), refused.getMessage(),
            e.map(x -> Access.describeDecision(x, m -> null)).orElse("  (refused before any policy was evaluated)"));
      }
      return;
    }
    if (!expectAllow) {
      Evaluation e = service.authorize(session, "sts:AssumeRole", roleArn, given);
      failWithMessage("Expecting the principal not to be able to assume %s%n%sbut STS issued a session %s;%n"
          + "the trust policy together with the principal's own policies: %s", roleArn,
          Access.describeRequest(describe(session), "sts:AssumeRole", roleArn, null, given),
          result.assumedRoleArn(), Access.describeDecision(e, m -> null).replaceFirst("^but the decision was ", ""));
    }
  }

  /** For example {@code arn:aws:iam::111122223333:user/alice (access-key session)}. */
  private static String describe(Session session) {
    SessionKind kind = session.kind();
    return Access.principalText(session.principal()) + " (" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
        + " session)";
  }
}
