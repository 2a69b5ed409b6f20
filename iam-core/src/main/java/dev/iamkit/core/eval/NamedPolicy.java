package dev.iamkit.core.eval;

import dev.iamkit.core.policy.Policy;
import java.util.Objects;

/**
 * A policy with the name used for it in explanations (a managed policy's name, an inline policy's name,
 * or a label such as {@code identity[0]}). Immutable and thread-safe.
 *
 * @param name the name shown in explanations
 * @param policy the document
 */
public record NamedPolicy(String name, Policy policy) {
  public NamedPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(policy, "policy");
  }
}
