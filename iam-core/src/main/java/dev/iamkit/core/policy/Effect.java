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
    return text.equals("Allow") ? Optional.of(ALLOW) : text.equals("Deny") ? Optional.of(DENY) : Optional.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
