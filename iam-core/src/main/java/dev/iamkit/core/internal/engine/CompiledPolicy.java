package dev.iamkit.core.internal.engine;

import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One policy compiled for evaluation, its statements indexed by lower-case service prefix (S2.1) so that a
 * request only looks at statements that can match its action. Immutable and thread-safe.
 *
 * <p>Statements whose Action entries contain {@code *}, and NotAction statements, sit in a bucket every
 * request looks at. For each service named anywhere in the policy the index holds that service's statements
 * merged with that bucket, in document order, so a lookup is one hash probe and no allocation. Order plays
 * no part in the decision; it only keeps explanations stable.
 */
final class CompiledPolicy {
  final String name;
  final PolicyKind kind;
  final int level;
  private final CompiledStatement[] generic;
  private final Map<String, CompiledStatement[]> byService;

  /**
   * @param kind the kind ({@link PolicyKind#TRUST} for a trust policy)
   * @param level the SCP or RCP level, 0 otherwise
   * @param order the policy's position in its set, for stable explanations
   */
  CompiledPolicy(NamedPolicy policy, PolicyKind kind, int level, int order) {
    this.name = policy.name();
    this.kind = kind;
    this.level = level;
    boolean variables = policy.policy().supportsVariables();
    List<Statement> statements = policy.policy().statements();
    List<CompiledStatement> generic = new ArrayList<>();
    Map<String, List<CompiledStatement>> specific = new HashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      CompiledStatement s = new CompiledStatement(statements.get(i), i, kind, policy.name(), level, order, variables);
      if (s.services.isEmpty()) {
        generic.add(s);
      } else {
        for (String service : s.services) {
          specific.computeIfAbsent(service, k -> new ArrayList<>()).add(s);
        }
      }
    }
    this.generic = generic.toArray(new CompiledStatement[0]);
    Map<String, CompiledStatement[]> index = new HashMap<>();
    specific.forEach((service, list) -> {
      List<CompiledStatement> merged = new ArrayList<>(list);
      merged.addAll(generic);
      merged.sort(Comparator.comparingInt(s -> s.index));
      index.put(service, merged.toArray(new CompiledStatement[0]));
    });
    this.byService = Map.copyOf(index);
  }

  /** The statements a request for an action of {@code service} (lower case) must look at, in document order. */
  CompiledStatement[] candidates(String service) {
    CompiledStatement[] s = byService.get(service);
    return s != null ? s : generic;
  }

  @Override
  public String toString() {
    return kind.id() + " policy \"" + name + "\" (generic " + Arrays.toString(generic) + ", services "
        + byService.keySet() + ")";
  }
}
