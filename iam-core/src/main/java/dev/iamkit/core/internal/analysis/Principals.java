package dev.iamkit.core.internal.analysis;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.arn.ArnFormatException;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Representative callers for policies with a Principal element (S2.4, S2.5). A caller's treatment depends only
 * on which entries of each Principal / NotPrincipal element name it (its ARN, its role, its unique ID, its
 * account, its service or provider), on its type and on whether its account is the resource's. So one caller
 * per named entity, plus, for the resource's account, one other account and every account named, a root user,
 * an unnamed user, an unnamed role session and a federated user, plus an unnamed service, an unnamed web
 * identity and the anonymous caller, meet every combination the elements can tell apart.
 */
final class Principals {
  static final String PARTITION = "aws";

  private Principals() {}

  static List<Principal> of(List<Policy> policies, AccountId home, AccountId other) {
    Map<String, Principal> out = new LinkedHashMap<>();
    Set<String> partitions = new LinkedHashSet<>(List.of(PARTITION));
    Set<AccountId> accounts = new LinkedHashSet<>(List.of(home, other));
    Set<String> services = new LinkedHashSet<>();
    Set<String> providers = new LinkedHashSet<>();
    List<String> arns = new ArrayList<>();
    List<String> uniqueIds = new ArrayList<>();
    for (Policy policy : policies) {
      for (Statement s : policy.statements()) {
        for (Optional<PrincipalElement> e : List.of(s.principal(), s.notPrincipal())) {
          if (e.isEmpty() || e.get().isWildcard()) {
            continue;
          }
          for (Map.Entry<PrincipalType, ? extends Iterable<String>> entry : e.get().entries().entrySet()) {
            for (String value : entry.getValue()) {
              switch (entry.getKey()) {
                case AWS -> {
                  if (AccountId.isValid(value)) {
                    accounts.add(AccountId.parse(value));
                  } else if (value.startsWith("arn:")) {
                    Arn.tryParse(value).ifPresent(arn -> {
                      partitions.add(arn.partition());
                      AccountId.tryParse(arn.account()).ifPresent(accounts::add);
                      arns.add(value);
                    });
                  } else if (!value.equals("*")) {
                    uniqueIds.add(value);
                  }
                }
                case SERVICE -> services.add(value);
                case FEDERATED -> providers.add(value);
                case CANONICAL_USER -> {
                  // Never matches a caller (S2.4 [DECISION]); nothing to represent.
                }
              }
            }
          }
        }
      }
    }
    for (AccountId a : accounts) {
      for (String partition : partitions) {
        add(out, new Principal.RootUser(a, partition));
        add(out, Principal.IamUser.of(Arn.of(partition, "iam", "", a.value(), "user/compare-user")));
        add(out, Principal.RoleSession.of(Arn.of(partition, "sts", "", a.value(), "assumed-role/compare-role/session")));
        add(out, Principal.FederatedUser.of(Arn.of(partition, "sts", "", a.value(), "federated-user/compare-fed")));
      }
    }
    for (String arn : arns) {
      named(arn).ifPresent(p -> add(out, p));
    }
    for (String id : uniqueIds) {
      add(out, Principal.IamUser.of(Arn.of(PARTITION, "iam", "", home.value(), "user/compare-unique-user"), id));
      add(out, Principal.RoleSession.of(Arn.of(PARTITION, "sts", "", home.value(), "assumed-role/compare-unique-role/s"),
          Arn.of(PARTITION, "iam", "", home.value(), "role/compare-unique-role"), id));
    }
    for (String service : services) {
      if (!service.isEmpty()) {
        add(out, Principal.service(service));
      }
    }
    add(out, Principal.service("compare.amazonaws.com"));
    for (String provider : providers) {
      if (!provider.isEmpty()) {
        add(out, new Principal.WebIdentityUser(provider));
      }
    }
    add(out, new Principal.WebIdentityUser("compare.example.com"));
    add(out, Principal.anonymous());
    return List.copyOf(out.values());
  }

  /** The caller a principal ARN names: a user, a session of a role (path kept), a session or a federated user. */
  private static Optional<Principal> named(String text) {
    try {
      Arn arn = Arn.parse(text);
      String res = arn.resource();
      if (arn.service().equals("iam") && res.startsWith("role/") && arn.accountId().isPresent()) {
        String name = res.substring(res.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
          return Optional.empty();
        }
        Arn session = Arn.of(arn.partition(), "sts", "", arn.account(), "assumed-role/" + name + "/session");
        return Optional.of(Principal.RoleSession.of(session, arn));
      }
      Principal p = Principal.parse(text);
      if (p instanceof Principal.RootUser) {
        return Optional.empty(); // covered by its account
      }
      return Optional.of(p);
    } catch (ArnFormatException | IllegalArgumentException e) {
      return Optional.empty(); // an ARN that names no caller matches none (S2.4)
    }
  }

  private static void add(Map<String, Principal> out, Principal p) {
    out.putIfAbsent(p.toString(), p);
  }
}
