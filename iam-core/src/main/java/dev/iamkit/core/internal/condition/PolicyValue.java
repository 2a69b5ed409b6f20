package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.RequestContext;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One policy value compiled for the positive form of its operator (negation is applied by {@link KeyTest}, S3.1),
 * compared with request values already read as {@code T}. Immutable and thread-safe.
 *
 * @param <T> the value type of the operator (String, BigDecimal, Instant, Boolean, byte[], RequestResource)
 */
interface PolicyValue<T> {

  /**
   * Compares {@code requestValue} with this value: {@link Comparison#MATCH}, {@link Comparison#NO_MATCH}, or
   * {@link Comparison#POLICY_VALUE_UNREADABLE} when this value (after variable substitution) cannot be read as
   * {@code T}, which it reports to {@code listener} naming the value.
   */
  Comparison compare(T requestValue, RequestContext request, EvalListener listener, KeyTest where);

  /** Passes the keys of variables in this value that are absent from the request. */
  default void collectMissingKeys(RequestContext request, Consumer<String> sink) {}

  /** Why this value can never be read as its type, known when it was compiled; null when it can be read. */
  default @Nullable String unreadable() {
    return null;
  }

  /** Whether reading this value depends on the request (a variable that may resolve to an unreadable text). */
  default boolean mayBecomeUnreadable() {
    return false;
  }

  /**
   * Whether this value cannot be read for {@code request} (a variable resolving to a text that is not of the type),
   * reporting it to {@code listener}; checked before the request's own value, which may be absent (S3.14).
   */
  default boolean unreadableFor(RequestContext request, EvalListener listener, KeyTest where) {
    return false;
  }

  /** A value that can never be read as its type (S3.14); {@code why} names the value and the expected type. */
  static <T> PolicyValue<T> unreadable(String why) {
    return new PolicyValue<>() {
      @Override
      public Comparison compare(T requestValue, RequestContext request, EvalListener listener, KeyTest where) {
        return Comparison.POLICY_VALUE_UNREADABLE;
      }

      @Override
      public String unreadable() {
        return why;
      }

      @Override
      public String toString() {
        return why;
      }
    };
  }
}
