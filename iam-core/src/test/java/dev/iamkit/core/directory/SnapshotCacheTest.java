package dev.iamkit.core.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bounded per-snapshot cache behind Iam.authorize: each value gathered once while held, memory bounded. */
class SnapshotCacheTest {
  @Test
  void a_value_is_gathered_once_while_it_is_held() {
    SnapshotCache<String, String> cache = new SnapshotCache<>(8);
    AtomicInteger gathered = new AtomicInteger();
    for (int i = 0; i < 5; i++) {
      assertThat(cache.get("k", k -> k + gathered.incrementAndGet())).isEqualTo("k1");
    }
    assertThat(gathered.get()).isEqualTo(1);
  }

  @Test
  void the_cache_never_holds_more_than_its_bound_and_keeps_answering_right() {
    SnapshotCache<Integer, String> cache = new SnapshotCache<>(4);
    for (int i = 0; i < 100; i++) {
      assertThat(cache.get(i % 10, k -> "v" + k)).isEqualTo("v" + (i % 10));
      assertThat(cache.size()).isLessThanOrEqualTo(4);
    }
  }
}
