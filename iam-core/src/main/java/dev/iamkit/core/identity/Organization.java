package dev.iamkit.core.identity;

import dev.iamkit.core.arn.AccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An AWS organization (S9): its ID, management account and tree of levels. Immutable and thread-safe.
 *
 * @param id {@code o-} followed by 10-32 lower-case letters or digits
 * @param managementAccount the management account, which SCPs do not restrict (S6.11)
 * @param root the root level
 */
public record Organization(String id, AccountId managementAccount, OrganizationalUnit root) {

  /** Checks the ID shape (S9.1). */
  public Organization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(managementAccount, "managementAccount");
    Objects.requireNonNull(root, "root");
    if (!id.matches("o-[a-z0-9]{10,32}")) {
      throw new IllegalArgumentException("Invalid organization id \"" + id + "\": expected o- and 10-32 lower-case letters or digits");
    }
  }

  /** The levels from the root down to the one that holds {@code account}; empty when not a member. */
  public List<OrganizationalUnit> path(AccountId account) {
    Objects.requireNonNull(account, "account");
    List<OrganizationalUnit> path = new ArrayList<>();
    return find(root, account, path) ? List.copyOf(path) : List.of();
  }

  /** Whether {@code account} belongs to the organization. */
  public boolean contains(AccountId account) {
    return !path(account).isEmpty();
  }

  /**
   * The value of {@code aws:PrincipalOrgPaths} / {@code aws:ResourceOrgPaths} for {@code account}:
   * {@code o-.../r-.../ou-.../}, or empty when not a member (S5.1).
   */
  public Optional<String> orgPath(AccountId account) {
    List<OrganizationalUnit> path = path(account);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder(id).append('/');
    for (OrganizationalUnit u : path) {
      s.append(u.id()).append('/');
    }
    return Optional.of(s.toString());
  }

  private static boolean find(OrganizationalUnit unit, AccountId account, List<OrganizationalUnit> path) {
    path.add(unit);
    if (unit.accounts().contains(account)) {
      return true;
    }
    for (OrganizationalUnit child : unit.units()) {
      if (find(child, account, path)) {
        return true;
      }
    }
    path.remove(path.size() - 1);
    return false;
  }
}
