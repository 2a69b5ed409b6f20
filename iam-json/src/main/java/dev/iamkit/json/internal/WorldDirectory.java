package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.AwsErrorException;
import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.credentials.AccessKeyStatus;
import dev.iamkit.core.credentials.PasswordHash;
import dev.iamkit.core.credentials.Totp;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.directory.MalformedPolicyDocumentException;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.identity.Organization;
import dev.iamkit.core.identity.OrganizationalUnit;
import dev.iamkit.core.identity.Role;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.json.internal.WorldSpec.Account;
import dev.iamkit.json.internal.WorldSpec.Doc;
import dev.iamkit.json.internal.WorldSpec.Group;
import dev.iamkit.json.internal.WorldSpec.Loc;
import dev.iamkit.json.internal.WorldSpec.Ref;
import dev.iamkit.json.internal.WorldSpec.Resource;
import dev.iamkit.json.internal.WorldSpec.Unit;
import dev.iamkit.json.internal.WorldSpec.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Directory} from a {@link WorldSpec} through the directory's own operations, so a world
 * obeys every rule IAM applies (names, paths, quotas, policy validation, references), and reports what the
 * directory refuses at the JSON pointer where it was written. Not thread-safe; one per build.
 */
public final class WorldDirectory {
  /** Name of the virtual MFA device the world gives the root user. */
  public static final String ROOT_MFA_NAME = "root-account-mfa-device";

  private final Problems problems;
  private final Directory.Builder b;
  private final SecureRandom random;

  private WorldDirectory(Problems problems, Directory.Builder builder, SecureRandom random) {
    this.problems = problems;
    this.b = builder;
    this.random = random;
  }

  /**
   * Builds the directory of {@code spec}, or returns null after reporting the first thing the directory
   * refuses. When {@code warn}, a world the directory accepts gets the validator's warnings of its policies (see
   * {@link #warnings}).
   *
   * @param iterations the PBKDF2 cost of the passwords hashed
   * @param warn whether to report the validator's warnings of the world's policies
   */
  public static @Nullable Directory build(WorldSpec.World spec, Problems problems, Clock clock, SecureRandom random,
      int iterations, boolean warn) {
    Directory.Builder builder = Directory.builder(clock, random).passwordHashIterations(iterations);
    WorldDirectory w = new WorldDirectory(problems, builder, random);
    if (!w.world(spec)) {
      return null;
    }
    Directory d = builder.build();
    if (warn) {
      w.warnings(spec);
    }
    return d;
  }

  /**
   * Reports the standard validator's warnings of every policy of an accepted world (S1.11), such as an action no
   * service defines or a set qualifier on a single-valued key, each as the kind its operation stores it as: the
   * directory's operations refuse the errors only, so a world would otherwise give no hint of them. They never
   * make the world invalid.
   */
  private void warnings(WorldSpec.World spec) {
    spec.awsManaged().forEach(d -> warn(d, PolicyKind.IDENTITY));
    WorldSpec.Org org = spec.organization();
    if (org != null) {
      warnings(org.root());
    }
    for (Account a : spec.accounts()) {
      a.policies().forEach(d -> warn(d, PolicyKind.IDENTITY));
      a.groups().forEach(g -> g.inline().forEach(d -> warn(d, PolicyKind.IDENTITY)));
      a.users().forEach(u -> u.inline().forEach(d -> warn(d, PolicyKind.IDENTITY)));
      for (WorldSpec.Role r : a.roles()) {
        warn(r.trust(), PolicyKind.TRUST);
        r.inline().forEach(d -> warn(d, PolicyKind.IDENTITY));
      }
      for (Resource r : a.resources()) {
        Doc d = r.policy();
        if (d != null) {
          warn(d, PolicyKind.RESOURCE);
        }
      }
    }
  }

  private void warnings(Unit u) {
    List<Doc> scps = u.scps();
    if (scps != null) {
      scps.forEach(d -> warn(d, PolicyKind.SCP));
    }
    u.rcps().forEach(d -> warn(d, PolicyKind.RCP));
    u.units().forEach(this::warnings);
  }

  private void warn(Doc d, PolicyKind kind) {
    JsonValue.Obj tree = d.tree();
    if (tree != null) {
      PolicyReferences.validate(d.policy(), kind, tree, d.text(), d.loc().pointer(), problems, true);
    }
  }

  /** The serial number of the virtual MFA device the world gives a user (root: {@link #ROOT_MFA_NAME}). */
  public static String mfaSerial(String account, @Nullable String userName) {
    return "arn:aws:iam::" + account + ":mfa/" + (userName == null ? ROOT_MFA_NAME : userName);
  }

  /** Runs one directory operation; false after reporting its refusal at {@code loc}. */
  private boolean run(Loc loc, Runnable operation) {
    return run(loc, loc, operation);
  }

  /** Runs one operation; a malformed policy is reported inside {@code policyLoc}, anything else at {@code loc}. */
  private boolean run(Loc loc, Loc policyLoc, Runnable operation) {
    try {
      operation.run();
      return true;
    } catch (MalformedPolicyDocumentException e) {
      PolicyProblem first = e.problems().isEmpty() ? null : e.problems().get(0);
      String pointer = first == null || first.pointer().isEmpty() ? policyLoc.pointer()
          : policyLoc.pointer() + first.pointer();
      problems.error(first == null ? ProblemCode.WRONG_TYPE : first.code(), "MalformedPolicyDocument: "
          + (first == null ? e.getMessage() : first.message()), pointer, policyLoc.offset());
      return false;
    } catch (AwsErrorException e) {
      problems.error(code(e.errorCode()), e.errorCode() + ": " + e.getMessage(), loc.pointer(), loc.offset());
      return false;
    } catch (IllegalArgumentException e) {
      problems.error(ProblemCode.WRONG_TYPE, String.valueOf(e.getMessage()), loc.pointer(), loc.offset());
      return false;
    }
  }

  private static ProblemCode code(String errorCode) {
    return switch (errorCode) {
      case "NoSuchEntity" -> ProblemCode.MISSING_ELEMENT;
      case "EntityAlreadyExists" -> ProblemCode.DUPLICATE_KEY;
      case "LimitExceeded" -> ProblemCode.SIZE_LIMIT_EXCEEDED;
      default -> ProblemCode.WRONG_TYPE;
    };
  }

  private boolean world(WorldSpec.World spec) {
    boolean ok = true;
    for (Doc d : spec.awsManaged()) {
      ok &= run(d.loc(), () -> b.awsManagedPolicy(d.name(), d.policy()));
    }
    Set<AccountId> created = new HashSet<>();
    List<AccountId> ids = new ArrayList<>();
    for (Account a : spec.accounts()) {
      AccountId id = AccountId.tryParse(a.id()).orElse(null);
      if (id == null) {
        problems.error(ProblemCode.WRONG_TYPE, "Expected a 12-digit account ID as the name of an account, found "
            + IamException.quote(a.id()), a.loc().pointer(), a.loc().offset());
        ok = false;
        ids.add(null);
        continue;
      }
      ok &= run(a.loc(), () -> b.createAccount(id));
      created.add(id);
      ids.add(id);
    }
    if (!ok) {
      return false;
    }
    WorldSpec.Org org = spec.organization();
    if (org != null) {
      ok &= organization(org, created);
    }
    // policies first: users, groups and roles refer to them, also across accounts
    for (int i = 0; i < spec.accounts().size(); i++) {
      Account a = spec.accounts().get(i);
      AccountId id = ids.get(i);
      for (Doc d : a.policies()) {
        ok &= run(d.loc(), () -> b.createPolicy(id, "/", d.name(), d.policy()));
      }
    }
    for (int i = 0; i < spec.accounts().size() && ok; i++) {
      ok &= account(spec.accounts().get(i), ids.get(i));
    }
    return ok;
  }

  private boolean organization(WorldSpec.Org org, Set<AccountId> created) {
    AccountId management = AccountId.tryParse(org.managementAccount()).orElse(null);
    if (management == null) {
      problems.error(ProblemCode.WRONG_TYPE, "Expected managementAccount to be a 12-digit account ID, found "
          + IamException.quote(org.managementAccount()), org.loc().pointer() + "/managementAccount", org.loc().offset());
      return false;
    }
    String rootId = "r-" + hex(org.id(), 4);
    OrganizationalUnit root = unit(org.root(), rootId, rootId.substring(2), created);
    if (root == null) {
      return false;
    }
    return run(org.loc(), () -> b.organization(new Organization(org.id(), management, root)));
  }

  private @Nullable OrganizationalUnit unit(Unit u, String id, String rootPart, Set<AccountId> created) {
    List<NamedPolicy> scps = new ArrayList<>();
    List<Doc> listed = u.scps();
    if (listed == null || listed.isEmpty()) {
      // AWS keeps at least one SCP on every target (FullAWSAccess unless replaced): a level that lists none has it
      scps.add(new NamedPolicy(WorldSpecReader.FULL_AWS_ACCESS, WorldSpecReader.fullAwsAccess()));
    } else {
      listed.forEach(d -> scps.add(new NamedPolicy(d.name(), d.policy())));
    }
    List<NamedPolicy> rcps = new ArrayList<>();
    u.rcps().forEach(d -> rcps.add(new NamedPolicy(d.name(), d.policy())));
    List<AccountId> accounts = new ArrayList<>();
    for (Ref r : u.accounts()) {
      AccountId a = AccountId.tryParse(r.value()).orElse(null);
      if (a == null) {
        problems.error(ProblemCode.WRONG_TYPE, "Expected a 12-digit account ID, found " + IamException.quote(r.value()),
            r.loc().pointer(), r.loc().offset());
        return null;
      }
      if (created.add(a) && !run(r.loc(), () -> b.createAccount(a))) {
        return null;
      }
      accounts.add(a);
    }
    List<OrganizationalUnit> units = new ArrayList<>();
    for (Unit child : u.units()) {
      OrganizationalUnit c = unit(child, "ou-" + rootPart + "-" + hex(u.loc().pointer() + "/" + child.name(), 8),
          rootPart, created);
      if (c == null) {
        return null;
      }
      units.add(c);
    }
    return new OrganizationalUnit(id, u.name(), scps, rcps, accounts, units);
  }

  /** {@code length} lower-case hex digits derived from {@code seed}: stable identifiers for a world's units. */
  private static String hex(String seed, int length) {
    long h = 1125899906842597L;
    for (int i = 0; i < seed.length(); i++) {
      h = 31 * h + seed.charAt(i);
    }
    String s = String.format(Locale.ROOT, "%016x", h);
    return s.substring(s.length() - length);
  }

  private boolean account(Account a, AccountId id) {
    boolean ok = true;
    WorldSpec.Root root = a.root();
    if (root != null) {
      WorldSpec.Secret password = root.password();
      WorldSpec.Secret hash = root.passwordHash();
      WorldSpec.Secret mfa = root.mfa();
      if (password != null) {
        ok &= run(password.loc(), () -> b.rootPassword(id, password.value()));
      }
      if (hash != null) {
        ok &= run(hash.loc(), () -> b.rootPasswordHash(id, PasswordHash.parse(hash.value())));
      }
      if (mfa != null) {
        ok &= run(mfa.loc(), () -> b.importRootMfaDevice(id, mfaSerial(id.value(), null), seed(mfa)));
      }
    }
    for (Group g : a.groups()) {
      ok &= run(g.loc(), () -> b.createGroup(id, g.path(), g.name()));
      for (Ref p : g.policies()) {
        ok &= run(p.loc(), () -> b.attachGroupPolicy(id, g.name(), policyArn(id, p.value())));
      }
      for (Doc d : g.inline()) {
        ok &= run(d.loc(), () -> b.putGroupPolicy(id, g.name(), d.name(), d.policy()));
      }
    }
    for (User u : a.users()) {
      ok &= run(u.loc(), () -> b.createUser(id, u.path(), u.name()));
      if (!ok) {
        return false;
      }
      for (Ref g : u.groups()) {
        ok &= run(g.loc(), () -> b.addUserToGroup(id, g.value(), u.name()));
      }
      for (Ref p : u.policies()) {
        ok &= run(p.loc(), () -> b.attachUserPolicy(id, u.name(), policyArn(id, p.value())));
      }
      for (Doc d : u.inline()) {
        ok &= run(d.loc(), () -> b.putUserPolicy(id, u.name(), d.name(), d.policy()));
      }
      Ref boundary = u.boundary();
      WorldSpec.Secret password = u.password();
      WorldSpec.Secret hash = u.passwordHash();
      WorldSpec.Secret mfa = u.mfa();
      if (boundary != null) {
        ok &= run(boundary.loc(), () -> b.putUserPermissionsBoundary(id, u.name(), policyArn(id, boundary.value())));
      }
      if (password != null) {
        ok &= run(password.loc(), () -> b.importLoginProfile(id, u.name(), password.value()));
      }
      if (hash != null) {
        ok &= run(hash.loc(), () -> b.importLoginProfileHash(id, u.name(), PasswordHash.parse(hash.value())));
      }
      for (WorldSpec.Key k : u.accessKeys()) {
        String secret = k.secret();
        ok &= run(k.loc(), () -> b.importAccessKey(id, u.name(), k.id(), secret == null ? unknownSecret() : secret,
            k.active() ? AccessKeyStatus.ACTIVE : AccessKeyStatus.INACTIVE));
      }
      if (mfa != null) {
        ok &= run(mfa.loc(), () -> b.importMfaDevice(id, u.name(), mfaSerial(id.value(), u.name()), seed(mfa)));
      }
      if (!u.tags().isEmpty()) {
        ok &= run(u.loc(), () -> b.tagUser(id, u.name(), u.tags()));
      }
    }
    for (WorldSpec.Role r : a.roles()) {
      Long requested = r.maxSessionDuration();
      int max = requested == null ? Role.DEFAULT_MAX_SESSION_DURATION
          : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, requested));
      ok &= run(r.loc(), r.trust().loc(), () -> b.createRole(id, r.path(), r.name(), r.trust().policy(), max));
      if (!ok) {
        return false;
      }
      for (Ref p : r.policies()) {
        ok &= run(p.loc(), () -> b.attachRolePolicy(id, r.name(), policyArn(id, p.value())));
      }
      for (Doc d : r.inline()) {
        ok &= run(d.loc(), () -> b.putRolePolicy(id, r.name(), d.name(), d.policy()));
      }
      Ref roleBoundary = r.boundary();
      if (roleBoundary != null) {
        ok &= run(roleBoundary.loc(),
            () -> b.putRolePermissionsBoundary(id, r.name(), policyArn(id, roleBoundary.value())));
      }
      if (!r.tags().isEmpty()) {
        ok &= run(r.loc(), () -> b.tagRole(id, r.name(), r.tags()));
      }
    }
    for (Resource r : a.resources()) {
      Doc d = r.policy();
      if (d != null) {
        ok &= run(d.loc(), () -> b.putResourcePolicy(id, r.arn(), d.policy()));
      }
      if (!r.tags().isEmpty() || d == null) {
        ok &= run(r.loc(), () -> b.tagResource(id, r.arn(), r.tags()));
      }
    }
    return ok;
  }

  /** A policy reference: an ARN as is, or the name of a customer managed policy of {@code account}. */
  private static String policyArn(AccountId account, String ref) {
    return ref.startsWith("arn:") ? ref : "arn:aws:iam::" + account.value() + ":policy/" + ref;
  }

  private String seed(WorldSpec.Secret mfa) {
    if (!mfa.value().isEmpty()) {
      return mfa.value();
    }
    byte[] key = new byte[20];
    random.nextBytes(key);
    return Totp.encodeBase32(key);
  }

  private String unknownSecret() {
    byte[] bytes = new byte[30];
    random.nextBytes(bytes);
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }
}
