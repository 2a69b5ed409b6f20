package dev.iamkit.json;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one step of a scenario did. Immutable and thread-safe; holds no secret.
 *
 * @param step the step
 * @param actual what it ended with: {@code ok}, a decision or an AWS error code
 * @param passed whether that meets the step's expectation ({@link ScenarioStep#accepts})
 * @param message what happened, in a sentence: the session obtained, the deciding statements, or the error's
 *     message
 * @param principal the ARN (or service name) of the session the step obtained or acted as, or null
 * @param at the scenario clock when the step ran
 */
public record ScenarioStepResult(ScenarioStep step, ScenarioOutcome actual, boolean passed, String message,
    @Nullable String principal, Instant at) {
  public ScenarioStepResult {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(at, "at");
  }

  /** The principal of the session, when there is one. */
  public Optional<String> principalName() {
    return Optional.ofNullable(principal);
  }
}
