package dev.iamkit.core.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a {@code Principal} or {@code NotPrincipal} element (S1.7): either the string {@code "*"}
 * or an object mapping {@link PrincipalType}s to one or many principal strings. Immutable and thread-safe.
 *
 * <pre>{@code
 * PrincipalElement.wildcard();                                              // "Principal": "*"
 * PrincipalElement.of(Map.of(PrincipalType.AWS, OneOrMany.one("111122223333")));
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html">Principal</a>
 */
public final class PrincipalElement {
  private static final PrincipalElement WILDCARD = new PrincipalElement(Map.of(), true);

  private final Map<PrincipalType, OneOrMany<String>> entries;
  private final boolean wildcard;

  private PrincipalElement(Map<PrincipalType, OneOrMany<String>> entries, boolean wildcard) {
    this.entries = entries;
    this.wildcard = wildcard;
  }

  /** The bare string {@code "*"}: everyone, including anonymous callers. */
  public static PrincipalElement wildcard() {
    return WILDCARD;
  }

  /** An object form; iteration order of {@code entries} is kept for writing. May be empty (the validator reports it). */
  public static PrincipalElement of(Map<PrincipalType, OneOrMany<String>> entries) {
    Objects.requireNonNull(entries, "entries");
    Map<PrincipalType, OneOrMany<String>> copy = new LinkedHashMap<>();
    entries.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
    return new PrincipalElement(Collections.unmodifiableMap(copy), false);
  }

  /** An object form with a single type, for example {@code {"Service": "lambda.amazonaws.com"}}. */
  public static PrincipalElement of(PrincipalType type, OneOrMany<String> values) {
    return of(Map.of(type, values));
  }

  /** Whether this is the bare string {@code "*"}. */
  public boolean isWildcard() {
    return wildcard;
  }

  /** The object form's entries in document order; empty for the bare wildcard. */
  public Map<PrincipalType, OneOrMany<String>> entries() {
    return entries;
  }

  /** The values under one type, if present. */
  public Optional<OneOrMany<String>> get(PrincipalType type) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(type, "type")));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrincipalElement other && wildcard == other.wildcard && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(wildcard) * 31 + entries.hashCode();
  }

  @Override
  public String toString() {
    return wildcard ? "*" : entries.toString();
  }
}
