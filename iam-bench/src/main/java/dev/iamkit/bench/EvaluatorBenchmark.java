package dev.iamkit.bench;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.json.Simulation;
import dev.iamkit.json.SimulationReader;
import dev.iamkit.json.SimulationRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluation over the standard workload (a simulation file, 240 requests): path from the system property
 * {@code iamkit.workload}. Run with {@code iam-bench/run} (see iam-bench/README.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluatorBenchmark {
  private static final int REQUESTS = 240;

  private String workloadJson;
  private PolicySet[] policies;
  private RequestContext[] requests;
  private final Evaluator evaluator = Evaluator.standard();

  @Setup(Level.Trial)
  public void load() throws IOException {
    String path = System.getProperty("iamkit.workload");
    if (path == null) {
      throw new IllegalStateException("Set -Diamkit.workload=PATH to the workload simulation file");
    }
    workloadJson = Files.readString(Path.of(path));
    Simulation sim = SimulationReader.standard().read(workloadJson, path);
    List<SimulationRequest> all = sim.requests();
    if (all.size() != REQUESTS) {
      throw new IllegalStateException("Expected " + REQUESTS + " requests in the workload, found " + all.size());
    }
    Instant now = Instant.parse("2026-06-01T00:00:00Z");
    policies = new PolicySet[all.size()];
    requests = new RequestContext[all.size()];
    for (int i = 0; i < all.size(); i++) {
      policies[i] = all.get(i).policies();
      requests[i] = all.get(i).request().toBuilder().withDefaultTimeKeys(now).build();
    }
  }

  /** One evaluation, averaged over the 240 requests of the workload (policies compiled beforehand). */
  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void evaluate(Blackhole bh) {
    for (int i = 0; i < REQUESTS; i++) {
      Evaluation e = evaluator.evaluate(policies[i], requests[i]);
      bh.consume(e);
    }
  }

  /** Reading the whole workload file: JSON parsing, validation of the file and compiling its policies. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Simulation readAndCompile() {
    return SimulationReader.standard().read(workloadJson, "workload");
  }
}
