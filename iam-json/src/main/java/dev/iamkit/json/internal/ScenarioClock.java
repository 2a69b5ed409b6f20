package dev.iamkit.json.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The clock of a running scenario: it stands still until {@link #advance(Duration)} moves it. Thread-safe
 * (the instant is volatile); one per run.
 */
public final class ScenarioClock extends Clock {
  private volatile Instant now;

  /** A clock standing at {@code start}. */
  public ScenarioClock(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  /** Moves the clock forward by {@code by}. */
  public synchronized void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock: the zone is always UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "ScenarioClock[" + now + "]";
  }
}
