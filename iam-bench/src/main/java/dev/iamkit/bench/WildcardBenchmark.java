package dev.iamkit.bench;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching stays linear (issue 11 §3): a pathological wildcard pattern {@code *a*a*a...*b} with a hundred stars
 * against a 100,000-character value that almost matches, in a resource pattern and in a StringLike condition,
 * evaluated end to end. Run with {@code iam-bench/run} (see iam-bench/README.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class WildcardBenchmark {
  private PolicySet policies;
  private RequestContext request;
  private final Evaluator evaluator = Evaluator.standard();

  @Setup(Level.Trial)
  public void build() {
    String pattern = "*a".repeat(100) + "*b";
    String value = "a".repeat(100_000);
    Statement s = Statement.builder().effect(Effect.ALLOW).action("s3:GetObject")
        .resource("arn:aws:s3:::bucket/" + pattern)
        .condition(Condition.builder().add(ConditionOperator.STRING_LIKE, "s3:prefix", pattern).build())
        .build();
    policies = PolicySet.builder()
        .identity(Policy.builder().version(PolicyVersion.V2012_10_17).statement(s).build()).build();
    request = RequestContext.builder().principal(Principal.parse("arn:aws:iam::111122223333:user/alice"))
        .action("s3:GetObject").resource("arn:aws:s3:::bucket/" + value)
        .context("s3:prefix", ContextValue.string(value)).build();
  }

  /** One evaluation of the pathological pattern against the long value (which it does not match). */
  @Benchmark
  public Evaluation pathologicalPattern() {
    return evaluator.evaluate(policies, request);
  }
}
