package dev.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.testkit.internal.Draw;
import java.lang.reflect.Method;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Fuzz target for the evaluator (issue 11 §1): the fuzzer's bytes drive the generators of the differential test
 * ({@link DifferentialCases}), so it builds policy sets and requests of every kind, and steers them towards what
 * changes the decision. Regression inputs in {@code EvaluatorFuzzTestInputs/}.
 */
class EvaluatorFuzzTest {
  /**
   * Law: the decision is deterministic (the same evaluation twice), every deciding statement it names really
   * applies to the request (S2.6, checked by the reference's plain reading), and the compiled engine agrees with
   * the {@link ReferenceEvaluator} on decision, deciding statements and blocking gate.
   */
  @FuzzTest(maxDuration = "5m")
  void evaluation_is_deterministic_explained_and_agrees_with_the_reference(byte[] data) {
    Draw d = new Draw(new BytesSource(data));
    PolicySet set = DifferentialCases.policySet(d, ReferenceDifferentialTest.PENDING);
    RequestContext request = DifferentialCases.request(d, ReferenceDifferentialTest.PENDING);
    Evaluation first = Evaluator.standard().evaluate(set, request);
    assertThat(Evaluator.standard().evaluate(set, request)).isEqualTo(first);
    for (MatchedStatement m : first.matchedStatements()) {
      assertThat(ReferenceEvaluator.applies(set, request, m)).as("%s applies to %s\n%s", m, request,
          RequestGenerators.describe(set)).isTrue();
    }
    ReferenceDifferentialTest.agree(set, request);
  }

  /** Randomness from the fuzzer's bytes, 4 bytes a draw; once they run out, every draw is its smallest value. */
  static final class BytesSource implements DetatchedRandomnessSource {
    private static final Method MIN = method("min");
    private static final Method MAX = method("max");
    private final byte[] data;
    private int at;

    BytesSource(byte[] data) {
      this.data = data;
    }

    @Override
    public long next(Constraint c) {
      long min = bound(MIN, c);
      long max = bound(MAX, c);
      if (at >= data.length || max <= min) {
        return min;
      }
      long v = 0;
      for (int k = 0; k < 4 && at < data.length; k++) {
        v = (v << 8) | (data[at++] & 0xff);
      }
      return min + Math.floorMod(v, max - min + 1);
    }

    @Override
    public DetatchedRandomnessSource detach() {
      return this;
    }

    @Override
    public void registerFailedAssumption() {}

    @Override
    public void commit() {}

    private static Method method(String name) {
      try {
        Method m = Constraint.class.getDeclaredMethod(name);
        m.setAccessible(true);
        return m;
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }

    private static long bound(Method m, Constraint c) {
      try {
        return (Long) m.invoke(c);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
