package dev.iamkit.json;

import dev.iamkit.core.eval.Decision;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a scenario step ended with, or what it is expected to end with: {@code ok}, a decision
 * ({@code allow}, {@code explicit_deny}, {@code implicit_deny}) or an AWS error code such as
 * {@code AccessDenied} or {@code ExpiredToken}. Immutable and thread-safe; equal when their {@link #id()}s
 * are equal.
 */
public final class ScenarioOutcome {
  private static final ScenarioOutcome OK = new ScenarioOutcome(Kind.OK, "ok", null);

  /** The three kinds of outcome. */
  public enum Kind {
    /** The step succeeded (a sign-in, authentication, session token or role session was obtained). */
    OK,
    /** An authorization was decided. */
    DECISION,
    /** The call failed with an AWS error code. */
    ERROR
  }

  private final Kind kind;
  private final String id;
  private final @Nullable Decision decision;

  private ScenarioOutcome(Kind kind, String id, @Nullable Decision decision) {
    this.kind = kind;
    this.id = id;
    this.decision = decision;
  }

  /** The outcome {@code ok}. */
  public static ScenarioOutcome ok() {
    return OK;
  }

  /** A decision outcome ({@code allow}, {@code explicit_deny}, {@code implicit_deny}). */
  public static ScenarioOutcome decision(Decision decision) {
    Objects.requireNonNull(decision, "decision");
    return new ScenarioOutcome(Kind.DECISION, decision.id(), decision);
  }

  /**
   * An error outcome named by an AWS error code.
   *
   * @throws IllegalArgumentException unless {@code code} is a letter followed by letters and digits
   */
  public static ScenarioOutcome error(String code) {
    Objects.requireNonNull(code, "code");
    if (!isErrorCode(code)) {
      throw new IllegalArgumentException("An error code is a letter followed by letters and digits, such as "
          + "AccessDenied, found \"" + code + "\"");
    }
    return new ScenarioOutcome(Kind.ERROR, code, null);
  }

  /**
   * Parses {@code ok}, a decision id or an error code.
   *
   * @throws IllegalArgumentException if {@code text} is none of them, or spells {@code ok} or a decision in
   *     another case
   */
  public static ScenarioOutcome parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals("ok")) {
      return OK;
    }
    for (Decision d : Decision.values()) {
      if (d.id().equals(text)) {
        return decision(d);
      }
      if (d.id().equalsIgnoreCase(text)) {
        throw new IllegalArgumentException("Expected \"" + d.id() + "\", found \"" + text
            + "\": decisions are written in lower case");
      }
    }
    if (text.equalsIgnoreCase("ok")) {
      throw new IllegalArgumentException("Expected \"ok\", found \"" + text + "\": ok is written in lower case");
    }
    if (!isErrorCode(text)) {
      throw new IllegalArgumentException("Expected \"ok\", \"allow\", \"explicit_deny\", \"implicit_deny\" or an AWS"
          + " error code such as \"AccessDenied\"");
    }
    return error(text);
  }

  private static boolean isErrorCode(String code) {
    if (code.isEmpty() || code.length() > 128) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!(letter || (i > 0 && c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** Which kind of outcome this is. */
  public Kind kind() {
    return kind;
  }

  /** {@code ok}, the decision's id, or the error code. */
  public String id() {
    return id;
  }

  /** The decision, for a decision outcome. */
  public Optional<Decision> decisionValue() {
    return Optional.ofNullable(decision);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScenarioOutcome other && other.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The {@link #id()}. */
  @Override
  public String toString() {
    return id;
  }
}
