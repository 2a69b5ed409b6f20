package dev.iamkit.testkit;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.eval.StatementCoverage;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Statement coverage of the policies under test: which statements no test request ever matched. Every
 * evaluation made by {@link AbstractPolicyAssert#allows}/{@link AbstractPolicyAssert#doesNotAllow},
 * {@link ScenarioTests} and {@link #evaluate} is recorded in one shared {@link StatementCoverage}.
 *
 * <p>As a JUnit 5 extension it clears the record before a test class and reports after it: the report goes
 * to standard output and to the JUnit report entries (key {@code iam-coverage}); the instance made by
 * {@link #failingOnUncovered()} also fails the class when some statement was never matched.
 *
 * <pre>{@code
 * @ExtendWith(IamCoverage.class)              // report only
 * class BucketPolicyTest { ... }
 *
 * class StrictTest {
 *   @RegisterExtension
 *   static final IamCoverage COVERAGE = IamCoverage.failingOnUncovered();
 * }
 *
 * // or explicitly, at the end of a test:
 * IamCoverage.assertAllStatementsMatched();
 * }</pre>
 *
 * <p>The record is shared by the whole JVM and is thread-safe; run classes that use the extension one at a
 * time (JUnit's default), or one class's report will include the requests of another.
 */
public final class IamCoverage implements BeforeAllCallback, AfterAllCallback {
  private static final StatementCoverage RECORD = StatementCoverage.create();

  private final boolean failOnUncovered;

  /** The reporting extension, for {@code @ExtendWith(IamCoverage.class)}. */
  public IamCoverage() {
    this(false);
  }

  private IamCoverage(boolean failOnUncovered) {
    this.failOnUncovered = failOnUncovered;
  }

  /** An extension that reports and then fails the test class when some statement was never matched. */
  public static IamCoverage failingOnUncovered() {
    return new IamCoverage(true);
  }

  /** The shared record (live: it keeps changing as tests run). */
  public static StatementCoverage current() {
    return RECORD;
  }

  /** Records an evaluation made elsewhere, for example by your own code under test. */
  public static void record(PolicySet policies, Evaluation evaluation) {
    RECORD.record(policies, evaluation);
  }

  /** Evaluates with {@link Evaluator#standard()} and records the result. */
  public static Evaluation evaluate(PolicySet policies, RequestContext request) {
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(request, "request");
    Evaluation e = Evaluator.standard().evaluate(policies, request);
    record(policies, e);
    return e;
  }

  /** The report of {@link StatementCoverage#toString()}. */
  public static String report() {
    return RECORD.toString();
  }

  /** Forgets everything recorded. */
  public static void reset() {
    RECORD.clear();
  }

  /** Fails with the report when some recorded statement was never matched. */
  public static void assertAllStatementsMatched() {
    List<StatementCoverage.Entry> missed = RECORD.uncovered();
    if (!missed.isEmpty()) {
      throw new AssertionError(report());
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    String report = report();
    System.out.println(context.getDisplayName() + ": " + report);
    context.publishReportEntry("iam-coverage", report);
    if (failOnUncovered) {
      assertAllStatementsMatched();
    }
  }
}
