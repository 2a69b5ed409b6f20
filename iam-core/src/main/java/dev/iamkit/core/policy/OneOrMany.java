package dev.iamkit.core.policy;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The values of a policy element together with the form they were written in: a bare value
 * ({@code "Action": "s3:*"}) or an array ({@code "Action": ["s3:*"]}). Both forms mean the same (S1.1);
 * the form is kept so that a policy is written back as it was read, and it takes part in equality.
 *
 * <p>An array may be empty; the validator reports that where AWS rejects it. Immutable and thread-safe.
 *
 * @param values the values in document order
 * @param array whether they were written as a JSON array
 */
public record OneOrMany<T>(List<T> values, boolean array) implements Iterable<T> {

  /** Copies the values; a bare (non-array) form must hold exactly one value. */
  public OneOrMany {
    values = List.copyOf(values);
    if (!array && values.size() != 1) {
      throw new IllegalArgumentException("A bare (non-array) value holds exactly one value, found " + values.size());
    }
  }

  /** One value written bare. */
  public static <T> OneOrMany<T> one(T value) {
    return new OneOrMany<>(List.of(Objects.requireNonNull(value, "value")), false);
  }

  /** Values written as an array. */
  @SafeVarargs
  @SuppressWarnings("varargs") // List.of copies the array and never writes to it
  public static <T> OneOrMany<T> list(T... values) {
    return new OneOrMany<>(List.of(values), true);
  }

  /** Values written as an array. */
  public static <T> OneOrMany<T> list(List<T> values) {
    return new OneOrMany<>(values, true);
  }

  /** Number of values. */
  public int size() {
    return values.size();
  }

  /** Whether there are no values (only possible for an array). */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The value at {@code index}. */
  public T get(int index) {
    return values.get(index);
  }

  /** The same form with every value mapped. */
  public <R> OneOrMany<R> map(Function<? super T, ? extends R> f) {
    return new OneOrMany<>(values.stream().<R>map(f).toList(), array);
  }

  @Override
  public Iterator<T> iterator() {
    return values.iterator();
  }

  @Override
  public String toString() {
    return array ? values.toString() : String.valueOf(values.get(0));
  }
}
