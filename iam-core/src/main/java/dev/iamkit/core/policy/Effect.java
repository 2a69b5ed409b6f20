package dev.iamkit.core.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement's effect, written exactly {@code Allow} or {@code Deny} (S1.6).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html">Effect</a>
 */
public enum Effect {
  ALLOW("Allow"),
  DENY("Deny");

  /** What {@link #fromText} returns, built once: it is called for every statement read. */
  private static final Optional<Effect> SOME_ALLOW = Optional.of(ALLOW);
  private static final Optional<Effect> SOME_DENY = Optional.of(DENY);

  private final String text;

  Effect(String text) {
    this.text = text;
  }

  /** {@code Allow} or {@code Deny}. */
  public String text() {
    return text;
  }

  /** The effect written exactly as {@code text} (case-sensitive, S1.12), if any. */
  public static Optional<Effect> fromText(String text) {
    Objects.requireNonNull(text, "text");
    // equals, not a switch on the text: a switch would hash every Effect text read
    return text.equals("Allow") ? SOME_ALLOW : text.equals("Deny") ? SOME_DENY : Optional.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
