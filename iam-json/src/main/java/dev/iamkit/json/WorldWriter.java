package dev.iamkit.json;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.credentials.AccessKey;
import dev.iamkit.core.credentials.LoginProfile;
import dev.iamkit.core.credentials.MfaDevice;
import dev.iamkit.core.directory.Account;
import dev.iamkit.core.directory.AwsResource;
import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.directory.ManagedPolicy;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.identity.Group;
import dev.iamkit.core.identity.Organization;
import dev.iamkit.core.identity.OrganizationalUnit;
import dev.iamkit.core.identity.Role;
import dev.iamkit.core.identity.User;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.json.internal.JsonOutput;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a {@link Directory} as a world file (README, "Scenarios: users, roles and credentials") that
 * {@link WorldReader} reads back into the same directory (written again, it gives the same text). Immutable
 * and thread-safe.
 *
 * <p>{@link #standard()} writes no secret: access keys without their secret, MFA devices without their seed,
 * and no password or password hash. Reading such an export gives keys and devices whose secrets nobody knows
 * and users who cannot sign in. {@link #withSecrets()} writes them all, for a world that is to be loaded again:
 * access key secrets and MFA seeds in clear, passwords as their salted hash ({@code passwordHash}); the
 * clear password is never kept, so it can never be written.
 *
 * <p>Output is indented with two spaces, without a final line break; members in a fixed order, policies in
 * {@link PolicyWriter}'s canonical form. Customer managed policies are written with their default version,
 * and references to policies of the same account with path {@code /} by name, others by ARN.
 */
public final class WorldWriter {
  private static final WorldWriter STANDARD = new WorldWriter(false);
  private static final WorldWriter WITH_SECRETS = new WorldWriter(true);

  private final boolean secrets;

  private WorldWriter(boolean secrets) {
    this.secrets = secrets;
  }

  /** A writer that leaves every secret out. */
  public static WorldWriter standard() {
    return STANDARD;
  }

  /** A writer that includes access key secrets, MFA seeds and password hashes. */
  public static WorldWriter withSecrets() {
    return WITH_SECRETS;
  }

  /** The directory as world JSON. */
  public String write(Directory directory) {
    Objects.requireNonNull(directory, "directory");
    StringWriter out = new StringWriter();
    write(directory, out);
    return out.toString();
  }

  /**
   * Writes the directory to {@code out}, which is flushed but not closed.
   *
   * @throws UncheckedIOException if writing fails
   */
  public void write(Directory directory, Writer out) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = JsonOutput.generator(out, true)) {
      world(g, directory);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  private void world(JsonGenerator g, Directory d) {
    g.writeStartObject();
    if (!d.awsManagedPolicies().isEmpty()) {
      g.writeName("awsManagedPolicies");
      g.writeStartObject();
      for (Map.Entry<String, ManagedPolicy> e : d.awsManagedPolicies().entrySet()) {
        g.writeName(e.getKey());
        PolicyWriter.writeValue(g, e.getValue().document());
      }
      g.writeEndObject();
    }
    Optional<Organization> org = d.organization();
    if (org.isPresent()) {
      g.writeName("organization");
      g.writeStartObject();
      g.writeStringProperty("id", org.get().id());
      g.writeStringProperty("managementAccount", org.get().managementAccount().value());
      g.writeName("root");
      unit(g, org.get().root());
      g.writeEndObject();
    }
    g.writeName("accounts");
    g.writeStartObject();
    for (Account a : d.accounts().values()) {
      g.writeName(a.id().value());
      account(g, a);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void unit(JsonGenerator g, OrganizationalUnit u) {
    g.writeStartObject();
    namedPolicies(g, "scps", u.scps(), true);
    namedPolicies(g, "rcps", u.rcps(), false);
    if (!u.accounts().isEmpty()) {
      g.writeName("accounts");
      g.writeStartArray();
      for (AccountId a : u.accounts()) {
        g.writeString(a.value());
      }
      g.writeEndArray();
    }
    if (!u.units().isEmpty()) {
      g.writeName("units");
      g.writeStartObject();
      for (OrganizationalUnit child : u.units()) {
        g.writeName(child.name());
        unit(g, child);
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void namedPolicies(JsonGenerator g, String name, List<NamedPolicy> policies, boolean always) {
    if (policies.isEmpty() && !always) {
      return;
    }
    g.writeName(name);
    g.writeStartObject();
    for (NamedPolicy p : policies) {
      g.writeName(p.name());
      PolicyWriter.writeValue(g, p.policy());
    }
    g.writeEndObject();
  }

  private void account(JsonGenerator g, Account a) {
    g.writeStartObject();
    Optional<LoginProfile> rootLogin = a.root().loginProfile();
    List<MfaDevice> rootMfa = a.root().mfaDevices();
    if ((secrets && rootLogin.isPresent()) || !rootMfa.isEmpty()) {
      g.writeName("root");
      g.writeStartObject();
      if (secrets && rootLogin.isPresent()) {
        g.writeStringProperty("passwordHash", rootLogin.get().passwordHash().encoded());
      }
      if (!rootMfa.isEmpty()) {
        mfa(g, rootMfa.get(0));
      }
      g.writeEndObject();
    }
    if (!a.policies().isEmpty()) {
      g.writeName("policies");
      g.writeStartObject();
      for (ManagedPolicy p : a.policies().values()) {
        g.writeName(p.name());
        PolicyWriter.writeValue(g, p.document());
      }
      g.writeEndObject();
    }
    if (!a.groups().isEmpty()) {
      g.writeName("groups");
      g.writeStartObject();
      for (Group group : a.groups().values()) {
        g.writeName(group.name());
        g.writeStartObject();
        g.writeStringProperty("path", group.path());
        refs(g, "policies", group.attachedPolicies(), a.id());
        inline(g, group.inlinePolicies());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    if (!a.users().isEmpty()) {
      g.writeName("users");
      g.writeStartObject();
      for (User u : a.users().values()) {
        g.writeName(u.name());
        user(g, u, a.id());
      }
      g.writeEndObject();
    }
    if (!a.roles().isEmpty()) {
      g.writeName("roles");
      g.writeStartObject();
      for (Role r : a.roles().values()) {
        g.writeName(r.name());
        g.writeStartObject();
        g.writeStringProperty("path", r.path());
        g.writeName("trust");
        PolicyWriter.writeValue(g, r.trustPolicy());
        refs(g, "policies", r.attachedPolicies(), a.id());
        inline(g, r.inlinePolicies());
        r.permissionsBoundary().ifPresent(b -> g.writeStringProperty("boundary", ref(b, a.id())));
        g.writeNumberProperty("maxSessionDuration", r.maxSessionDurationSeconds());
        tags(g, r.tags());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    if (!a.resources().isEmpty()) {
      g.writeName("resources");
      g.writeStartObject();
      for (AwsResource r : a.resources().values()) {
        g.writeName(r.arn());
        g.writeStartObject();
        if (r.policy().isPresent()) {
          g.writeName("policy");
          PolicyWriter.writeValue(g, r.policy().get());
        }
        tags(g, r.tags());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void user(JsonGenerator g, User u, AccountId account) {
    g.writeStartObject();
    g.writeStringProperty("path", u.path());
    if (!u.groups().isEmpty()) {
      g.writeName("groups");
      g.writeStartArray();
      for (String group : u.groups()) {
        g.writeString(group);
      }
      g.writeEndArray();
    }
    refs(g, "policies", u.attachedPolicies(), account);
    inline(g, u.inlinePolicies());
    u.permissionsBoundary().ifPresent(b -> g.writeStringProperty("boundary", ref(b, account)));
    if (secrets && u.loginProfile().isPresent()) {
      g.writeStringProperty("passwordHash", u.loginProfile().get().passwordHash().encoded());
    }
    if (!u.accessKeys().isEmpty()) {
      g.writeName("accessKeys");
      g.writeStartArray();
      for (AccessKey k : u.accessKeys()) {
        g.writeStartObject();
        g.writeStringProperty("id", k.accessKeyId());
        if (secrets) {
          g.writeStringProperty("secret", k.secretAccessKey().reveal());
        }
        g.writeStringProperty("status", k.status().awsName());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!u.mfaDevices().isEmpty()) {
      mfa(g, u.mfaDevices().get(0));
    }
    tags(g, u.tags());
    g.writeEndObject();
  }

  private void mfa(JsonGenerator g, MfaDevice device) {
    g.writeName("mfa");
    g.writeStartObject();
    if (secrets) {
      g.writeStringProperty("secret", device.base32Seed().reveal());
    }
    g.writeEndObject();
  }

  private static void refs(JsonGenerator g, String name, List<Arn> arns, AccountId account) {
    if (arns.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (Arn arn : arns) {
      g.writeString(ref(arn, account));
    }
    g.writeEndArray();
  }

  /** A policy reference: the name of a policy of {@code account} with path {@code /}, else the ARN. */
  private static String ref(Arn arn, AccountId account) {
    String res = arn.resource();
    if (arn.account().equals(account.value()) && res.startsWith("policy/") && res.indexOf('/', 7) < 0) {
      return res.substring(7);
    }
    return arn.toString();
  }

  private static void inline(JsonGenerator g, Map<String, Policy> policies) {
    if (policies.isEmpty()) {
      return;
    }
    g.writeName("inline");
    g.writeStartObject();
    for (Map.Entry<String, Policy> e : policies.entrySet()) {
      g.writeName(e.getKey());
      PolicyWriter.writeValue(g, e.getValue());
    }
    g.writeEndObject();
  }

  private static void tags(JsonGenerator g, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    g.writeName("tags");
    g.writeStartObject();
    for (Map.Entry<String, String> e : tags.entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  @Override
  public String toString() {
    return secrets ? "WorldWriter.withSecrets()" : "WorldWriter.standard()";
  }
}
