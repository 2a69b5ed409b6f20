package dev.iamkit.core.directory;

import static dev.iamkit.core.directory.TestWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.credentials.AccessKey;
import dev.iamkit.core.credentials.InvalidClientTokenIdException;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.User;
import dev.iamkit.core.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §5: changes to the directory through {@link Iam} (attach and detach a managed policy, put and
 * delete inline policies, tag a user together with the policy that reads the tag, create and delete access
 * keys, create and delete a user) while other threads authenticate and authorize. Each writer owns its own
 * users and applies a fixed sequence of changes, so the state after its {@code k}-th change is known in
 * advance (the model below); a writer publishes {@code k} after the change returns. A reader that saw
 * {@code v0} before a call and {@code v1} after it ran against one of the states {@code v0 .. v1 + 1}; its
 * answer must be the model's answer in one of them: never a mixture (the tag and the policy reading it change
 * together, so a mixture answers a decision no state gives), and at the end every change is in the directory
 * (none lost). Bounded: a fixed number of changes, readers stop with the writers; no timing assertion.
 */
class DirectoryStressTest {
  private static final int WRITERS = 2;
  private static final int READERS = 2;
  private static final int USERS = 3;
  /** The changes of one round, all on one user of the writer (see {@link #apply}). */
  private static final int OPS = 9;
  private static final int ROUNDS = 12;
  private static final int STEPS = OPS * ROUNDS;
  private static final String READ_ARN = "arn:aws:iam::111122223333:policy/read";
  private static final String OPEN = "arn:aws:s3:::open/k";
  private static final String LOCKED = "arn:aws:s3:::locked/k";

  /** The model: what a writer's users look like after its first {@code k} changes. */
  private record UserState(boolean attached, boolean denyLocked, @Nullable String team) {}

  private record State(List<UserState> users, boolean temp, int liveKeyRound) {}

  private static String user(int writer, int u) {
    return "w" + writer + "-u" + u;
  }

  private static String temp(int writer) {
    return "w" + writer + "-temp";
  }

  /** The states 0..STEPS of one writer (the same for every writer). */
  private static List<State> model() {
    List<State> states = new ArrayList<>();
    List<UserState> users = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      users.add(new UserState(false, false, null));
    }
    boolean temp = false;
    int liveKey = -1;
    states.add(new State(List.copyOf(users), temp, liveKey));
    for (int step = 0; step < STEPS; step++) {
      int round = step / OPS;
      int u = round % USERS;
      UserState s = users.get(u);
      switch (step % OPS) {
        case 0 -> users.set(u, new UserState(true, s.denyLocked(), s.team()));
        case 1 -> users.set(u, new UserState(s.attached(), true, s.team()));
        case 2 -> users.set(u, new UserState(s.attached(), s.denyLocked(), "t" + round));
        case 3 -> liveKey = round;
        case 4 -> users.set(u, new UserState(s.attached(), false, s.team()));
        case 5 -> users.set(u, new UserState(false, s.denyLocked(), s.team()));
        case 6 -> temp = true;
        case 7 -> liveKey = -1;
        default -> temp = false;
      }
      states.add(new State(List.copyOf(users), temp, liveKey));
    }
    return states;
  }

  /** Applies change {@code step} of {@code writer}; returns the access key it created, if any. */
  private static @Nullable AccessKey apply(Iam iam, int writer, int step, @Nullable AccessKey live) {
    int round = step / OPS;
    String name = user(writer, round % USERS);
    switch (step % OPS) {
      case 0 -> iam.attachUserPolicy(A, name, READ_ARN);
      case 1 -> iam.putUserPolicy(A, name, "deny-locked", doc(deny("s3:GetObject", "arn:aws:s3:::locked/*")));
      case 2 -> {
        // One change: the tag and the policy that reads it move together (a mixture would deny PutObject).
        String team = "t" + round;
        Policy teamPolicy = doc(when(allow("s3:PutObject", "*"), "StringEquals", "aws:PrincipalTag/team", team));
        iam.update(d -> d.tagUser(A, name, Map.of("team", team)).putUserPolicy(A, name, "team", teamPolicy));
      }
      case 3 -> {
        return iam.createAccessKey(A, name);
      }
      case 4 -> iam.deleteUserPolicy(A, name, "deny-locked");
      case 5 -> iam.detachUserPolicy(A, name, READ_ARN);
      case 6 -> iam.update(d -> d.createUser(A, "/", temp(writer))
          .putUserPolicy(A, temp(writer), "read", doc(allow("s3:GetObject", "*"))));
      case 7 -> iam.deleteAccessKey(A, name, java.util.Objects.requireNonNull(live).accessKeyId());
      default -> iam.update(d -> d.deleteUserPolicy(A, temp(writer), "read").deleteUser(A, temp(writer)));
    }
    return null;
  }

  private static Decision getDecision(UserState s, String resource) {
    if (resource.equals(LOCKED) && s.denyLocked()) {
      return Decision.EXPLICIT_DENY;
    }
    return s.attached() ? Decision.ALLOW : Decision.IMPLICIT_DENY;
  }

  @Test
  void every_answer_is_that_of_the_state_before_or_after_a_change_and_no_change_is_lost() throws Exception {
    MutableClock clock = new MutableClock(START);
    Iam iam = iam(clock);
    iam.update(d -> {
      d.createAccount(A).createPolicy(A, "/", "read", doc(allow("s3:GetObject", "*")));
      for (int w = 0; w < WRITERS; w++) {
        for (int u = 0; u < USERS; u++) {
          d.createUser(A, "/", user(w, u));
        }
      }
    });
    List<State> model = model();
    AtomicIntegerArray published = new AtomicIntegerArray(WRITERS);
    // The key each writer created in round r, published before the change count that follows it.
    AtomicReferenceArray<AccessKey> keys = new AtomicReferenceArray<>(WRITERS * ROUNDS);
    ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger done = new AtomicInteger();
    int[] answers = new int[READERS];
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      futures.add(pool.submit(() -> {
        start.await();
        @Nullable AccessKey live = null;
        for (int step = 0; step < STEPS; step++) {
          AccessKey created = apply(iam, writer, step, live);
          if (created != null) {
            live = created;
            keys.set(writer * ROUNDS + step / OPS, created);
          }
          published.set(writer, step + 1);
        }
        done.incrementAndGet();
        return null;
      }));
    }
    for (int r = 0; r < READERS; r++) {
      int reader = r;
      futures.add(pool.submit(() -> {
        start.await();
        boolean last = false;
        while (!last) {
          last = done.get() == WRITERS; // one more pass after the writers finish, against the final state
          for (int w = 0; w < WRITERS; w++) {
            for (int u = 0; u < USERS; u++) {
              Session s = Session.longTerm(Principal.IamUser.of(Arn.parse("arn:aws:iam::111122223333:user/"
                  + user(w, u))), "AKIAEXAMPLEEXAMPLE00");
              int user = u;
              for (String resource : List.of(OPEN, LOCKED)) {
                check(violations, published, model, w, "GetObject " + resource + " by " + user(w, u),
                    () -> iam.authorize(s, "s3:GetObject", resource).decision(),
                    st -> getDecision(st.users().get(user), resource));
              }
              check(violations, published, model, w, "PutObject by " + user(w, u),
                  () -> iam.authorize(s, "s3:PutObject", OPEN).decision(),
                  st -> st.users().get(user).team() != null ? Decision.ALLOW : Decision.IMPLICIT_DENY);
              answers[reader] += 3;
            }
            Session t = Session.longTerm(Principal.IamUser.of(Arn.parse("arn:aws:iam::111122223333:user/"
                + temp(w))), "AKIAEXAMPLEEXAMPLE00");
            check(violations, published, model, w, "GetObject by " + temp(w),
                () -> iam.authorize(t, "s3:GetObject", OPEN).decision(),
                st -> st.temp() ? Decision.ALLOW : Decision.IMPLICIT_DENY);
            for (int round = 0; round < ROUNDS; round++) {
              AccessKey k = keys.get(w * ROUNDS + round);
              if (k != null) {
                int keyRound = round;
                check(violations, published, model, w, "authenticate with the key of round " + round,
                    () -> authenticates(iam, k), st -> st.liveKeyRound() == keyRound);
              }
            }
            answers[reader] += 1;
          }
        }
        return null;
      }));
    }
    release(start, futures, pool);
    assertThat(violations).isEmpty();
    assertThat(answers).doesNotContain(0);
    // No change lost: every writer's last state, entity by entity.
    State end = model.get(STEPS);
    Directory d = iam.directory();
    for (int w = 0; w < WRITERS; w++) {
      assertThat(d.user(A, temp(w))).as("temp user of writer %d", w).isEqualTo(java.util.Optional.empty());
      for (int u = 0; u < USERS; u++) {
        User x = d.user(A, user(w, u)).orElseThrow();
        UserState s = end.users().get(u);
        assertThat(x.attachedPolicies().stream().map(Arn::toString).toList()).as(x.name())
            .isEqualTo(s.attached() ? List.of(READ_ARN) : List.of());
        assertThat(x.inlinePolicies().containsKey("deny-locked")).as(x.name()).isEqualTo(s.denyLocked());
        assertThat(x.tags().get("team")).as(x.name()).isEqualTo(s.team());
        assertThat(x.inlinePolicies().containsKey("team")).as(x.name()).isEqualTo(s.team() != null);
        assertThat(x.accessKeys()).as(x.name()).isEmpty();
      }
    }
  }

  private interface Call<T> {
    T call();
  }

  /** Whether {@code key} authenticates now. */
  private static boolean authenticates(Iam iam, AccessKey key) {
    try {
      iam.authenticate(key.accessKeyId(), key.secretAccessKey().reveal());
      return true;
    } catch (InvalidClientTokenIdException e) {
      return false;
    }
  }

  /** Runs {@code call} and checks its answer against the model's states the call may have seen. */
  private static <T> void check(ConcurrentLinkedQueue<String> violations, AtomicIntegerArray published,
      List<State> model, int writer, String what, Call<T> call, java.util.function.Function<State, T> expected) {
    int v0 = published.get(writer);
    T answer = call.call();
    int v1 = Math.min(STEPS, published.get(writer) + 1);
    for (int k = v0; k <= v1; k++) {
      if (expected.apply(model.get(k)).equals(answer)) {
        return;
      }
    }
    violations.add(what + ": " + answer + " matches no state of writer " + writer + " between changes " + v0
        + " and " + v1);
  }
}
