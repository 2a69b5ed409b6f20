package dev.iamkit.core.directory;

import static dev.iamkit.core.directory.TestWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many threads changing and authorizing at once (bounded run): readers never see a half-applied change,
 * writers never lose one, rejected changes leave nothing behind.
 */
class IamConcurrencyTest {
  private static final int WRITERS = 4;
  private static final int READERS = 4;
  private static final int CHANGES = 40;

  @Test
  void concurrent_changes_are_atomic_and_none_is_lost() throws Exception {
    MutableClock clock = new MutableClock(START);
    Iam iam = iam(clock);
    iam.update(d -> d.createAccount(A).createGroup(A, "/", "readers")
        .putGroupPolicy(A, "readers", "read", doc(allow("s3:GetObject", "*"))));
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger writersDone = new AtomicInteger();
    ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    AtomicInteger rejected = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < CHANGES; i++) {
          String name = "u" + writer + "-" + i;
          // One change of three operations: user, group membership, inline deny of PutObject.
          iam.update(d -> d.createUser(A, "/", name).addUserToGroup(A, "readers", name)
              .putUserPolicy(A, name, "no-put", doc(deny("s3:PutObject", "*"))));
          try {
            // Rejected halfway (the second user name collides ignoring case): nothing may remain.
            iam.update(d -> d.createUser(A, "/", "x" + name).createUser(A, "/", name.toUpperCase(java.util.Locale.ROOT)));
          } catch (EntityAlreadyExistsException expected) {
            rejected.incrementAndGet();
          }
        }
        writersDone.incrementAndGet();
        return null;
      }));
    }
    for (int r = 0; r < READERS; r++) {
      futures.add(pool.submit(() -> {
        start.await();
        while (writersDone.get() < WRITERS) {
          Directory snapshot = iam.directory();
          for (User u : snapshot.account(A).orElseThrow().users().values()) {
            if (u.name().startsWith("x")) {
              violations.add("a rejected change left user " + u.name());
            }
            if (u.groups().size() != 1 || !u.inlinePolicies().containsKey("no-put")) {
              violations.add("half-applied change seen for " + u.name());
            }
            Session s = Session.longTerm(u.principal(), "AKIAEXAMPLEEXAMPLE00");
            if (iam.authorize(s, "s3:GetObject", "arn:aws:s3:::b/k").decision() != Decision.ALLOW) {
              violations.add("authorize did not see the group policy of " + u.name());
            }
          }
        }
        return null;
      }));
    }
    release(start, futures, pool);
    assertThat(violations).isEmpty();
    assertThat(rejected.get()).isEqualTo(WRITERS * CHANGES);
    assertThat(iam.directory().account(A).orElseThrow().users()).hasSize(WRITERS * CHANGES);
    assertThat(iam.directory().groupMembers(A, "readers")).hasSize(WRITERS * CHANGES);
  }
}
