package dev.iamkit.core.directory;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.credentials.Totp;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Statement;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Accounts, policies, a settable clock and a seeded random source for directory tests. */
final class TestWorld {
  static final AccountId A = AccountId.parse("111122223333");
  static final AccountId B = AccountId.parse("444455556666");
  static final AccountId MGMT = AccountId.parse("999988887777");
  static final String SEED = "JBSWY3DPEHPK3PXP";
  static final String SEED2 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private TestWorld() {}

  /** A clock that stands still until advanced. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Starts tasks waiting on {@code start} and waits for all of them (bounded), rethrowing the first failure. */
  static void release(CountDownLatch start, List<Future<?>> futures, ExecutorService pool) throws Exception {
    start.countDown();
    try {
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static SecureRandom seeded() {
    try {
      SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
      r.setSeed(42L);
      return r;
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static Iam iam(MutableClock clock) {
    return Iam.builder().clock(clock).random(seeded()).passwordHashIterations(1_000).build();
  }

  static String code(Clock clock) {
    return Totp.fromBase32(SEED).code(clock.instant());
  }

  static Policy doc(Statement.Builder... statements) {
    Policy.Builder b = Policy.builder().version(PolicyVersion.V2012_10_17).statementArray(true);
    for (Statement.Builder s : statements) {
      b.statement(s.build());
    }
    return b.build();
  }

  static Statement.Builder allow(String action, String resource) {
    return Statement.builder().effect(Effect.ALLOW).action(action).resource(resource);
  }

  static Statement.Builder deny(String action, String resource) {
    return Statement.builder().effect(Effect.DENY).action(action).resource(resource);
  }

  static Statement.Builder trust(PrincipalElement principal, String... actions) {
    return Statement.builder().effect(Effect.ALLOW).principal(principal)
        .action(actions.length == 0 ? new String[] {"sts:AssumeRole"} : actions);
  }

  static Statement.Builder when(Statement.Builder s, String operator, String key, String... values) {
    return s.condition(Condition.builder().add(ConditionOperator.parse(operator), key, values).build());
  }

  static Statement.Builder whenBool(Statement.Builder s, String operator, String key, boolean value) {
    return s.condition(Condition.builder().add(ConditionOperator.parse(operator), ConditionKey.of(key),
        OneOrMany.one(ConditionValue.bool(value))).build());
  }

  static PrincipalElement aws(String... values) {
    return PrincipalElement.of(PrincipalType.AWS, values.length == 1 ? OneOrMany.one(values[0])
        : OneOrMany.list(Arrays.asList(values)));
  }

  static PrincipalElement service(String name) {
    return PrincipalElement.of(PrincipalType.SERVICE, OneOrMany.one(name));
  }

  static Policy allowAll() {
    return doc(allow("*", "*"));
  }
}
