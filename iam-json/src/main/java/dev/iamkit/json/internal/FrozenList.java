package dev.iamkit.json.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that its creator hands over and never touches again: {@link WellFormedJson}
 * builds the entries of each object and array in an array of the exact size and wraps it, so that neither
 * {@link List#of} nor {@link JsonValue}'s defensive {@link List#copyOf} copies it again. Equal to any list with the
 * same elements, like every {@link List}.
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
  private final E[] items;

  private FrozenList(E[] items) {
    this.items = items;
  }

  /** A list of {@code items}, which no one may change afterwards; no element may be null. */
  static <E> List<E> wrap(E[] items) {
    return new FrozenList<>(items);
  }

  @Override
  public E get(int index) {
    return items[index];
  }

  @Override
  public int size() {
    return items.length;
  }
}
