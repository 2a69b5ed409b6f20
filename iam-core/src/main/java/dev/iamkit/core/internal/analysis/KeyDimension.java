package dev.iamkit.core.internal.analysis;

import dev.iamkit.core.eval.ContextValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One context key of the representative requests and the values it takes: absent ({@code Optional.empty()}), one
 * value per class of single values, and list values where the key can be multivalued.
 *
 * @param name the key as first written in the policies
 * @param candidates the values, absence first
 */
public record KeyDimension(String name, List<Optional<ContextValue>> candidates) {
  /** Copies the list. */
  public KeyDimension {
    Objects.requireNonNull(name, "name");
    candidates = List.copyOf(candidates);
  }
}
