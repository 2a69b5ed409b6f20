package dev.iamkit.core.internal.engine;

import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Statement;
import java.util.List;

/**
 * One policy compiled for evaluation: its statements, in document order. The statements of all the policies of
 * a kind are indexed together by {@link StatementIndex}, so that a request only looks at statements that can match
 * its action, however many policies there are. Immutable and thread-safe.
 */
final class CompiledPolicy {
  final String name;
  final PolicyKind kind;
  final int level;
  /** The statements in document order. */
  final List<CompiledStatement> statements;

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
    List<Statement> source = policy.policy().statements();
    CompiledStatement[] compiled = new CompiledStatement[source.size()];
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = new CompiledStatement(source.get(i), i, kind, policy.name(), level, order, variables);
    }
    this.statements = List.of(compiled);
  }

  @Override
  public String toString() {
    return kind.id() + " policy \"" + name + "\" (" + statements.size() + " statements)";
  }
}
