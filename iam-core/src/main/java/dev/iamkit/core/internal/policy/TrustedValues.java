package dev.iamkit.core.internal.policy;

import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Policy values built from parts their maker guarantees fresh and valid, without the defensive copies of the
 * public factories: for iamkit's policy reader, which builds every part itself and never touches it again.
 * The result equals what the public factory gives for the same parts (a property test checks it).
 * Thread-safe.
 */
public final class TrustedValues {
  /** The factory {@link Condition} hands over when it is initialized. */
  @FunctionalInterface
  public interface ConditionFactory {
    /** See {@link TrustedValues#condition}. */
    Condition condition(Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> operators);
  }

  private static volatile @Nullable ConditionFactory conditions;

  private TrustedValues() {}

  /** Called once, by {@link Condition}'s initializer. */
  public static void install(ConditionFactory factory) {
    if (conditions != null) {
      throw new IllegalStateException("The trusted Condition factory is installed already");
    }
    conditions = factory;
  }

  /**
   * {@code Condition.of(operators)}, taking ownership of {@code operators}: a fresh insertion-ordered map
   * (LinkedHashMap) of fresh insertion-ordered maps, without null keys or values, that nobody else holds or
   * changes afterwards.
   */
  public static Condition condition(Map<ConditionOperator, Map<ConditionKey, OneOrMany<ConditionValue>>> operators) {
    ConditionFactory f = conditions;
    if (f == null) {
      Condition.empty(); // initializes Condition, which installs its factory
      f = conditions;
      if (f == null) {
        throw new IllegalStateException("Condition installed no trusted factory");
      }
    }
    return f.condition(operators);
  }
}
