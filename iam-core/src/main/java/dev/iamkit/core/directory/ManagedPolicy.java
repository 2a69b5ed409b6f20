package dev.iamkit.core.directory;

import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.policy.Policy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A managed policy: customer managed ({@code arn:aws:iam::ACCOUNT:policy/PATH/NAME}) with up to 5
 * versions, one of them the default (S10.5), or AWS managed ({@code arn:aws:iam::aws:policy/NAME}), which
 * nobody can change (issue 13 §5). Immutable and thread-safe.
 *
 * @param arn the policy ARN
 * @param path the path
 * @param name the name
 * @param policyId the unique ID, {@code ANPA...}
 * @param versions the stored versions, oldest first
 * @param defaultVersionId the ID of the version in force
 * @param nextVersionNumber the number the next created version gets ({@code v3} after {@code v1}, {@code v2},
 *     even when one was deleted)
 */
public record ManagedPolicy(Arn arn, String path, String name, String policyId, List<ManagedPolicyVersion> versions,
    String defaultVersionId, int nextVersionNumber) {

  /** Checks that the default version exists. */
  public ManagedPolicy {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(policyId, "policyId");
    versions = List.copyOf(versions);
    Objects.requireNonNull(defaultVersionId, "defaultVersionId");
    if (versions.stream().noneMatch(v -> v.versionId().equals(defaultVersionId))) {
      throw new IllegalArgumentException("Default version " + defaultVersionId + " of " + arn + " is not stored");
    }
  }

  /** Whether this is an AWS managed policy, {@code arn:aws:iam::aws:policy/...}. */
  public boolean isAwsManaged() {
    return arn.account().equals("aws");
  }

  /** The document of the default version: the one in force. */
  public Policy document() {
    return version(defaultVersionId).orElseThrow().document();
  }

  /** The version {@code versionId}, if stored. */
  public Optional<ManagedPolicyVersion> version(String versionId) {
    return versions.stream().filter(v -> v.versionId().equals(versionId)).findFirst();
  }
}
