package dev.iamkit.testkit;

import dev.iamkit.core.policy.Policy;
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
 */
public class PolicyAssert extends AbstractAssert<PolicyAssert, Policy> {

  /** An assert on {@code actual}. */
  public PolicyAssert(Policy actual) {
    super(actual, PolicyAssert.class);
  }

  /** The policy has exactly {@code count} statements. */
  public PolicyAssert hasStatementCount(int count) {
    isNotNull();
    if (actual.statements().size() != count) {
      failWithMessage("Expected %d statements but found %d in:%n%s", count, actual.statements().size(), json());
    }
    return this;
  }

  /** The policy says {@code Version: version}. */
  public PolicyAssert hasVersion(PolicyVersion version) {
    Objects.requireNonNull(version, "version");
    isNotNull();
    if (actual.version().filter(version::equals).isEmpty()) {
      failWithMessage("Expected Version %s but found %s in:%n%s", version,
          actual.version().map(PolicyVersion::text).orElse("no Version"), json());
    }
    return this;
  }

  /** The policy has no Version element. */
  public PolicyAssert hasNoVersion() {
    isNotNull();
    if (actual.version().isPresent()) {
      failWithMessage("Expected no Version but found %s in:%n%s", actual.version().get(), json());
    }
    return this;
  }

  /** Some statement has Sid {@code sid} (compared exactly). */
  public PolicyAssert hasStatementWithSid(String sid) {
    Objects.requireNonNull(sid, "sid");
    isNotNull();
    for (Statement s : actual.statements()) {
      if (s.sid().filter(sid::equals).isPresent()) {
        return this;
      }
    }
    failWithMessage("Expected a statement with Sid \"%s\" in:%n%s", sid, json());
    return this;
  }

  /** {@link PolicyValidator#standard()} finds no error in the policy used as {@code kind} (warnings are fine). */
  public PolicyAssert hasNoErrors(PolicyKind kind) {
    return hasNoErrors(PolicyValidator.standard(), kind);
  }

  /**
   * {@code validator} finds no error in the policy used as {@code kind}; for example a validator with
   * {@code SizeLimit.ROLE_INLINE}, which takes identity policies as inline ones (A3).
   */
  public PolicyAssert hasNoErrors(PolicyValidator validator, PolicyKind kind) {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(kind, "kind");
    isNotNull();
    List<PolicyProblem> problems = validator.validate(actual, kind);
    if (problems.stream().anyMatch(PolicyProblem::isError)) {
      failWithMessage("Expected no errors as a %s policy but found:%s%nin:%n%s", kind.id(),
          PolicyProblemsAssert.describe(problems), json());
    }
    return this;
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
  public PolicyAssert roundTripsThroughJson() {
    return roundTripsThroughJson(PolicyReader.standard());
  }

  /** As {@link #roundTripsThroughJson()}, reading with {@code reader} (for example one with other limits). */
  public PolicyAssert roundTripsThroughJson(PolicyReader reader) {
    Objects.requireNonNull(reader, "reader");
    isNotNull();
    for (PolicyWriter writer : new PolicyWriter[] {PolicyWriter.compact(), PolicyWriter.pretty()}) {
      String json = writer.write(actual);
      Policy back;
      try {
        back = reader.read(json);
      } catch (RuntimeException e) {
        failWithMessage("Expected the policy to read back from%n%s%nbut reading failed: %s", json, e.getMessage());
        return this;
      }
      if (!back.equals(actual)) {
        failWithMessage("Expected the policy to read back equal from%n%s%nbut read%n%s%ninstead of%n%s", json, back, actual);
      }
    }
    return this;
  }

  private String json() {
    return PolicyWriter.pretty().write(actual);
  }
}
