package dev.iamkit.cli.internal;

import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.json.BenchmarkReportWriter;
import dev.iamkit.json.SimulationResult;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code iam simulate --benchmark}: evaluates already read (and compiled) requests round-robin on one thread for
 * a given time, after a warm-up, and reports the rate. Every decision is checked against the one the plain run
 * gave for the same request, so the benchmark measures exactly the decisions {@code iam simulate} reports.
 */
final class SimulationBenchmark {
  /** Decisions between two looks at the clock. */
  private static final int BATCH = 64;
  /** The longest warm-up. */
  private static final long MAX_WARMUP_NANOS = 1_000_000_000L;

  private SimulationBenchmark() {}

  /**
   * Measures {@code results}' requests for {@code nanos} and prints the report to {@code out}.
   *
   * @param results the plain run's results, in file order: their requests and the decisions to reproduce
   * @return the exit status: {@link ExitStatus#OK} when every expectation was met, otherwise
   *     {@link ExitStatus#FINDINGS}
   * @throws IllegalStateException if a timed decision differs from the plain run's (a bug in iamkit)
   */
  static int run(List<SimulationResult> results, Instant at, long nanos, boolean json,
      PrintWriter out) {
    int n = results.size();
    PolicySet[] policies = new PolicySet[n];
    RequestContext[] requests = new RequestContext[n];
    Decision[] decisions = new Decision[n];
    boolean expectationsMet = true;
    for (int i = 0; i < n; i++) {
      SimulationResult r = results.get(i);
      policies[i] = r.request().policies();
      requests[i] = r.request().request().toBuilder().withDefaultTimeKeys(at).build();
      decisions[i] = r.evaluation().decision();
      expectationsMet &= r.check() != SimulationResult.Check.FAILED;
    }
    Evaluator evaluator = Evaluator.standard();
    long decided = 0;
    long elapsed = nanos;
    if (n > 0) {
      loop(evaluator, policies, requests, decisions, Math.min(nanos, MAX_WARMUP_NANOS));
      long start = System.nanoTime();
      decided = loop(evaluator, policies, requests, decisions, nanos);
      elapsed = Math.max(1, System.nanoTime() - start);
    }
    if (json) {
      out.println(BenchmarkReportWriter.standard().toJson(n, decided, elapsed, expectationsMet));
    } else {
      out.println(String.format(Locale.ROOT,
          "%d %s, %d decisions in %.2f s on one thread: %.0f decisions/s, %.1f ns per decision",
          n, n == 1 ? "request" : "requests", decided, elapsed / 1e9,
          BenchmarkReportWriter.decisionsPerSecond(decided, elapsed),
          BenchmarkReportWriter.nsPerDecision(decided, elapsed)));
      out.println(expectationsMet ? "expectations met"
          : "expectations not met (run without --benchmark to see which)");
    }
    return expectationsMet ? ExitStatus.OK : ExitStatus.FINDINGS;
  }

  /** Evaluates round-robin for at least {@code nanos}; returns the number of decisions. */
  private static long loop(Evaluator evaluator, PolicySet[] policies, RequestContext[] requests,
      Decision[] expected, long nanos) {
    int n = requests.length;
    long decided = 0;
    int i = 0;
    long end = System.nanoTime() + nanos;
    do {
      for (int b = 0; b < BATCH; b++) {
        Decision d = evaluator.evaluate(policies[i], requests[i]).decision();
        if (d != expected[i]) {
          throw new IllegalStateException("request " + (i + 1) + " was decided " + d.id()
              + " in the benchmark but " + expected[i].id() + " in the plain run");
        }
        if (++i == n) {
          i = 0;
        }
      }
      decided += BATCH;
    } while (System.nanoTime() - end < 0);
    return decided;
  }
}
