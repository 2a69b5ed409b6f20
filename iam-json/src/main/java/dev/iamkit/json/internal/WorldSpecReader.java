package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.eval.OrganizationPolicies;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.json.internal.WorldSpec.Account;
import dev.iamkit.json.internal.WorldSpec.Doc;
import dev.iamkit.json.internal.WorldSpec.Group;
import dev.iamkit.json.internal.WorldSpec.Loc;
import dev.iamkit.json.internal.WorldSpec.Org;
import dev.iamkit.json.internal.WorldSpec.Ref;
import dev.iamkit.json.internal.WorldSpec.Resource;
import dev.iamkit.json.internal.WorldSpec.Role;
import dev.iamkit.json.internal.WorldSpec.Root;
import dev.iamkit.json.internal.WorldSpec.Secret;
import dev.iamkit.json.internal.WorldSpec.Unit;
import dev.iamkit.json.internal.WorldSpec.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the shape of a world file (README, "Scenarios: users, roles and credentials") into a {@link WorldSpec}:
 * member names, JSON types and policy document shapes. What the directory requires beyond the shape (names,
 * references, quotas, policy rules) is checked when the directory is built. Not thread-safe; one per read.
 */
public final class WorldSpecReader {
  static final List<String> WORLD_MEMBERS = List.of("awsManagedPolicies", "organization", "accounts");
  static final List<String> ORG_MEMBERS = List.of("id", "managementAccount", "root");
  static final List<String> UNIT_MEMBERS = List.of("scps", "rcps", "accounts", "units");
  static final List<String> ACCOUNT_MEMBERS = List.of("root", "policies", "groups", "users", "roles", "resources");
  static final List<String> ROOT_MEMBERS = List.of("password", "passwordHash", "mfa");
  static final List<String> MFA_MEMBERS = List.of("secret");
  static final List<String> GROUP_MEMBERS = List.of("path", "policies", "inline");
  static final List<String> USER_MEMBERS = List.of("path", "groups", "policies", "inline", "boundary", "password",
      "passwordHash", "accessKeys", "mfa", "tags");
  static final List<String> KEY_MEMBERS = List.of("id", "secret", "status");
  static final List<String> ROLE_MEMBERS = List.of("path", "trust", "policies", "inline", "boundary",
      "maxSessionDuration", "tags");
  static final List<String> RESOURCE_MEMBERS = List.of("policy", "tags");

  /** The SCP AWS attaches to every level of an organization. */
  public static final String FULL_AWS_ACCESS = "FullAWSAccess";
  /** Its document. */
  public static final String FULL_AWS_ACCESS_TEXT =
      dev.iamkit.json.PolicyWriter.compact().write(OrganizationPolicies.FULL_AWS_ACCESS.policy());

  private final Fields f;

  /** A reader reporting through {@code fields}. */
  public WorldSpecReader(Fields fields) {
    this.f = fields;
  }

  /** Reads the world at {@code v}, whose pointer is {@code ptr}; null when its top level is unusable. */
  public WorldSpec.@Nullable World read(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "a world object {\"accounts\": {...}, ...}");
    if (o == null) {
      return null;
    }
    List<Doc> managed = List.of();
    Org org = null;
    List<Account> accounts = List.of();
    boolean sawAccounts = false;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "awsManagedPolicies" -> managed = docs(m.value(), mp, "AWS managed policies by name");
        case "organization" -> org = organization(m.value(), mp);
        case "accounts" -> {
          sawAccounts = true;
          accounts = accounts(m.value(), mp);
        }
        default -> f.unknown(m, ptr, WORLD_MEMBERS, "a world");
      }
    }
    if (!sawAccounts) {
      f.missing(o, ptr, "accounts", "a world");
    }
    return new WorldSpec.World(managed, org, accounts);
  }

  private @Nullable Org organization(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an organization object {\"id\": ..., \"managementAccount\": ..., \"root\": ...}");
    if (o == null) {
      return null;
    }
    String id = "o-exampleorgid";
    String management = null;
    Unit root = null;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "id" -> {
          String s = f.nonEmpty(m.value(), mp, "the organization id");
          if (s != null) {
            id = s;
          }
        }
        case "managementAccount" -> management = f.nonEmpty(m.value(), mp, "managementAccount");
        case "root" -> root = unit("Root", m.value(), mp);
        default -> f.unknown(m, ptr, ORG_MEMBERS, "an organization");
      }
    }
    if (management == null) {
      f.missing(o, ptr, "managementAccount", "an organization");
      return null;
    }
    if (root == null) {
      root = new Unit("Root", null, List.of(), List.of(), List.of(), new Loc(ptr, o.start()));
    }
    return new Org(id, management, root, new Loc(ptr, o.start()));
  }

  private @Nullable Unit unit(String name, JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an organization level {\"scps\": ..., \"rcps\": ..., \"accounts\": [...],"
        + " \"units\": {...}}");
    if (o == null) {
      return null;
    }
    List<Doc> scps = null;
    List<Doc> rcps = List.of();
    List<Ref> accounts = List.of();
    List<Unit> units = new ArrayList<>();
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "scps" -> scps = docs(m.value(), mp, "SCPs by name");
        case "rcps" -> rcps = docs(m.value(), mp, "RCPs by name");
        case "accounts" -> accounts = refs(m.value(), mp, "account IDs");
        case "units" -> {
          JsonValue.Obj us = f.object(m.value(), mp, "an object of organizational units by name");
          if (us != null) {
            for (JsonValue.Member u : us.members()) {
              Unit child = unit(u.name(), u.value(), Pointers.child(mp, u.name()));
              if (child != null) {
                units.add(child);
              }
            }
          }
        }
        default -> f.unknown(m, ptr, UNIT_MEMBERS, "an organization level");
      }
    }
    return new Unit(name, scps, rcps, accounts, units, new Loc(ptr, o.start()));
  }

  private List<Account> accounts(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an object of accounts by 12-digit account ID");
    List<Account> out = new ArrayList<>();
    if (o == null) {
      return out;
    }
    for (JsonValue.Member m : o.members()) {
      Account a = account(m.name(), m.value(), Pointers.child(ptr, m.name()), m.nameStart());
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private @Nullable Account account(String id, JsonValue v, String ptr, int nameStart) {
    JsonValue.Obj o = f.object(v, ptr, "an account object {\"users\": ..., \"roles\": ..., ...}");
    if (o == null) {
      return null;
    }
    Root root = null;
    List<Doc> policies = List.of();
    List<Group> groups = new ArrayList<>();
    List<User> users = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    List<Resource> resources = new ArrayList<>();
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "root" -> root = root(m.value(), mp);
        case "policies" -> policies = docs(m.value(), mp, "customer managed policies by name");
        case "groups" -> each(m.value(), mp, "groups by name", (n, gv, gp) -> add(groups, group(n, gv, gp)));
        case "users" -> each(m.value(), mp, "users by name", (n, uv, up) -> add(users, user(n, uv, up)));
        case "roles" -> each(m.value(), mp, "roles by name", (n, rv, rp) -> add(roles, role(n, rv, rp)));
        case "resources" -> each(m.value(), mp, "resources by ARN",
            (n, rv, rp) -> add(resources, resource(n, rv, rp)));
        default -> f.unknown(m, ptr, ACCOUNT_MEMBERS, "an account");
      }
    }
    return new Account(id, root, policies, groups, users, roles, resources, new Loc(ptr, nameStart));
  }

  private interface MemberReader {
    void read(String name, JsonValue value, String ptr);
  }

  private void each(JsonValue v, String ptr, String what, MemberReader reader) {
    JsonValue.Obj o = f.object(v, ptr, "an object of " + what);
    if (o != null) {
      for (JsonValue.Member m : o.members()) {
        reader.read(m.name(), m.value(), Pointers.child(ptr, m.name()));
      }
    }
  }

  private static <T> void add(List<T> list, @Nullable T value) {
    if (value != null) {
      list.add(value);
    }
  }

  private @Nullable Root root(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "a root user object {\"password\": ..., \"mfa\": {\"secret\": ...}}");
    if (o == null) {
      return null;
    }
    Secret password = null;
    Secret hash = null;
    Secret mfa = null;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "password" -> password = secret(m.value(), mp, "password");
        case "passwordHash" -> hash = secret(m.value(), mp, "passwordHash");
        case "mfa" -> mfa = mfa(m.value(), mp);
        default -> f.unknown(m, ptr, ROOT_MEMBERS, "a root user");
      }
    }
    bothPasswords(ptr, password, hash);
    return new Root(password, hash, mfa, new Loc(ptr, o.start()));
  }

  private void bothPasswords(String ptr, @Nullable Secret password, @Nullable Secret hash) {
    if (password != null && hash != null) {
      f.problems().error(ProblemCode.MUTUALLY_EXCLUSIVE, "Give password or passwordHash, not both",
          Pointers.child(ptr, "passwordHash"), hash.loc().offset());
    }
  }

  private @Nullable Secret secret(JsonValue v, String ptr, String what) {
    String s = f.string(v, ptr, what);
    return s == null ? null : new Secret(s, new Loc(ptr, v.start()));
  }

  private @Nullable Secret mfa(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an MFA device {\"secret\": \"BASE32SEED\"}");
    if (o == null) {
      return null;
    }
    Secret secret = null;
    for (JsonValue.Member m : o.members()) {
      if (m.name().equals("secret")) {
        secret = secret(m.value(), Pointers.child(ptr, "secret"), "the MFA secret (base32)");
      } else {
        f.unknown(m, ptr, MFA_MEMBERS, "an MFA device");
      }
    }
    // without a secret (an export without secrets) the device exists but nobody knows its codes
    return secret != null ? secret : o.member("secret") == null ? new Secret("", new Loc(ptr, o.start())) : null;
  }

  private @Nullable Group group(String name, JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "a group object {\"path\": ..., \"policies\": [...], \"inline\": {...}}");
    if (o == null) {
      return null;
    }
    String path = "/";
    List<Ref> policies = List.of();
    List<Doc> inline = List.of();
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "path" -> path = orDefault(f.string(m.value(), mp, "path"), path);
        case "policies" -> policies = refs(m.value(), mp, "policy names or ARNs");
        case "inline" -> inline = docs(m.value(), mp, "inline policies by name");
        default -> f.unknown(m, ptr, GROUP_MEMBERS, "a group");
      }
    }
    return new Group(name, path, policies, inline, new Loc(ptr, o.start()));
  }

  private @Nullable User user(String name, JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "a user object {\"path\": ..., \"groups\": [...], ...}");
    if (o == null) {
      return null;
    }
    String path = "/";
    List<Ref> groups = List.of();
    List<Ref> policies = List.of();
    List<Doc> inline = List.of();
    Ref boundary = null;
    Secret password = null;
    Secret hash = null;
    List<WorldSpec.Key> keys = new ArrayList<>();
    Secret mfa = null;
    Map<String, String> tags = Map.of();
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "path" -> path = orDefault(f.string(m.value(), mp, "path"), path);
        case "groups" -> groups = refs(m.value(), mp, "group names");
        case "policies" -> policies = refs(m.value(), mp, "policy names or ARNs");
        case "inline" -> inline = docs(m.value(), mp, "inline policies by name");
        case "boundary" -> boundary = ref(m.value(), mp, "the boundary policy's name or ARN");
        case "password" -> password = secret(m.value(), mp, "password");
        case "passwordHash" -> hash = secret(m.value(), mp, "passwordHash");
        case "accessKeys" -> {
          JsonValue.Arr a = f.array(m.value(), mp, "an array of access keys {\"id\": ..., \"secret\": ..., \"status\": ...}");
          if (a != null) {
            for (int i = 0; i < a.elements().size(); i++) {
              add(keys, key(a.elements().get(i), Pointers.child(mp, i)));
            }
          }
        }
        case "mfa" -> mfa = mfa(m.value(), mp);
        case "tags" -> tags = tags(m.value(), mp);
        default -> f.unknown(m, ptr, USER_MEMBERS, "a user");
      }
    }
    bothPasswords(ptr, password, hash);
    return new User(name, path, groups, policies, inline, boundary, password, hash, keys, mfa, tags,
        new Loc(ptr, o.start()));
  }

  private WorldSpec.@Nullable Key key(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an access key {\"id\": ..., \"secret\": ..., \"status\": \"Active\"}");
    if (o == null) {
      return null;
    }
    String id = null;
    String secret = null;
    boolean active = true;
    boolean ok = true;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "id" -> id = f.nonEmpty(m.value(), mp, "the access key id");
        case "secret" -> secret = f.nonEmpty(m.value(), mp, "the secret access key");
        case "status" -> {
          String s = f.string(m.value(), mp, "status");
          if ("Active".equals(s) || "Inactive".equals(s)) {
            active = "Active".equals(s);
          } else if (s != null) {
            f.invalid(ProblemCode.WRONG_TYPE, m.value(), mp, "Expected status \"Active\" or \"Inactive\", found "
                + IamException.quote(s));
            ok = false;
          }
        }
        default -> f.unknown(m, ptr, KEY_MEMBERS, "an access key");
      }
    }
    if (o.member("id") == null) {
      f.missing(o, ptr, "id", "an access key");
    }
    // without a secret (an export without secrets) the key exists but nobody knows its secret
    boolean secretOk = secret != null || o.member("secret") == null;
    return id == null || !secretOk || !ok ? null : new WorldSpec.Key(id, secret, active, new Loc(ptr, o.start()));
  }

  private @Nullable Role role(String name, JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "a role object {\"trust\": {...}, \"policies\": [...], ...}");
    if (o == null) {
      return null;
    }
    String path = "/";
    Doc trust = null;
    List<Ref> policies = List.of();
    List<Doc> inline = List.of();
    Ref boundary = null;
    Long max = null;
    Map<String, String> tags = Map.of();
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "path" -> path = orDefault(f.string(m.value(), mp, "path"), path);
        case "trust" -> trust = doc("trust", m.value(), mp);
        case "policies" -> policies = refs(m.value(), mp, "policy names or ARNs");
        case "inline" -> inline = docs(m.value(), mp, "inline policies by name");
        case "boundary" -> boundary = ref(m.value(), mp, "the boundary policy's name or ARN");
        case "maxSessionDuration" -> max = f.integer(m.value(), mp, "maxSessionDuration (seconds)");
        case "tags" -> tags = tags(m.value(), mp);
        default -> f.unknown(m, ptr, ROLE_MEMBERS, "a role");
      }
    }
    if (o.member("trust") == null) {
      f.missing(o, ptr, "trust", "a role (its trust policy)");
    }
    return trust == null ? null
        : new Role(name, path, trust, policies, inline, boundary, max, tags, new Loc(ptr, o.start()));
  }

  private @Nullable Resource resource(String arn, JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "a resource object {\"policy\": {...}, \"tags\": {...}}");
    if (o == null) {
      return null;
    }
    Doc policy = null;
    Map<String, String> tags = Map.of();
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "policy" -> policy = doc("policy", m.value(), mp);
        case "tags" -> tags = tags(m.value(), mp);
        default -> f.unknown(m, ptr, RESOURCE_MEMBERS, "a resource");
      }
    }
    return new Resource(arn, policy, tags, new Loc(ptr, o.start()));
  }

  private Map<String, String> tags(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an object of tag values by key");
    Map<String, String> out = new LinkedHashMap<>();
    if (o != null) {
      for (JsonValue.Member m : o.members()) {
        String value = f.string(m.value(), Pointers.child(ptr, m.name()), "the value of tag " + IamException.quote(m.name()));
        if (value != null) {
          out.put(m.name(), value);
        }
      }
    }
    return out;
  }

  private List<Doc> docs(JsonValue v, String ptr, String what) {
    JsonValue.Obj o = f.object(v, ptr, "an object of " + what);
    List<Doc> out = new ArrayList<>();
    if (o != null) {
      for (JsonValue.Member m : o.members()) {
        add(out, doc(m.name(), m.value(), Pointers.child(ptr, m.name())));
      }
    }
    return out;
  }

  private @Nullable Doc doc(String name, JsonValue v, String ptr) {
    if (name.equals(FULL_AWS_ACCESS) && v instanceof JsonValue.Obj o && o.members().isEmpty()
        && ptr.contains("/scps/")) {
      // "FullAWSAccess": {} names AWS's policy of that name, attached to every level by default (S9)
      return new Doc(name, fullAwsAccess(), FULL_AWS_ACCESS_TEXT, new Loc(ptr, v.start()), null);
    }
    Policy p = f.policy(v, ptr);
    // f.policy reads only objects
    return p == null || !(v instanceof JsonValue.Obj o) ? null
        : new Doc(name, p, f.textOf(v), new Loc(ptr, v.start()), o);
  }

  private List<Ref> refs(JsonValue v, String ptr, String what) {
    JsonValue.Arr a = f.array(v, ptr, "an array of " + what);
    List<Ref> out = new ArrayList<>();
    if (a != null) {
      for (int i = 0; i < a.elements().size(); i++) {
        add(out, ref(a.elements().get(i), Pointers.child(ptr, i), "each entry"));
      }
    }
    return out;
  }

  private @Nullable Ref ref(JsonValue v, String ptr, String what) {
    String s = f.nonEmpty(v, ptr, what);
    return s == null ? null : new Ref(s, new Loc(ptr, v.start()));
  }

  /** AWS's FullAWSAccess SCP (its one owner: {@link OrganizationPolicies#FULL_AWS_ACCESS}). */
  public static Policy fullAwsAccess() {
    return OrganizationPolicies.FULL_AWS_ACCESS.policy();
  }

  private static String orDefault(@Nullable String value, String fallback) {
    return value == null ? fallback : value;
  }
}
