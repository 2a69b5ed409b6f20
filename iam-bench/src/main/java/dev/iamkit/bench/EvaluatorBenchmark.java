package dev.iamkit.bench;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.json.Simulation;
import dev.iamkit.json.SimulationReader;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * W1, the standard workload (a simulation file of 240 requests: a user with ten managed policies, a conditional
 * policy, a boundary and two SCP levels): path from the system property {@code iamkit.workload}, which
 * {@code iam-bench/run} and {@code iam-bench/run-suite} set (by default the standard workload of the shared data beside the repository;
 * its managed policies come from a GPL corpus, so the file is never copied into the repository). Every
 * expectation of the file is checked in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluatorBenchmark {
  private static final int REQUESTS = 240;

  private String workloadJson = "";
  private BenchFiles.Prepared workload = BenchFiles.Prepared.none();
  private final Evaluator evaluator = Evaluator.standard();

  /** Reads the workload and checks that it has 240 requests, each decided as it expects. */
  @Setup(Level.Trial)
  public void load() {
    var path = BenchFiles.required("iamkit.workload", "the standard workload file (workload.sim.json)");
    workloadJson = BenchFiles.read(path);
    Simulation sim = SimulationReader.standard().read(workloadJson, path.toString());
    workload = BenchFiles.Prepared.of(sim);
    if (workload.size() != REQUESTS) {
      throw new IllegalStateException("Expected " + REQUESTS + " requests in the workload, found " + workload.size());
    }
  }

  /**
   * W1: one {@code Evaluator.evaluate} whose decision is read, averaged over the 240 requests (policies compiled
   * beforehand): the hot path, which decides without building the explanation (built lazily, on first access).
   */
  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void evaluate(Blackhole bh) {
    evaluateAll(bh);
  }

  /**
   * W1 explained: {@code Evaluator.evaluate} and then its explanation (deciding statements, kind results, missing
   * keys, diagnostics, warnings), as {@code iam simulate} reads it.
   */
  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void evaluateExplained(Blackhole bh) {
    BenchFiles.Prepared w = workload;
    for (int i = 0; i < REQUESTS; i++) {
      Evaluation e = evaluator.evaluate(w.policies[i], w.requests[i]);
      bh.consume(e.decision());
      bh.consume(e.matchedStatements());
    }
  }

  /** W1 threads: decisions per microsecond on one thread (compare with {@link #throughputTwoThreads}). */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @OperationsPerInvocation(REQUESTS)
  @Threads(1)
  public void throughputOneThread(Blackhole bh) {
    evaluateAll(bh);
  }

  /** W1 threads: decisions per microsecond of two threads together, sharing the compiled policies. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @OperationsPerInvocation(REQUESTS)
  @Threads(2)
  public void throughputTwoThreads(Blackhole bh) {
    evaluateAll(bh);
  }

  private void evaluateAll(Blackhole bh) {
    BenchFiles.Prepared w = workload;
    for (int i = 0; i < REQUESTS; i++) {
      bh.consume(evaluator.evaluate(w.policies[i], w.requests[i]).decision());
    }
  }

  /** Reading the whole workload file: JSON parsing, validation of the file and compiling its policies. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Simulation readAndCompile() {
    return SimulationReader.standard().read(workloadJson, "workload");
  }
}
