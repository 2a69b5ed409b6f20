package dev.iamkit.testkit;

import dev.iamkit.core.analysis.ComparisonResult;
import dev.iamkit.core.analysis.Counterexample;
import dev.iamkit.core.analysis.PolicyComparison;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.testkit.internal.Access;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.PolicyWriter;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Policy}. Failure messages show the whole policy as pretty-printed JSON. Obtain through
 * {@link IamAssertions#assertThat(Policy)}; extend it for project-specific checks. Not thread-safe.
 *
 * <pre>{@code
 * assertThat(policy)
 *     .hasStatementCount(2)
 *     .hasStatementWithSid("ReadBucket")
 *     .hasNoErrors(PolicyKind.IDENTITY);
 * assertThat(policy).validatedAs(PolicyKind.RESOURCE).hasWarning(ProblemCode.NOT_ELEMENT_WITH_ALLOW);
 * }</pre>
 *
 * @param <SELF> the concrete assert class, returned by every check so that chains keep its type
 * @param <ACTUAL> the type of the value under test (a Policy)
 */
public abstract class AbstractPolicyAssert<SELF extends AbstractPolicyAssert<SELF, ACTUAL>, ACTUAL extends Policy>
    extends AbstractAssert<SELF, ACTUAL> {

  /** An assert on {@code actual}; {@code selfType} is the concrete subclass. */
  protected AbstractPolicyAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The policy has exactly {@code count} statements. */
  public SELF hasStatementCount(int count) {
    isNotNull();
    if (actual.statements().size() != count) {
      failWithMessage("Expected %d statements but found %d in:%n%s", count, actual.statements().size(), json());
    }
    return myself;
  }

  /** The policy says {@code Version: version}. */
  public SELF hasVersion(PolicyVersion version) {
    Objects.requireNonNull(version, "version");
    isNotNull();
    if (actual.version().filter(version::equals).isEmpty()) {
      failWithMessage("Expected Version %s but found %s in:%n%s", version,
          actual.version().map(PolicyVersion::text).orElse("no Version"), json());
    }
    return myself;
  }

  /** The policy has no Version element. */
  public SELF hasNoVersion() {
    isNotNull();
    if (actual.version().isPresent()) {
      failWithMessage("Expected no Version but found %s in:%n%s", actual.version().get(), json());
    }
    return myself;
  }

  /** Some statement has Sid {@code sid} (compared exactly). */
  public SELF hasStatementWithSid(String sid) {
    Objects.requireNonNull(sid, "sid");
    isNotNull();
    for (Statement s : actual.statements()) {
      if (s.sid().filter(sid::equals).isPresent()) {
        return myself;
      }
    }
    failWithMessage("Expected a statement with Sid \"%s\" in:%n%s", sid, json());
    return myself;
  }

  /** {@link PolicyValidator#standard()} finds no error in the policy used as {@code kind} (warnings are fine). */
  public SELF hasNoErrors(PolicyKind kind) {
    return hasNoErrors(PolicyValidator.standard(), kind);
  }

  /**
   * {@code validator} finds no error in the policy used as {@code kind}; for example a validator with
   * {@code SizeLimit.ROLE_INLINE}, which takes identity policies as inline ones (A3).
   */
  public SELF hasNoErrors(PolicyValidator validator, PolicyKind kind) {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(kind, "kind");
    isNotNull();
    List<PolicyProblem> problems = validator.validate(actual, kind);
    if (problems.stream().anyMatch(PolicyProblem::isError)) {
      failWithMessage("Expected no errors as a %s policy but found:%s%nin:%n%s", kind.id(),
          AbstractPolicyProblemsAssert.describe(problems), json());
    }
    return myself;
  }

  /** Assertions on the problems {@link PolicyValidator#standard()} finds in the policy used as {@code kind}. */
  public PolicyProblemsAssert validatedAs(PolicyKind kind) {
    return validatedAs(PolicyValidator.standard(), kind);
  }

  /** Assertions on the problems {@code validator} finds in the policy used as {@code kind}. */
  public PolicyProblemsAssert validatedAs(PolicyValidator validator, PolicyKind kind) {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(kind, "kind");
    isNotNull();
    return new PolicyProblemsAssert(validator.validate(actual, kind));
  }

  /**
   * Writing the policy with {@link PolicyWriter#compact()} and {@link PolicyWriter#pretty()} and reading
   * it back with {@link PolicyReader#standard()} gives an equal policy.
   */
  public SELF roundTripsThroughJson() {
    return roundTripsThroughJson(PolicyReader.standard());
  }

  /** As {@link #roundTripsThroughJson()}, reading with {@code reader} (for example one with other limits). */
  public SELF roundTripsThroughJson(PolicyReader reader) {
    Objects.requireNonNull(reader, "reader");
    isNotNull();
    for (PolicyWriter writer : new PolicyWriter[] {PolicyWriter.compact(), PolicyWriter.pretty()}) {
      String json = writer.write(actual);
      Policy back;
      try {
        back = reader.read(json);
      } catch (RuntimeException e) {
        failWithMessage("Expected the policy to read back from%n%s%nbut reading failed: %s", json, e.getMessage());
        return myself;
      }
      if (!back.equals(actual)) {
        failWithMessage("Expected the policy to read back equal from%n%s%nbut read%n%s%ninstead of%n%s", json, back, actual);
      }
    }
    return myself;
  }

  // ---- access questions ----------------------------------------------------------------------

  private Principal principal = Fixtures.ALICE;
  private final Map<String, ContextValue> context = new LinkedHashMap<>();
  private @Nullable PolicyKind kind;
  private @Nullable Instant now;

  /**
   * Evaluate and validate the policy as {@code kind} (see {@link #allows}); without this call, a policy
   * none of whose statements names a principal is an identity policy, one with Principal and no Resource a
   * trust policy, one with Principal a resource policy.
   */
  public SELF usedAs(PolicyKind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    return myself;
  }

  /** The caller of the following questions: a principal ARN or {@code anonymous} (default: {@link Fixtures#ALICE}). */
  public SELF actingAs(String principalArn) {
    return actingAs(Principal.parse(Objects.requireNonNull(principalArn, "principalArn")));
  }

  /** The caller of the following questions. */
  public SELF actingAs(Principal principal) {
    this.principal = Objects.requireNonNull(principal, "principal");
    return myself;
  }

  /** A request context key of the following questions, typed by the key's known type ({@link ContextValue#forKey}). */
  public SELF withContext(String key, String... values) {
    putContext(context, key, ContextValue.forKey(key, values));
    return myself;
  }

  /** The time of the following requests ({@code aws:CurrentTime}, {@code aws:EpochTime}); default: the clock. */
  public SELF at(Instant now) {
    this.now = Objects.requireNonNull(now, "now");
    return myself;
  }

  /**
   * Asks whether the policy allows every one of {@code actions}; {@link AccessQuestion#on} names the
   * resource and evaluates. By default the caller is IAM user {@code alice} of account 111122223333
   * ({@link Fixtures#ALICE}) and the policy is that user's identity policy; a boundary, session policy,
   * SCP or RCP ({@link #usedAs}) is evaluated as the only restriction beside an identity policy allowing
   * everything; a resource or trust policy alone (so a cross-account caller also needs an identity policy,
   * and is denied here). S3 ARNs, which carry no account, are taken to be in the caller's account.
   */
  public AccessQuestion<SELF> allows(String... actions) {
    return question(true, actions);
  }

  /** Asks whether the policy allows none of {@code actions} (explicitly or implicitly denied); see {@link #allows}. */
  public AccessQuestion<SELF> doesNotAllow(String... actions) {
    return question(false, actions);
  }

  private AccessQuestion<SELF> question(boolean allow, String... actions) {
    Objects.requireNonNull(actions, "actions");
    if (actions.length == 0) {
      throw new IllegalArgumentException("Name at least one action, such as \"s3:GetObject\"");
    }
    for (String a : actions) {
      Objects.requireNonNull(a, "action");
    }
    isNotNull();
    return new AccessQuestion<>(myself, allow, List.of(actions), principal, context);
  }

  void check(boolean expectAllow, List<String> actions, Principal caller, Map<String, ContextValue> given,
      String resource) {
    PolicyKind k = kind();
    PolicySet set = Access.policySet(actual, k);
    for (String action : actions) {
      RequestContext request = Access.request(caller, action, resource, given, now == null ? Instant.now() : now);
      Evaluation e = Evaluator.standard().evaluate(set, request);
      IamCoverage.record(set, e);
      if (e.isAllowed() != expectAllow) {
        failWithMessage("%s%n%s", expectAllow ? "Expecting the policy to allow" : "Expecting the policy not to allow",
            Access.describe(request, given, e, actual, k));
      }
    }
  }

  static void putContext(Map<String, ContextValue> context, String key, ContextValue value) {
    // key names are case-insensitive (S3.3): a later value replaces an earlier one of another spelling
    context.keySet().removeIf(k -> k.equalsIgnoreCase(key));
    context.put(key, value);
  }

  private PolicyKind kind() {
    return kind != null ? kind : Policies.inferKind(actual.statements());
  }

  // ---- validity ------------------------------------------------------------------------------

  /** AWS would accept the policy as {@code kind}: {@link PolicyValidator#standard()} finds no error (warnings are fine). */
  public SELF isValidAs(PolicyKind kind) {
    return hasNoErrors(kind);
  }

  /**
   * The validator reports a problem (error or warning) with {@code code} for the policy used as its kind
   * (see {@link #usedAs}).
   */
  public SELF hasProblem(ProblemCode code) {
    Objects.requireNonNull(code, "code");
    isNotNull();
    PolicyKind k = kind();
    List<PolicyProblem> problems = PolicyValidator.standard().validate(actual, k);
    if (problems.stream().noneMatch(p -> p.code() == code)) {
      failWithMessage("Expected a problem [%s] in the %s policy but found:%s%nin:%n%s", code.id(), k.id(),
          AbstractPolicyProblemsAssert.describe(problems), json());
    }
    return myself;
  }

  /** As {@link #hasProblem(ProblemCode)}, validating the policy as {@code kind}. */
  public SELF hasProblem(PolicyKind kind, ProblemCode code) {
    Objects.requireNonNull(kind, "kind");
    PolicyKind before = this.kind;
    this.kind = kind;
    try {
      return hasProblem(code);
    } finally {
      this.kind = before;
    }
  }

  // ---- comparison ----------------------------------------------------------------------------

  /**
   * Every request the policy allows is allowed by {@code baseline} too: the policy grants nothing new. Decided
   * exactly by {@link PolicyComparison} for the policy's kind (see {@link #usedAs}); fails with the
   * counterexamples (requests the policy allows and {@code baseline} does not, with the statements responsible),
   * and also when the comparison could not prove the answer, naming why.
   */
  public SELF isNoMorePermissiveThan(Policy baseline) {
    Objects.requireNonNull(baseline, "baseline");
    isNotNull();
    PolicyKind k = kind();
    ComparisonResult result = PolicyComparison.of(k).compare(baseline, actual);
    if (!result.isNoMorePermissive()) {
      StringBuilder sb = new StringBuilder();
      for (Counterexample c : result.counterexamples()) {
        sb.append(String.format("%n  %s on %s by %s (%s): the policy %s, the baseline %s",
            c.request().action(), c.request().resource(), c.request().principal(), c.setting(),
            c.newer().decision().id(), c.older().decision().id()));
        c.grantingStatements().forEach(m -> sb.append(String.format("%n    granted by statement %d%s",
            m.statementIndex(), m.sid().map(x -> " (Sid " + x + ")").orElse(""))));
      }
      failWithMessage("Expecting the %s policy to be no more permissive than the baseline, but it allows:%s%n"
          + "policy:%n%s%nbaseline:%n%s", k.id(), sb, json(), PolicyWriter.pretty().write(baseline));
    } else if (!result.complete()) {
      failWithMessage("Could not prove the %s policy no more permissive than the baseline (no counterexample among"
          + " %d representative requests): %s", k.id(), result.requestsEvaluated(),
          String.join("; ", result.incompleteReasons()));
    }
    return myself;
  }

  private String json() {
    return PolicyWriter.pretty().write(actual);
  }
}
