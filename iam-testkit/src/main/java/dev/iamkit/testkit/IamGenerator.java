package dev.iamkit.testkit;

import dev.iamkit.testkit.internal.Draw;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * A generator of values for property-based checks that depends on no test framework: a
 * {@link RandomGenerator} in, a value out ({@link #next}), or a {@link Sample} that also knows its smaller
 * candidates for shrinking ({@link Sample#smaller()}, {@link Sample#shrink}). Obtain one from
 * {@link IamGenerators}; plug it into any property-testing library with one line, for example
 * {@code Arbitraries.randomValue(IamGenerators.policies(kind)::next)} (jqwik) or
 * {@code PolicyGenerators.of(generator)} (QuickTheories).
 *
 * <p>How shrinking works: a value is built from a sequence of small integer choices (which option, how
 * many, whether); a sample records them, and its smaller candidates replay simpler sequences (a choice set to
 * its simplest option, halved or decremented, or a run of choices removed). Since every generator is valid by construction, so
 * is every candidate.
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(42);
 * IamGenerator<Policy> policies = IamGenerators.policies(PolicyKind.IDENTITY);
 * for (int i = 0; i < 200; i++) {
 *   IamGenerator.Sample<Policy> sample = policies.sample(random);
 *   if (!property(sample.value())) {
 *     Policy smallest = sample.shrink(p -> !property(p)).value();
 *     fail("counterexample: " + smallest);
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; deterministic for a given random generator state.
 *
 * @param <T> the generated values
 */
public final class IamGenerator<T> {
  private static final int MAX_SHRINK_STEPS = 2_000;
  /** Sizes of the runs of choices a candidate removes: a removed element (a statement, a key) shifts the rest up. */
  private static final int[] BLOCK_SIZES = {64, 48, 32, 24, 20, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};

  private final Function<Draw, T> body;

  IamGenerator(Function<Draw, T> body) {
    this.body = body;
  }

  /** The generator as a function of draws, for the QuickTheories views. */
  Function<Draw, T> body() {
    return body;
  }

  /** A value drawn from {@code random}. */
  public T next(RandomGenerator random) {
    return sample(random).value();
  }

  /** A value drawn from {@code random}, with what it takes to shrink it. */
  public Sample<T> sample(RandomGenerator random) {
    Objects.requireNonNull(random, "random");
    List<Integer> recorded = new ArrayList<>();
    T value = body.apply(new Draw((lo, hi) -> {
      int offset = random.nextInt(hi - lo + 1);
      recorded.add(offset);
      return lo + offset;
    }));
    return new Sample<>(this, value, recorded.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The values of this generator transformed by {@code f} (shrinking the same way). */
  public <R> IamGenerator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return new IamGenerator<>(d -> f.apply(body.apply(d)));
  }

  private Sample<T> replay(int[] offsets) {
    List<Integer> recorded = new ArrayList<>();
    int[] next = {0};
    T value = body.apply(new Draw((lo, hi) -> {
      int i = next[0]++;
      int offset = i < offsets.length ? Math.min(offsets[i], hi - lo) : 0;
      recorded.add(offset);
      return lo + offset;
    }));
    return new Sample<>(this, value, recorded.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * A generated value with the choices it was built from. Immutable.
   *
   * @param <T> the value's type
   */
  public static final class Sample<T> {
    private final IamGenerator<T> generator;
    private final T value;
    private final int[] choices;

    private Sample(IamGenerator<T> generator, T value, int[] choices) {
      this.generator = generator;
      this.value = value;
      this.choices = choices;
    }

    /** The value. */
    public T value() {
      return value;
    }

    /**
     * Candidates simpler than this sample, simplest first (each built from a choice sequence that is shorter,
     * or as long and smaller at the first difference, ignoring trailing simplest choices); empty when the value is as simple as it gets.
     * Lazily computed.
     */
    public Stream<Sample<T>> smaller() {
      return candidates().stream().map(generator::replay).filter(s -> simpler(s.choices, choices));
    }

    /**
     * The simplest sample reached by repeatedly moving to the first smaller candidate for which
     * {@code stillFails} holds (at most a few thousand steps); this sample when none does.
     */
    public Sample<T> shrink(Predicate<? super T> stillFails) {
      Objects.requireNonNull(stillFails, "stillFails");
      Sample<T> current = this;
      for (int step = 0; step < MAX_SHRINK_STEPS; step++) {
        Sample<T> next = current.smaller().filter(s -> stillFails.test(s.value)).findFirst().orElse(null);
        if (next == null) {
          break;
        }
        current = next;
      }
      return current;
    }

    /** The value's {@code toString}. */
    @Override
    public String toString() {
      return String.valueOf(value);
    }

    private List<int[]> candidates() {
      Set<List<Integer>> seen = new LinkedHashSet<>();
      List<int[]> out = new ArrayList<>();
      add(out, seen, new int[0]);
      for (int keep = choices.length / 2; keep < choices.length; keep += Math.max(1, (choices.length - keep) / 2)) {
        add(out, seen, Arrays.copyOf(choices, keep));
      }
      for (int i = 0; i < choices.length; i++) {
        if (choices[i] > 0) {
          int[] zero = choices.clone();
          zero[i] = 0;
          add(out, seen, zero);
        }
      }
      for (int size : BLOCK_SIZES) {
        for (int i = 0; i + size <= choices.length; i++) {
          int[] removed = new int[choices.length - size];
          System.arraycopy(choices, 0, removed, 0, i);
          System.arraycopy(choices, i + size, removed, i, choices.length - i - size);
          add(out, seen, removed);
        }
      }
      for (int i = 0; i < choices.length; i++) {
        if (choices[i] > 1) {
          int[] half = choices.clone();
          half[i] = choices[i] / 2;
          add(out, seen, half);
          int[] less = choices.clone();
          less[i] = choices[i] - 1;
          add(out, seen, less);
        }
      }
      return out;
    }

    private static void add(List<int[]> out, Set<List<Integer>> seen, int[] candidate) {
      if (seen.add(Arrays.stream(candidate).boxed().toList())) {
        out.add(candidate);
      }
    }

    /**
     * Shortlex order on choice sequences without their trailing simplest choices (which replaying adds):
     * fewer choices, or as many and smaller at the first difference. Well-founded, so shrinking ends.
     */
    private static boolean simpler(int[] a, int[] b) {
      int la = significant(a);
      int lb = significant(b);
      if (la != lb) {
        return la < lb;
      }
      return Arrays.compare(a, 0, la, b, 0, lb) < 0;
    }

    private static int significant(int[] c) {
      int n = c.length;
      while (n > 0 && c[n - 1] == 0) {
        n--;
      }
      return n;
    }
  }
}
