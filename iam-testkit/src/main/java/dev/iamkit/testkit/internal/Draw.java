package dev.iamkit.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Draws choices from a source of integers: a QuickTheories {@link RandomnessSource}, or {@link Choices}
 * (the testkit's own recording and replaying sources over a {@code RandomGenerator}). Every choice shrinks
 * towards its simplest form: the first option of a list, the lower bound of a range, {@code false} for
 * {@link #maybe}. Generators written with it are deterministic for a given seed and shrink, since every draw
 * goes through the source. Not thread-safe; use one per generated value.
 */
public final class Draw {
  /** The one primitive: an int in {@code [lo, hi]} ({@code lo < hi}), whose simplest value is {@code lo}. */
  @FunctionalInterface
  public interface Choices {
    int choose(int lo, int hi);
  }

  private final @Nullable RandomnessSource in;
  private final Choices choices;

  public Draw(RandomnessSource in) {
    RandomnessSource source = Objects.requireNonNull(in, "in");
    this.in = source;
    this.choices = (lo, hi) -> (int) source.next(Constraint.between(lo, hi).withShrinkPoint(lo));
  }

  public Draw(Choices choices) {
    this.in = null;
    this.choices = Objects.requireNonNull(choices, "choices");
  }

  /** An int in {@code [lo, hi]}, shrinking towards {@code lo}. */
  public int between(int lo, int hi) {
    if (lo > hi) {
      throw new IllegalArgumentException("empty range [" + lo + ", " + hi + "]");
    }
    if (lo == hi) {
      return lo;
    }
    return choices.choose(lo, hi);
  }

  /** True with roughly {@code percent}% probability; shrinks towards false. */
  public boolean maybe(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /** One of {@code options}, shrinking towards the first. */
  public <T> T pick(List<T> options) {
    return options.get(between(0, options.size() - 1));
  }

  /** One of {@code options}, shrinking towards the first. */
  @SafeVarargs
  public final <T> T pick(T... options) {
    return options[between(0, options.length - 1)];
  }

  /** Between {@code min} and {@code max} distinct elements of {@code options}, in their original order. */
  public <T> List<T> subset(List<T> options, int min, int max) {
    int n = between(min, Math.min(max, options.size()));
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      indices.add(i);
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      chosen.add(indices.remove(between(0, indices.size() - 1)));
    }
    chosen.sort(null);
    List<T> out = new ArrayList<>(n);
    for (int i : chosen) {
      out.add(options.get(i));
    }
    return out;
  }

  /** Between {@code min} and {@code max} distinct elements of {@code options}, in random order. */
  public <T> List<T> shuffledSubset(List<T> options, int min, int max) {
    return shuffle(subset(options, min, max));
  }

  /** A random permutation of {@code values}. */
  public <T> List<T> shuffle(List<T> values) {
    List<T> rest = new ArrayList<>(values);
    List<T> out = new ArrayList<>(values.size());
    while (!rest.isEmpty()) {
      out.add(rest.remove(between(0, rest.size() - 1)));
    }
    return out;
  }

  /**
   * A value of {@code gen}, drawn from the same QuickTheories source.
   *
   * @throws IllegalStateException if this draw is not backed by QuickTheories
   */
  public <T> T from(Gen<T> gen) {
    if (in == null) {
      throw new IllegalStateException("A QuickTheories Gen needs a Draw over a RandomnessSource");
    }
    return gen.generate(in);
  }

  /** The {@code text} with the case of some ASCII letters flipped (for case-insensitive names). */
  public String mixCase(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (letter && maybe(30)) {
        c = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
