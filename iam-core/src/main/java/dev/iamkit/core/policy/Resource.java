package dev.iamkit.core.policy;

import dev.iamkit.core.arn.Arn;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a {@code Resource} or {@code NotResource} element, kept as written: {@code *} or an ARN
 * pattern that may contain {@code *}, {@code ?} and (in its resource field) policy variables (S1.9).
 * Immutable and thread-safe. Any text is representable; {@link PolicyValidator} reports malformed ones.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html">Resource</a>
 */
public final class Resource {
  /** The entry {@code *}, every resource. */
  public static final Resource ALL = new Resource("*");

  private final String text;

  private Resource(String text) {
    this.text = text;
  }

  /** The entry exactly as written. */
  public static Resource of(String text) {
    Objects.requireNonNull(text, "text");
    return text.equals("*") ? ALL : new Resource(text);
  }

  /** The entry as written. */
  public String text() {
    return text;
  }

  /** Whether this is the entry {@code *}. */
  public boolean isAll() {
    return text.equals("*");
  }

  /** The entry as an ARN, when it has the six-field ARN shape. */
  public Optional<Arn> arn() {
    return Arn.tryParse(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Resource other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
