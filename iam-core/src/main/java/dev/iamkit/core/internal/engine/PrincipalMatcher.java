package dev.iamkit.core.internal.engine;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled {@code Principal} or {@code NotPrincipal} element (S1.7, S2.4, S2.5). Immutable and thread-safe;
 * matching neither parses nor allocates.
 *
 * <p>Entries are sorted once into sets by what they can name:
 * <ul>
 *   <li>{@code "*"} and {@code {"AWS": "*"}}: everyone, anonymous callers and services included;</li>
 *   <li>{@code AWS} account IDs and account root ARNs {@code arn:P:iam::A:root}: every principal of the
 *       account (S2.4: naming the root ARN does not limit the grant to the root user);</li>
 *   <li>other {@code AWS} ARNs (users, roles, sessions, federated users), compared with the caller's facets
 *       exactly, case included (S1.12 [DECISION]); a partial wildcard is an ordinary character here, so
 *       {@code role/*} names no real role;</li>
 *   <li>other {@code AWS} values: unique IDs ({@code AIDA...}, {@code AROA...}), compared with the caller's
 *       known unique IDs ([DECISION] S1.7);</li>
 *   <li>{@code Service} names, compared ignoring case (S1.12 [DECISION]);</li>
 *   <li>{@code Federated} provider names or SAML provider ARNs, matched only by web-identity and SAML
 *       callers of that provider; provider host names compare ignoring case (DNS names are case-insensitive),
 *       SAML provider ARNs exactly;</li>
 *   <li>{@code CanonicalUser}: never matches ([DECISION] S2.4, iamkit's principals carry no canonical ID).</li>
 * </ul>
 */
public final class PrincipalMatcher {
  private final boolean wildcard;
  private final Set<String> accountIds;
  private final List<String[]> rootArns;
  private final Set<String> arns;
  private final Set<String> uniqueIds;
  private final Set<String> services;
  private final Set<String> federated;

  private PrincipalMatcher(boolean wildcard, Set<String> accountIds, List<String[]> rootArns, Set<String> arns,
      Set<String> uniqueIds, Set<String> services, Set<String> federated) {
    this.wildcard = wildcard;
    this.accountIds = accountIds;
    this.rootArns = rootArns;
    this.arns = arns;
    this.uniqueIds = uniqueIds;
    this.services = services;
    this.federated = federated;
  }

  /** A matcher for everyone, as {@code "Principal": "*"}. */
  public static PrincipalMatcher everyone() {
    return new PrincipalMatcher(true, Set.of(), List.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  /** Compiles a Principal or NotPrincipal element. */
  public static PrincipalMatcher compile(PrincipalElement element) {
    Objects.requireNonNull(element, "element");
    if (element.isWildcard()) {
      return everyone();
    }
    boolean wildcard = false;
    Set<String> accountIds = new HashSet<>();
    List<String[]> rootArns = new ArrayList<>();
    Set<String> arns = new HashSet<>();
    Set<String> uniqueIds = new HashSet<>();
    Set<String> services = new HashSet<>();
    Set<String> federated = new HashSet<>();
    for (Map.Entry<PrincipalType, OneOrMany<String>> e : element.entries().entrySet()) {
      for (String value : e.getValue()) {
        switch (e.getKey()) {
          case AWS -> {
            if (value.equals("*")) {
              wildcard = true;
            } else if (AccountId.isValid(value)) {
              accountIds.add(value);
            } else if (value.startsWith("arn:")) {
              Arn arn = Arn.tryParse(value).orElse(null);
              if (arn != null && arn.service().equals("iam") && arn.resource().equals("root")
                  && AccountId.isValid(arn.account())) {
                rootArns.add(new String[] {arn.partition(), arn.account()});
              } else {
                arns.add(value);
              }
            } else {
              uniqueIds.add(value);
            }
          }
          case SERVICE -> services.add(value.toLowerCase(Locale.ROOT));
          case FEDERATED -> federated.add(normaliseProvider(value));
          case CANONICAL_USER -> {
            // [DECISION] S2.4: never matches; iamkit's principals carry no canonical user ID.
          }
        }
      }
    }
    return new PrincipalMatcher(wildcard, Set.copyOf(accountIds), List.copyOf(rootArns), Set.copyOf(arns),
        Set.copyOf(uniqueIds), Set.copyOf(services), Set.copyOf(federated));
  }

  private static String normaliseProvider(String provider) {
    return provider.startsWith("arn:") ? provider : provider.toLowerCase(Locale.ROOT);
  }

  /**
   * The strongest class with which this element, used as {@code Principal}, names {@code p}; {@link
   * MatchClass#NONE} when it does not name it (S2.4).
   */
  public MatchClass classify(Principal p) {
    MatchClass best = wildcard ? MatchClass.WILDCARD : MatchClass.NONE;
    if (p instanceof Principal.IamUser u) {
      if (arns.contains(u.arn().toString()) || contains(uniqueIds, u.uniqueId())) {
        return MatchClass.DIRECT;
      }
    } else if (p instanceof Principal.RoleSession s) {
      if (arns.contains(s.sessionArn().toString())) {
        return MatchClass.DIRECT;
      }
      if (best == MatchClass.NONE && (arns.contains(s.roleArn().toString())
          || contains(uniqueIds, s.roleUniqueId()))) {
        return MatchClass.ROLE;
      }
    } else if (p instanceof Principal.FederatedUser f) {
      if (arns.contains(f.arn().toString())) {
        return MatchClass.DIRECT;
      }
      if (best == MatchClass.NONE && f.federatingUser().isPresent() && arns.contains(f.federatingUser().get().toString())) {
        return MatchClass.ROLE;
      }
    } else if (p instanceof Principal.ServicePrincipal s) {
      return best == MatchClass.NONE && services.contains(s.name()) ? MatchClass.SERVICE : best;
    } else if (p instanceof Principal.WebIdentityUser w) {
      return best == MatchClass.NONE && federated.contains(normaliseProvider(w.provider())) ? MatchClass.FEDERATED
          : best;
    } else {
      // Root user: only its account (or everyone) names it. Anonymous: only everyone.
    }
    if (best == MatchClass.NONE && accountListed(p)) {
      return MatchClass.ACCOUNT;
    }
    return best;
  }

  /**
   * Whether this element, used as {@code NotPrincipal}, excludes {@code p} (S2.5, [DECISION] A7): the full chain
   * must be listed. A user is excluded only if its ARN (or unique ID) and its account are listed; a role
   * session only if its session ARN, its role ARN (or role unique ID) and its account are listed; a federated
   * user if its ARN and its account are listed; the root user if its account is listed; a service if its
   * name is listed; a web-identity caller if its provider is listed. {@code "*"} (or {@code {"AWS": "*"}}, alone
   * or among other entries) excludes every caller, anonymous included; otherwise anonymous callers are never
   * excluded.
   */
  public boolean excludes(Principal p) {
    if (wildcard) {
      return true;
    }
    if (p instanceof Principal.Anonymous) {
      return false;
    }
    if (p instanceof Principal.RootUser) {
      return accountListed(p);
    }
    if (p instanceof Principal.IamUser u) {
      return (arns.contains(u.arn().toString()) || contains(uniqueIds, u.uniqueId()))
          && accountListed(p);
    }
    if (p instanceof Principal.RoleSession s) {
      return arns.contains(s.sessionArn().toString())
          && (arns.contains(s.roleArn().toString()) || contains(uniqueIds, s.roleUniqueId()))
          && accountListed(p);
    }
    if (p instanceof Principal.FederatedUser f) {
      return arns.contains(f.arn().toString()) && accountListed(p);
    }
    if (p instanceof Principal.ServicePrincipal s) {
      return services.contains(s.name());
    }
    if (p instanceof Principal.WebIdentityUser w) {
      return federated.contains(normaliseProvider(w.provider()));
    }
    return false;
  }

  /**
   * Whether this element, used as {@code NotPrincipal}, names some of {@code p}'s own ARNs (its user, session,
   * role or federated-user ARN, or a unique ID: the chain {@link #excludes} needs) without {@linkplain #excludes excluding} it. With {@code Allow}
   * such a principal is covered only through its unlisted account (S2.5, A7): an account-class match. A
   * principal of which only the account is listed is unlisted: covered like {@code "*"}, not through the account.
   */
  public boolean partlyLists(Principal p) {
    if (excludes(p)) {
      return false;
    }
    if (p instanceof Principal.IamUser u) {
      return arns.contains(u.arn().toString()) || contains(uniqueIds, u.uniqueId());
    }
    if (p instanceof Principal.RoleSession s) {
      return arns.contains(s.sessionArn().toString()) || arns.contains(s.roleArn().toString())
          || contains(uniqueIds, s.roleUniqueId());
    }
    if (p instanceof Principal.FederatedUser f) {
      // the federating user is no part of the chain that excludes a federated user (S2.5)
      return arns.contains(f.arn().toString());
    }
    return false;
  }

  /** Whether the principal's account is named by an account ID or a root ARN of the principal's partition. */
  private boolean accountListed(Principal p) {
    AccountId account = p.account().orElse(null);
    if (account == null) {
      return false;
    }
    if (accountIds.contains(account.value())) {
      return true;
    }
    if (rootArns.isEmpty()) {
      return false;
    }
    String partition = partitionOf(p);
    for (String[] root : rootArns) {
      if (root[1].equals(account.value()) && root[0].equals(partition)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(Set<String> set, Optional<String> value) {
    return value.isPresent() && set.contains(value.get());
  }

  private static String partitionOf(Principal p) {
    if (p instanceof Principal.RootUser r) {
      return r.partition();
    }
    return p.principalArn().map(Arn::partition).orElse("");
  }

  @Override
  public String toString() {
    return "PrincipalMatcher{wildcard=" + wildcard + ", accounts=" + accountIds + ", roots=" + rootArns.size()
        + ", arns=" + arns + ", uniqueIds=" + uniqueIds + ", services=" + services + ", federated=" + federated + "}";
  }
}
