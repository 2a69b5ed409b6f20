package dev.iamkit.core.policy;

import java.util.List;
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

  /** The actions a role's trust policy may name (S1.11), in AWS's spelling; the one list of them. */
  private static final List<Action> TRUST_ACTIONS = List.of(new Action("sts:AssumeRole"),
      new Action("sts:AssumeRoleWithSAML"), new Action("sts:AssumeRoleWithWebIdentity"),
      new Action("sts:TagSession"), new Action("sts:SetSourceIdentity"), new Action("sts:SetContext"));

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

  /**
   * The actions a role's trust policy may name, and that make a role's trust policy the resource policy of a
   * request on that role (S1.11, S6.14): {@code sts:AssumeRole}, {@code sts:AssumeRoleWithSAML},
   * {@code sts:AssumeRoleWithWebIdentity}, {@code sts:TagSession}, {@code sts:SetSourceIdentity} and
   * {@code sts:SetContext}. An immutable list, in that order.
   */
  public static List<Action> trustActions() {
    return TRUST_ACTIONS;
  }

  /** Whether this entry names exactly one of the {@link #trustActions()}, ignoring case; false for wildcards. */
  public boolean isTrustAction() {
    // Locale.ROOT lower-casing, not equalsIgnoreCase, which takes the dotless i for an i (S1.12)
    String lower = text.toLowerCase(Locale.ROOT);
    for (Action a : TRUST_ACTIONS) {
      if (a.text.toLowerCase(Locale.ROOT).equals(lower)) {
        return true;
      }
    }
    return false;
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
