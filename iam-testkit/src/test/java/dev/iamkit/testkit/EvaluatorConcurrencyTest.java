package dev.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 11 §5: the evaluator and compiled policy sets are shared between request threads. Many threads evaluate
 * generated requests against shared policy sets at once, each in its own order, and every evaluation must equal
 * the one a single thread computed first. Bounded: a fixed number of cases and rounds, and a timeout.
 */
class EvaluatorConcurrencyTest {
  private static final int SAMPLE = 40;
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void threads_sharing_compiled_policy_sets_get_the_single_threaded_answers() throws Exception {
    List<PolicySet> sets = Theories.sample(RequestGenerators.policySets(), Theories.SEED, SAMPLE);
    List<RequestContext> requests = Theories.sample(RequestGenerators.requests(), Theories.SEED + 1, SAMPLE);
    int setCount = sets.size();
    int requestCount = requests.size();
    Evaluation[][] expected = new Evaluation[setCount][requestCount];
    for (int s = 0; s < setCount; s++) {
      for (int r = 0; r < requestCount; r++) {
        expected[s][r] = Evaluator.standard().evaluate(sets.get(s), requests.get(r));
      }
    }
    assertThat(setCount * requestCount).isGreaterThan(1000);
    List<int[]> cases = new ArrayList<>();
    for (int s = 0; s < setCount; s++) {
      for (int r = 0; r < requestCount; r++) {
        cases.add(new int[] {s, r});
      }
    }
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<int[]> order = new ArrayList<>(cases);
        Collections.shuffle(order, new Random(t));
        done.add(pool.submit(() -> {
          start.await();
          int evaluated = 0;
          for (int round = 0; round < ROUNDS; round++) {
            for (int[] c : order) {
              Evaluation e = Evaluator.standard().evaluate(sets.get(c[0]), requests.get(c[1]));
              if (!e.equals(expected[c[0]][c[1]])) {
                mismatches.add("set " + c[0] + ", request " + c[1] + ": " + e + "\nexpected " + expected[c[0]][c[1]]);
              }
              evaluated++;
            }
          }
          return evaluated;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get();
      }
      assertThat(total).isEqualTo(THREADS * ROUNDS * setCount * requestCount);
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches).isEmpty();
  }
}
