package dev.iamkit.core.directory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What authorization gathered from one {@link Directory} snapshot, kept as long as the snapshot: since a
 * snapshot never changes and every change makes a new one, an entry can never go stale, and a reader of an
 * old snapshot keeps seeing that snapshot's answers. Thread-safe (each value is computed by
 * {@link ConcurrentHashMap#computeIfAbsent}, at most once per key while it stays). Bounded: a map that grows
 * past its bound is emptied and refilled on demand, so memory stays proportionate whatever the callers ask.
 *
 * @param <K> the key
 * @param <V> the value gathered for it
 */
final class SnapshotCache<K, V> {
  private final Map<K, V> entries = new ConcurrentHashMap<>();
  private final int bound;

  /** A cache of at most about {@code bound} entries. */
  SnapshotCache(int bound) {
    this.bound = bound;
  }

  /** The value for {@code key}, gathered by {@code gather} the first time. */
  V get(K key, Function<? super K, ? extends V> gather) {
    V v = entries.get(key);
    if (v != null) {
      return v;
    }
    if (entries.size() >= bound) {
      entries.clear();
    }
    return entries.computeIfAbsent(key, gather);
  }

  /** The number of entries held now. */
  int size() {
    return entries.size();
  }
}
