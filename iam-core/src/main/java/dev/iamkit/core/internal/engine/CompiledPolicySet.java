package dev.iamkit.core.internal.engine;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.policy.PolicyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PolicySet} compiled once for evaluation (S6.1): every policy's statements compiled and indexed.
 * Immutable and thread-safe; build it once per set with {@link #compile(PolicySet)} and evaluate any number of
 * requests with {@link Engine#evaluate}.
 */
public final class CompiledPolicySet {
  final List<CompiledPolicy> identity;
  final @Nullable CompiledPolicy boundary;
  final List<CompiledPolicy> session;
  final @Nullable CompiledPolicy resource;
  final boolean trust;
  final List<List<CompiledPolicy>> scpLevels;
  final List<List<CompiledPolicy>> rcpLevels;
  final @Nullable AccountId managementAccount;
  /** {@link #boundary} and {@link #resource} as lists of zero or one, so a request allocates none. */
  final List<CompiledPolicy> boundaryList;
  final List<CompiledPolicy> resourceList;
  /** The VPC endpoint policy as a list of zero or one (S6.16). */
  final List<CompiledPolicy> vpcEndpoint;
  /** The statements of each kind (each SCP and RCP level) indexed by action, across policies. */
  final StatementIndex identityIndex;
  final StatementIndex boundaryIndex;
  final StatementIndex sessionIndex;
  final StatementIndex resourceIndex;
  final StatementIndex vpcEndpointIndex;
  final StatementIndex[] scpIndexes;
  final StatementIndex[] rcpIndexes;

  private CompiledPolicySet(PolicySet set) {
    int[] order = {0};
    this.identity = compileAll(set.identity(), PolicyKind.IDENTITY, 0, order);
    this.trust = set.isTrustPolicy();
    this.resource = set.resourcePolicy()
        .map(p -> new CompiledPolicy(p, trust ? PolicyKind.TRUST : PolicyKind.RESOURCE, 0, order[0]++))
        .orElse(null);
    this.boundary = set.permissionsBoundary()
        .map(p -> new CompiledPolicy(p, PolicyKind.PERMISSIONS_BOUNDARY, 0, order[0]++))
        .orElse(null);
    this.session = compileAll(set.session(), PolicyKind.SESSION, 0, order);
    this.scpLevels = compileLevels(set.scpLevels(), PolicyKind.SCP, order);
    this.rcpLevels = compileLevels(set.rcpLevels(), PolicyKind.RCP, order);
    this.vpcEndpoint = set.vpcEndpointPolicy()
        .map(p -> List.of(new CompiledPolicy(p, PolicyKind.VPC_ENDPOINT, 0, order[0]++)))
        .orElse(List.of());
    this.managementAccount = set.managementAccount().orElse(null);
    this.boundaryList = boundary == null ? List.of() : List.of(boundary);
    this.resourceList = resource == null ? List.of() : List.of(resource);
    this.identityIndex = StatementIndex.of(identity);
    this.boundaryIndex = StatementIndex.of(boundaryList);
    this.sessionIndex = StatementIndex.of(session);
    this.resourceIndex = StatementIndex.of(resourceList);
    this.vpcEndpointIndex = StatementIndex.of(vpcEndpoint);
    this.scpIndexes = scpLevels.stream().map(StatementIndex::of).toArray(StatementIndex[]::new);
    this.rcpIndexes = rcpLevels.stream().map(StatementIndex::of).toArray(StatementIndex[]::new);
  }

  /** Compiles every policy of {@code set}. Never throws for what the policies contain. */
  public static CompiledPolicySet compile(PolicySet set) {
    return new CompiledPolicySet(Objects.requireNonNull(set, "set"));
  }

  private static List<CompiledPolicy> compileAll(List<NamedPolicy> policies, PolicyKind kind, int level, int[] order) {
    List<CompiledPolicy> out = new ArrayList<>(policies.size());
    for (NamedPolicy p : policies) {
      out.add(new CompiledPolicy(p, kind, level, order[0]++));
    }
    return List.copyOf(out);
  }

  private static List<List<CompiledPolicy>> compileLevels(List<List<NamedPolicy>> levels, PolicyKind kind,
      int[] order) {
    List<List<CompiledPolicy>> out = new ArrayList<>(levels.size());
    for (int level = 0; level < levels.size(); level++) {
      out.add(compileAll(levels.get(level), kind, level, order));
    }
    return List.copyOf(out);
  }
}
