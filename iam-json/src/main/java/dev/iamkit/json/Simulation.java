package dev.iamkit.json;

import dev.iamkit.core.eval.Evaluator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A checked simulation file: requests with the policies that apply to them, ready to run without a
 * directory (like AWS's {@code simulate-custom-policy}). Immutable and thread-safe; read one with
 * {@link SimulationReader}.
 *
 * <pre>{@code
 * Simulation sim = SimulationReader.standard().read(Path.of("bucket.sim.json"));
 * List<SimulationResult> results = sim.run(Evaluator.standard(), clock.instant());
 * boolean allPassed = results.stream().allMatch(SimulationResult::passed);
 * }</pre>
 */
public final class Simulation {
  private final List<SimulationRequest> requests;
  private final String sourceName;
  private final List<Diagnostic> warnings;

  Simulation(List<SimulationRequest> requests, String sourceName, List<Diagnostic> warnings) {
    this.requests = List.copyOf(requests);
    this.sourceName = sourceName;
    this.warnings = List.copyOf(warnings);
  }

  /** The requests in file order. */
  public List<SimulationRequest> requests() {
    return requests;
  }

  /**
   * The warnings of the file, in document order, each in the file with its line, column and JSON pointer: the
   * validator's warnings of the policies and context keys that no service defines and no policy mentions
   * ({@link SimulationReader}). They never make the file invalid; evaluation warnings of a request are in its
   * {@link SimulationResult}.
   */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** The source name given when reading, usually the file path. */
  public String sourceName() {
    return sourceName;
  }

  /**
   * Evaluates every request, in file order. {@code aws:CurrentTime} and {@code aws:EpochTime} come from
   * {@code now} unless the request gives them (S5.3).
   */
  public List<SimulationResult> run(Evaluator evaluator, Instant now) {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(now, "now");
    List<SimulationResult> results = new ArrayList<>(requests.size());
    for (SimulationRequest r : requests) {
      results.add(new SimulationResult(r, evaluator.explain(r.policies(), r.requestAt(now))));
    }
    return List.copyOf(results);
  }

  @Override
  public String toString() {
    return "Simulation{" + sourceName + ", " + requests.size() + " requests}";
  }
}
