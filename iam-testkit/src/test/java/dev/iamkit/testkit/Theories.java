package dev.iamkit.testkit;

import org.quicktheories.QuickTheory;

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
}
