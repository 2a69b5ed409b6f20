package dev.iamkit.testkit;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A mutable copy of a {@link PolicySet}'s parts, for property tests that remove, replace or edit policies
 * (the set's builder can add but not remove). Test helper; not thread-safe.
 */
final class SetParts {
  final List<NamedPolicy> identity = new ArrayList<>();
  NamedPolicy boundary;
  final List<NamedPolicy> session = new ArrayList<>();
  NamedPolicy resource;
  boolean trust;
  final List<List<NamedPolicy>> scp = new ArrayList<>();
  final List<List<NamedPolicy>> rcp = new ArrayList<>();
  AccountId management;

  /** One policy of the set with the kind it is used as, and a way to replace it in these parts. */
  record Slot(PolicyKind kind, NamedPolicy policy, Consumer<NamedPolicy> replace) {}

  static SetParts of(PolicySet set) {
    SetParts p = new SetParts();
    p.identity.addAll(set.identity());
    p.boundary = set.permissionsBoundary().orElse(null);
    p.session.addAll(set.session());
    p.resource = set.resourcePolicy().orElse(null);
    p.trust = set.isTrustPolicy();
    set.scpLevels().forEach(l -> p.scp.add(new ArrayList<>(l)));
    set.rcpLevels().forEach(l -> p.rcp.add(new ArrayList<>(l)));
    p.management = set.managementAccount().orElse(null);
    return p;
  }

  PolicySet build() {
    PolicySet.Builder b = PolicySet.builder();
    identity.forEach(b::identity);
    if (boundary != null) {
      b.permissionsBoundary(boundary);
    }
    session.forEach(b::session);
    if (resource != null) {
      if (trust) {
        b.trustPolicy(resource);
      } else {
        b.resourcePolicy(resource);
      }
    }
    scp.forEach(b::scpLevel);
    rcp.forEach(b::rcpLevel);
    if (management != null) {
      b.managementAccount(management);
    }
    return b.build();
  }

  /** Every policy of the set, in a fixed order. */
  List<Slot> slots() {
    List<Slot> out = new ArrayList<>();
    for (int i = 0; i < identity.size(); i++) {
      int at = i;
      out.add(new Slot(PolicyKind.IDENTITY, identity.get(i), p -> identity.set(at, p)));
    }
    if (boundary != null) {
      out.add(new Slot(PolicyKind.PERMISSIONS_BOUNDARY, boundary, p -> boundary = p));
    }
    for (int i = 0; i < session.size(); i++) {
      int at = i;
      out.add(new Slot(PolicyKind.SESSION, session.get(i), p -> session.set(at, p)));
    }
    if (resource != null) {
      out.add(new Slot(trust ? PolicyKind.TRUST : PolicyKind.RESOURCE, resource, p -> resource = p));
    }
    for (List<NamedPolicy> level : scp) {
      for (int i = 0; i < level.size(); i++) {
        int at = i;
        out.add(new Slot(PolicyKind.SCP, level.get(i), p -> level.set(at, p)));
      }
    }
    for (List<NamedPolicy> level : rcp) {
      for (int i = 0; i < level.size(); i++) {
        int at = i;
        out.add(new Slot(PolicyKind.RCP, level.get(i), p -> level.set(at, p)));
      }
    }
    return out;
  }

  /** Applies {@code f} to every policy of the set. */
  SetParts mapPolicies(UnaryOperator<NamedPolicy> f) {
    for (Slot s : slots()) {
      s.replace().accept(f.apply(s.policy()));
    }
    return this;
  }

  /** {@code policy} with {@code statement} inserted at {@code position} (clamped), written as an array. */
  static NamedPolicy insert(NamedPolicy policy, Statement statement, int position) {
    List<Statement> statements = new ArrayList<>(policy.policy().statements());
    statements.add(Math.min(position, statements.size()), statement);
    return new NamedPolicy(policy.name(),
        policy.policy().toBuilder().statements(statements).statementArray(true).build());
  }
}
