package dev.iamkit.json;

import dev.iamkit.core.directory.Directory;
import dev.iamkit.json.internal.ScenarioRunner;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A scenario read from a file: a world, a start time and steps (README, "Scenarios: users, roles and
 * credentials"). Immutable and thread-safe; {@link #run()} may be called any number of times, on any thread,
 * and gives the same report each time: every run starts from the world at the start time, with randomness
 * (key ids, secrets, tokens) seeded from the scenario's text.
 *
 * <pre>{@code
 * Scenario scenario = ScenarioReader.standard().read(Path.of("examples/company/company.scenario.json"));
 * ScenarioReport report = scenario.run();
 * assert report.passed();
 * }</pre>
 */
public final class Scenario {
  private final String source;
  private final Directory world;
  private final Instant start;
  private final List<ScenarioStep> steps;
  private final String seed;
  private final List<Diagnostic> warnings;

  Scenario(String source, Directory world, Instant start, List<ScenarioStep> steps, String seed,
      List<Diagnostic> warnings) {
    this.source = Objects.requireNonNull(source, "source");
    this.world = Objects.requireNonNull(world, "world");
    this.start = Objects.requireNonNull(start, "start");
    this.steps = List.copyOf(steps);
    this.seed = Objects.requireNonNull(seed, "seed");
    this.warnings = List.copyOf(warnings);
  }

  /** The scenario's source name, usually its file. */
  public String source() {
    return source;
  }

  /** The world the scenario starts from. */
  public Directory world() {
    return world;
  }

  /** When the scenario starts: the scenario clock before the first {@code advanceClock}. */
  public Instant start() {
    return start;
  }

  /** The steps, in order. */
  public List<ScenarioStep> steps() {
    return steps;
  }

  /**
   * The warnings of the scenario file and of its world file, each in document order with its file, line, column and
   * JSON pointer: chiefly the validator's warnings of the world's policies (S1.11), such as an action no service
   * defines, which the directory's operations accept. They never make the scenario invalid and never change a
   * step's outcome.
   */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** Runs every step against a fresh service over the world and reports each outcome. */
  public ScenarioReport run() {
    return new ScenarioReport(source, ScenarioRunner.run(world, start, seed, steps));
  }

  @Override
  public String toString() {
    return "Scenario[" + source + ", " + steps.size() + " steps from " + start + "]";
  }
}
