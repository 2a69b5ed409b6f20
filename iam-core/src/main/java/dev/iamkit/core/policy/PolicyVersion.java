package dev.iamkit.core.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * The two policy language versions (S1.2). An absent Version behaves like {@link #V2008_10_17}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html">Version</a>
 */
public enum PolicyVersion {
  /** The old version: {@code ${...}} is literal text. */
  V2008_10_17("2008-10-17"),
  /** The current version: policy variables are recognised (S4). */
  V2012_10_17("2012-10-17");

  /** {@link #values()} once: values() clones its array on every call. */
  private static final PolicyVersion[] VALUES = values();

  private final String text;

  PolicyVersion(String text) {
    this.text = text;
  }

  /** The text as written in a policy, for example {@code 2012-10-17}. */
  public String text() {
    return text;
  }

  /** Whether policy variables are recognised under this version (S4.3). */
  public boolean supportsVariables() {
    return this == V2012_10_17;
  }

  /** The version whose text is exactly {@code text} (compared case-sensitively), if any. */
  public static Optional<PolicyVersion> fromText(String text) {
    Objects.requireNonNull(text, "text");
    for (PolicyVersion v : VALUES) {
      if (v.text.equals(text)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
