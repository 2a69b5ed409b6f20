package dev.iamkit.core.directory;

import dev.iamkit.core.policy.Policy;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored version of a managed policy (S10.5). Immutable and thread-safe.
 *
 * @param versionId {@code v1}, {@code v2}, ...
 * @param document the policy document
 * @param createDate when the version was created
 */
public record ManagedPolicyVersion(String versionId, Policy document, Instant createDate) {
  /** Checks that no component is null. */
  public ManagedPolicyVersion {
    Objects.requireNonNull(versionId, "versionId");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(createDate, "createDate");
  }
}
