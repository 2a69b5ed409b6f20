package dev.iamkit.bench;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * W2, conditions: 40 statements in four identity policies with String/Like, IpAddress (v4 and v6), Date,
 * Numeric, Bool, Null, ForAnyValue/ForAllValues tag conditions and policy variables, and 28 requests that
 * are allowed, implicitly and explicitly denied (the resource {@code conditions.sim.json}, each expectation
 * checked in the setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConditionsBenchmark {
  private static final int REQUESTS = 28;

  private BenchFiles.Prepared conditions = BenchFiles.Prepared.none();
  private final Evaluator evaluator = Evaluator.standard();

  /** Reads and compiles the conditions file and checks its expectations. */
  @Setup(Level.Trial)
  public void load() {
    conditions = BenchFiles.Prepared.of(
        SimulationReader.standard().read(BenchFiles.resource("conditions.sim.json"), "conditions.sim.json"));
    if (conditions.size() != REQUESTS) {
      throw new IllegalStateException("Expected " + REQUESTS + " requests, found " + conditions.size());
    }
  }

  /**
   * W2: one {@code Evaluator.evaluate} whose decision is read, against the 40 conditional statements, averaged over
   * the 28 requests: the hot path (the explanation is built lazily, on first access).
   */
  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void evaluate(Blackhole bh) {
    BenchFiles.Prepared c = conditions;
    for (int i = 0; i < REQUESTS; i++) {
      bh.consume(evaluator.evaluate(c.policies[i], c.requests[i]).decision());
    }
  }

  /** W2 explained: {@code Evaluator.evaluate} and then its explanation, as {@code iam simulate} reads it. */
  @Benchmark
  @OperationsPerInvocation(REQUESTS)
  public void evaluateExplained(Blackhole bh) {
    BenchFiles.Prepared c = conditions;
    for (int i = 0; i < REQUESTS; i++) {
      Evaluation e = evaluator.evaluate(c.policies[i], c.requests[i]);
      bh.consume(e.decision());
      bh.consume(e.matchedStatements());
    }
  }
}
