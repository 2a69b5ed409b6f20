package dev.iamkit.core.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * One entry of an {@code Action} or {@code NotAction} element, kept as written: {@code *} or
 * {@code PREFIX:NAME}, where the name may contain the wildcards {@code *} and {@code ?} (S1.8).
 * Immutable and thread-safe.
 *
 * <p>Any text is representable, so a policy with a malformed action still round-trips;
 * {@link PolicyValidator} reports it. Matching ignores case (S2.1); {@link #service()} and
 * {@link #name()} are lower-cased with {@link Locale#ROOT}.
 *
 * <pre>{@code Action.of("S3:GetObject").service()  // "s3" }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">Action</a>
 */
public final class Action {
  /** The entry {@code *}, every action of every service. */
  public static final Action ALL = new Action("*");

  private final String text;

  private Action(String text) {
    this.text = text;
  }

  /** The entry exactly as written. */
  public static Action of(String text) {
    Objects.requireNonNull(text, "text");
    return text.equals("*") ? ALL : new Action(text);
  }

  /** The entry as written. */
  public String text() {
    return text;
  }

  /** Whether this is the entry {@code *}. */
  public boolean isAll() {
    return text.equals("*");
  }

  /**
   * The service prefix, lower-cased: the part before the first colon, or the empty string when there
   * is no colon (and for {@code *}).
   */
  public String service() {
    int colon = text.indexOf(':');
    return colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  /** The action-name part after the first colon, lower-cased, or the empty string when there is no colon. */
  public String name() {
    int colon = text.indexOf(':');
    return colon < 0 ? "" : text.substring(colon + 1).toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Action other && text.equals(other.text);
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
