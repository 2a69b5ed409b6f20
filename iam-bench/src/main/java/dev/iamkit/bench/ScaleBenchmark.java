package dev.iamkit.bench;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.internal.catalog.ServiceCatalog;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W3, scale: the same request ({@code s3:GetObject} on {@code arn:aws:s3:::bench-bucket/k/1.csv}) against 100,
 * 1,000 and 10,000 identity statements across 200 services, ten statements a policy. The statements are generated
 * deterministically from the service catalogue iam-core ships: statement {@code i} names an action of service
 * {@code i mod 200} (its actions in turn); a quarter allow on {@code *}, the rest on resources of that service,
 * every tenth is a Deny on another account's resources; the last allows the request. The time should grow with
 * the statements that can match the request, not with all statements.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScaleBenchmark {
  private static final int SERVICES = 200;
  private static final int STATEMENTS_PER_POLICY = 10;
  private static final String ACCOUNT = "111122223333";

  /** How many statements the policy set holds. */
  @Param({"100", "1000", "10000"})
  public int statements;

  private PolicySet policies = PolicySet.builder().build();
  private RequestContext request = RequestContext.builder()
      .principal(Principal.parse("arn:aws:iam::" + ACCOUNT + ":user/alice"))
      .action("s3:GetObject").resource("arn:aws:s3:::bench-bucket/k/1.csv").build();
  private final Evaluator evaluator = Evaluator.standard();

  /** Generates the statements and checks that the request is allowed. */
  @Setup(Level.Trial)
  public void generate() {
    policies = policySet(statements);
    request = request.toBuilder().resourceAccount(AccountId.parse(ACCOUNT))
        .context("aws:RequestedRegion", ContextValue.string("us-east-1"))
        .withDefaultTimeKeys(BenchFiles.NOW).build();
    Evaluation e = evaluator.evaluate(policies, request);
    if (e.decision() != Decision.ALLOW) {
      throw new IllegalStateException("the scale request should be allowed, was " + e.decision().id());
    }
  }

  /** {@code count} statements in policies of ten, as described on the class. */
  static PolicySet policySet(int count) {
    List<String> services = services();
    PolicySet.Builder set = PolicySet.builder();
    List<Statement> current = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Statement s = i == count - 1
          ? Statement.builder().sid("Target").effect(Effect.ALLOW).action("s3:GetObject")
              .resource("arn:aws:s3:::bench-bucket/*").build()
          : statement(services, i);
      current.add(s);
      if (current.size() == STATEMENTS_PER_POLICY || i == count - 1) {
        int n = i / STATEMENTS_PER_POLICY;
        set.identity(new NamedPolicy(String.format(Locale.ROOT, "Generated%05d", n),
            Policy.builder().version(PolicyVersion.V2012_10_17).statements(List.copyOf(current)).build()));
        current.clear();
      }
    }
    return set.build();
  }

  private static Statement statement(List<String> services, int i) {
    String service = services.get(i % SERVICES);
    List<String> actions = ServiceCatalog.instance().actionNames(service);
    String action = service + ":" + actions.get((i / SERVICES) % actions.size());
    Statement.Builder s = Statement.builder().sid("S" + i).action(action);
    if (i % 10 == 9) {
      return s.effect(Effect.DENY).resource("arn:aws:" + service + ":*:444455556666:*").build();
    }
    String resource = i % 4 == 0 ? "*" : "arn:aws:" + service + ":us-east-1:" + ACCOUNT + ":res-" + i + "/*";
    return s.effect(Effect.ALLOW).resource(resource).build();
  }

  /** 200 services of the catalogue with actions, s3 among them, in a fixed order. */
  static List<String> services() {
    List<String> chosen = new ArrayList<>();
    chosen.add("s3");
    for (String s : ServiceCatalog.instance().services()) {
      if (chosen.size() == SERVICES) {
        break;
      }
      if (!s.equals("s3") && !ServiceCatalog.instance().actionNames(s).isEmpty()) {
        chosen.add(s);
      }
    }
    if (chosen.size() < SERVICES) {
      throw new IllegalStateException("the service catalogue has only " + chosen.size() + " services with actions");
    }
    return chosen;
  }

  /**
   * W3: one {@code Evaluator.evaluate} of the request against {@link #statements} statements, its decision read:
   * the hot path (the explanation is built lazily, on first access).
   */
  @Benchmark
  public Decision evaluate() {
    return evaluator.evaluate(policies, request).decision();
  }

  /** W3 explained: {@code Evaluator.evaluate} and then its deciding statements. */
  @Benchmark
  public Object evaluateExplained() {
    return evaluator.evaluate(policies, request).matchedStatements();
  }
}
