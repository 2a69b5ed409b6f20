package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.internal.value.Booleans;
import dev.iamkit.core.policy.ConditionValue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Null (S3.11, A18): each policy value says whether the key must be absent ({@code true}) or present
 * ({@code false}); an empty list counts as absent, an empty string as present. Immutable; package-private.
 */
final class NullOperand {
  /** The expected absence per policy value. */
  private final boolean[] expectAbsent;
  /** Why values that are not booleans cannot be read (S3.14); empty when all can. */
  private final List<String> unreadable;

  private NullOperand(boolean[] expectAbsent, List<String> unreadable) {
    this.expectAbsent = expectAbsent;
    this.unreadable = unreadable;
  }

  static NullOperand compile(List<ConditionValue> values) {
    boolean[] expect = new boolean[values.size()];
    List<String> bad = new ArrayList<>(0);
    for (int k = 0; k < expect.length; k++) {
      String text = values.get(k).text();
      Boolean parsed = Booleans.parse(text).orElse(null);
      if (parsed == null) {
        bad.add(notABoolean(text));
      } else {
        expect[k] = parsed;
      }
    }
    return new NullOperand(expect, List.copyOf(bad));
  }

  /** Why the Null value {@code text} cannot be read (S3.14), or null when it can: it is not true or false. */
  static @Nullable String unreadable(String text) {
    return Booleans.parse(text).isPresent() ? null : notABoolean(text);
  }

  private static String notABoolean(String text) {
    return "policy value \"" + text + "\" is not true or false";
  }

  /** Whether some value matches the presence of {@code cv}. Only meaningful when {@link #unreadable()} is empty. */
  boolean matches(@Nullable ContextValue cv) {
    boolean absent = cv == null || cv.values().isEmpty();
    for (boolean e : expectAbsent) {
      if (e == absent) {
        return true;
      }
    }
    return false;
  }

  List<String> unreadable() {
    return unreadable;
  }
}
