package dev.iamkit.testkit;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Settings shared by the property tests: a fixed seed, so that every run checks the same examples, which
 * {@code -Diamkit.seed=N} replaces to explore others. QuickTheories prints the seed with any falsifying
 * example.
 */
final class Theories {
  private Theories() {}

  static final long SEED = Long.getLong("iamkit.seed", 20261128L);

  /** {@code qt()} with the seed and {@code examples} examples. */
  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }

  /** The first {@code n} values {@code gen} produces for {@code seed}. */
  static <T> List<T> sample(Gen<T> gen, long seed, int n) {
    List<T> out = new ArrayList<>();
    QuickTheory.qt().withFixedSeed(seed).withExamples(n).forAll(gen).checkAssert(out::add);
    return out;
  }
}
