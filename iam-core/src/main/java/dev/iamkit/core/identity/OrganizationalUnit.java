package dev.iamkit.core.identity;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.eval.NamedPolicy;
import java.util.List;
import java.util.Objects;

/**
 * One level of an organization (S9.1): the root or an organizational unit, with the SCPs and RCPs attached
 * to it, the accounts directly in it and its child units. Immutable and thread-safe.
 *
 * <p>The SCP list is what is attached: an empty list has no Allow, so it blocks every principal below
 * (S9.2); attach {@code FullAWSAccess} for the usual default. An empty RCP list stands for
 * {@code RCPFullAWSAccess}.
 *
 * @param id the identifier: {@code r-...} for the root, {@code ou-...} for a unit (S9.1)
 * @param name the name
 * @param scps the attached service control policies
 * @param rcps the attached resource control policies (custom ones, besides RCPFullAWSAccess)
 * @param accounts the accounts directly in this level
 * @param units the child units
 */
public record OrganizationalUnit(String id, String name, List<NamedPolicy> scps, List<NamedPolicy> rcps,
    List<AccountId> accounts, List<OrganizationalUnit> units) {

  /** Copies the lists. */
  public OrganizationalUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    scps = List.copyOf(scps);
    rcps = List.copyOf(rcps);
    accounts = List.copyOf(accounts);
    units = List.copyOf(units);
    if (id.isEmpty()) {
      throw new IllegalArgumentException("organizational unit id must not be empty");
    }
  }
}
