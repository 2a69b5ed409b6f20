package dev.iamkit.json;

import java.util.List;
import java.util.Objects;

/**
 * The results of running one {@link Scenario}, step by step. Immutable and thread-safe.
 *
 * @param source the scenario's source name, usually its file
 * @param steps one result per step, in order
 */
public record ScenarioReport(String source, List<ScenarioStepResult> steps) {
  public ScenarioReport {
    Objects.requireNonNull(source, "source");
    steps = List.copyOf(steps);
  }

  /** Whether every step met its expectation. */
  public boolean passed() {
    return steps.stream().allMatch(ScenarioStepResult::passed);
  }

  /** How many steps missed their expectation. */
  public int failed() {
    return (int) steps.stream().filter(s -> !s.passed()).count();
  }
}
