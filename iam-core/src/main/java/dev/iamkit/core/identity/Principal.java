package dev.iamkit.core.identity;

import dev.iamkit.core.IamException;
import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.arn.ArnFormatException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The caller of a request, with the facets a Principal element can name (S2.4). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Principal alice = Principal.parse("arn:aws:iam::111122223333:user/alice");
 * Principal session = Principal.parse("arn:aws:sts::111122223333:assumed-role/Deploy/ci");
 * Principal lambda = Principal.service("lambda.amazonaws.com");
 * }</pre>
 */
public sealed interface Principal {

  /** The account of the principal; empty for services, web identities and anonymous callers. */
  Optional<AccountId> account();

  /** The principal's ARN (value of {@code aws:PrincipalArn}): root ARN, user ARN, role ARN (not the session ARN). */
  Optional<Arn> principalArn();

  /** The value of {@code aws:PrincipalType}, when AWS defines one for this principal (S5.1). */
  Optional<String> principalType();

  /** Whether the request was signed (everyone but {@link Anonymous}). */
  default boolean isAuthenticated() {
    return !(this instanceof Anonymous);
  }

  /**
   * Reads a principal ARN: {@code arn:P:iam::A:root}, {@code arn:P:iam::A:user/PATH/NAME},
   * {@code arn:P:sts::A:assumed-role/ROLE/SESSION} (role without path) or
   * {@code arn:P:sts::A:federated-user/NAME}; also the word {@code anonymous}.
   *
   * @throws ArnFormatException if the text is none of these
   */
  static Principal parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals("anonymous")) {
      return Anonymous.INSTANCE;
    }
    Arn arn = Arn.parse(text);
    AccountId account = AccountId.tryParse(arn.account()).orElseThrow(() -> new ArnFormatException(
        "Invalid principal ARN: expected a 12-digit account, found " + IamException.quote(arn.account()) + " in "
            + IamException.quote(text),
        text, 0));
    String service = arn.service();
    String res = arn.resource();
    if (service.equals("iam") && res.equals("root")) {
      return new RootUser(account, arn.partition());
    }
    if (service.equals("iam") && res.startsWith("user/") && res.length() > 5 && !res.endsWith("/")) {
      return IamUser.of(arn);
    }
    if (service.equals("sts") && res.startsWith("assumed-role/")) {
      String[] parts = res.split("/", -1);
      if (parts.length == 3 && !parts[1].isEmpty() && !parts[2].isEmpty()) {
        return RoleSession.of(arn);
      }
    }
    if (service.equals("sts") && res.startsWith("federated-user/") && res.length() > 15 && res.indexOf('/', 15) < 0) {
      return FederatedUser.of(arn);
    }
    if (service.equals("iam") && res.startsWith("role/") && res.length() > 5) {
      String name = res.substring(res.lastIndexOf('/') + 1);
      throw new ArnFormatException("Invalid principal: a role does not make requests, its sessions do: give the"
          + " session ARN, such as \"arn:" + arn.partition() + ":sts::" + account + ":assumed-role/" + name
          + "/SESSION\", found " + IamException.quote(text), text, 0);
    }
    throw new ArnFormatException("Invalid principal: expected a root, user, assumed-role or federated-user ARN, found "
        + IamException.quote(text), text, 0);
  }

  /** An AWS service principal such as {@code lambda.amazonaws.com}. */
  static Principal service(String name) {
    return new ServicePrincipal(name);
  }

  /** The unsigned caller. */
  static Principal anonymous() {
    return Anonymous.INSTANCE;
  }

  /** The root user of an account (S6.11). */
  record RootUser(AccountId accountId, String partition) implements Principal {
    public RootUser {
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(partition, "partition");
    }

    /** {@code arn:P:iam::A:root}. */
    public Arn arn() {
      return accountId.rootArn(partition);
    }

    @Override
    public Optional<AccountId> account() {
      return Optional.of(accountId);
    }

    @Override
    public Optional<Arn> principalArn() {
      return Optional.of(arn());
    }

    @Override
    public Optional<String> principalType() {
      return Optional.of("Account");
    }
  }

  /**
   * An IAM user, {@code arn:P:iam::A:user/PATH/NAME}, with its {@code AIDA...} unique ID when known. Equal by ARN
   * and unique ID.
   */
  final class IamUser implements Principal {
    private final Arn arn;
    private final @Nullable String uniqueId;
    private int hash;

    private IamUser(Arn arn, @Nullable String uniqueId) {
      Objects.requireNonNull(arn, "arn");
      if (!arn.service().equals("iam") || !arn.resource().startsWith("user/") || arn.accountId().isEmpty()) {
        throw new ArnFormatException("Not an IAM user ARN: " + IamException.quote(arn.toString()), arn.toString(),
            0);
      }
      this.arn = arn;
      this.uniqueId = uniqueId;
    }

    /**
     * The user with ARN {@code arn} (path included), unique ID unknown.
     *
     * @throws ArnFormatException if {@code arn} is not an IAM user ARN
     */
    public static IamUser of(Arn arn) {
      return new IamUser(arn, null);
    }

    /**
     * The user with ARN {@code arn} (path included) and unique ID {@code uniqueId} ({@code AIDA...}).
     *
     * @throws ArnFormatException if {@code arn} is not an IAM user ARN
     */
    public static IamUser of(Arn arn, String uniqueId) {
      return new IamUser(arn, Objects.requireNonNull(uniqueId, "uniqueId"));
    }

    /** The user ARN, path included. */
    public Arn arn() {
      return arn;
    }

    /** The {@code AIDA...} unique ID, when known. */
    public Optional<String> uniqueId() {
      return Optional.ofNullable(uniqueId);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof IamUser u && arn.equals(u.arn) && Objects.equals(uniqueId, u.uniqueId);
    }

    @Override
    public int hashCode() {
      int h = hash;
      if (h == 0) {
        h = Objects.hash(arn, uniqueId);
        hash = h; // remembered: a principal is looked up per request (a race only repeats the work)
      }
      return h;
    }

    @Override
    public String toString() {
      return "IamUser[arn=" + arn + (uniqueId == null ? "" : ", uniqueId=" + uniqueId) + "]";
    }

    /** The friendly name: the last path segment. */
    public String name() {
      String r = arn.resource();
      return r.substring(r.lastIndexOf('/') + 1);
    }

    @Override
    public Optional<AccountId> account() {
      return arn.accountId();
    }

    @Override
    public Optional<Arn> principalArn() {
      return Optional.of(arn);
    }

    @Override
    public Optional<String> principalType() {
      return Optional.of("User");
    }
  }

  /**
   * A session of an IAM role (S2.4): session ARN {@code arn:P:sts::A:assumed-role/ROLE/SESSION} and role
   * ARN {@code arn:P:iam::A:role/PATH/ROLE}, with the role's {@code AROA...} unique ID when known. Equal by the
   * three.
   */
  final class RoleSession implements Principal {
    private final Arn sessionArn;
    private final Arn roleArn;
    private final @Nullable String roleUniqueId;
    private int hash;

    private RoleSession(Arn sessionArn, Arn roleArn, @Nullable String roleUniqueId) {
      Objects.requireNonNull(sessionArn, "sessionArn");
      Objects.requireNonNull(roleArn, "roleArn");
      String[] parts = sessionArn.resource().split("/", -1);
      if (!sessionArn.service().equals("sts") || parts.length != 3 || !parts[0].equals("assumed-role")
          || parts[1].isEmpty() || parts[2].isEmpty() || sessionArn.accountId().isEmpty()) {
        throw new ArnFormatException("Not an assumed-role session ARN: " + IamException.quote(sessionArn.toString()),
            sessionArn.toString(), 0);
      }
      if (!roleArn.service().equals("iam") || !roleArn.resource().startsWith("role/")) {
        throw new ArnFormatException("Not an IAM role ARN: " + IamException.quote(roleArn.toString()),
            roleArn.toString(), 0);
      }
      String roleName = roleArn.resource().substring(roleArn.resource().lastIndexOf('/') + 1);
      if (!roleName.equals(parts[1]) || !roleArn.account().equals(sessionArn.account())
          || !roleArn.partition().equals(sessionArn.partition())) {
        throw new ArnFormatException("Role ARN " + IamException.quote(roleArn.toString())
            + " does not belong to session " + IamException.quote(sessionArn.toString()),
            roleArn.toString(), 0);
      }
      this.sessionArn = sessionArn;
      this.roleArn = roleArn;
      this.roleUniqueId = roleUniqueId;
    }

    /**
     * A session {@code sessionArn} (no path) of the role {@code roleArn} (path included), role unique ID unknown.
     *
     * @throws ArnFormatException if the ARNs are not a session and its role
     */
    public static RoleSession of(Arn sessionArn, Arn roleArn) {
      return new RoleSession(sessionArn, roleArn, null);
    }

    /**
     * A session {@code sessionArn} of the role {@code roleArn} whose unique ID is {@code roleUniqueId}
     * ({@code AROA...}).
     *
     * @throws ArnFormatException if the ARNs are not a session and its role
     */
    public static RoleSession of(Arn sessionArn, Arn roleArn, String roleUniqueId) {
      return new RoleSession(sessionArn, roleArn, Objects.requireNonNull(roleUniqueId, "roleUniqueId"));
    }

    /** The assumed-role ARN (no path). */
    public Arn sessionArn() {
      return sessionArn;
    }

    /** The role ARN, path included. */
    public Arn roleArn() {
      return roleArn;
    }

    /** The role's {@code AROA...} unique ID, when known. */
    public Optional<String> roleUniqueId() {
      return Optional.ofNullable(roleUniqueId);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof RoleSession r && sessionArn.equals(r.sessionArn) && roleArn.equals(r.roleArn)
          && Objects.equals(roleUniqueId, r.roleUniqueId);
    }

    @Override
    public int hashCode() {
      int h = hash;
      if (h == 0) {
        h = Objects.hash(sessionArn, roleArn, roleUniqueId);
        hash = h; // remembered: a principal is looked up per request (a race only repeats the work)
      }
      return h;
    }

    @Override
    public String toString() {
      return "RoleSession[sessionArn=" + sessionArn + ", roleArn=" + roleArn
          + (roleUniqueId == null ? "" : ", roleUniqueId=" + roleUniqueId) + "]";
    }

    /**
     * A session whose role has the path {@code /}.
     *
     * @throws ArnFormatException if {@code sessionArn} is not an assumed-role ARN
     */
    public static RoleSession of(Arn sessionArn) {
      String[] parts = sessionArn.resource().split("/", -1);
      if (parts.length != 3) {
        throw new ArnFormatException("Not an assumed-role session ARN: " + IamException.quote(sessionArn.toString()),
            sessionArn.toString(), 0);
      }
      return new RoleSession(sessionArn,
          Arn.of(sessionArn.partition(), "iam", "", sessionArn.account(), "role/" + parts[1]), null);
    }

    /** The role's friendly name. */
    public String roleName() {
      return sessionArn.resource().split("/", -1)[1];
    }

    /** The session name. */
    public String sessionName() {
      return sessionArn.resource().split("/", -1)[2];
    }

    /** Whether the role is service-linked: its path starts with {@code /aws-service-role/} (S6.6). */
    public boolean isServiceLinkedRole() {
      return roleArn.resource().startsWith("role/aws-service-role/");
    }

    @Override
    public Optional<AccountId> account() {
      return sessionArn.accountId();
    }

    @Override
    public Optional<Arn> principalArn() {
      return Optional.of(roleArn);
    }

    @Override
    public Optional<String> principalType() {
      return Optional.of("AssumedRole");
    }
  }

  /**
   * A federated user from GetFederationToken, {@code arn:P:sts::A:federated-user/NAME} (S6.15), with the IAM user
   * who called GetFederationToken when known. Equal by both.
   */
  final class FederatedUser implements Principal {
    private final Arn arn;
    private final @Nullable Arn federatingUser;

    private FederatedUser(Arn arn, @Nullable Arn federatingUser) {
      Objects.requireNonNull(arn, "arn");
      if (!arn.service().equals("sts") || !arn.resource().startsWith("federated-user/") || arn.accountId().isEmpty()) {
        throw new ArnFormatException("Not a federated-user ARN: " + IamException.quote(arn.toString()),
            arn.toString(), 0);
      }
      this.arn = arn;
      this.federatingUser = federatingUser;
    }

    /**
     * The federated user {@code arn}, federating user unknown.
     *
     * @throws ArnFormatException if {@code arn} is not a federated-user ARN
     */
    public static FederatedUser of(Arn arn) {
      return new FederatedUser(arn, null);
    }

    /**
     * The federated user {@code arn}, created by the IAM user {@code federatingUser}.
     *
     * @throws ArnFormatException if {@code arn} is not a federated-user ARN
     */
    public static FederatedUser of(Arn arn, Arn federatingUser) {
      return new FederatedUser(arn, Objects.requireNonNull(federatingUser, "federatingUser"));
    }

    /** The federated-user ARN. */
    public Arn arn() {
      return arn;
    }

    /** The IAM user who called GetFederationToken, when known. */
    public Optional<Arn> federatingUser() {
      return Optional.ofNullable(federatingUser);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof FederatedUser f && arn.equals(f.arn) && Objects.equals(federatingUser, f.federatingUser);
    }

    @Override
    public int hashCode() {
      return Objects.hash(arn, federatingUser);
    }

    @Override
    public String toString() {
      return "FederatedUser[arn=" + arn + (federatingUser == null ? "" : ", federatingUser=" + federatingUser) + "]";
    }

    /** The federated user's name. */
    public String name() {
      return arn.resource().substring("federated-user/".length());
    }

    @Override
    public Optional<AccountId> account() {
      return arn.accountId();
    }

    @Override
    public Optional<Arn> principalArn() {
      return Optional.of(arn);
    }

    @Override
    public Optional<String> principalType() {
      return Optional.of("FederatedUser");
    }
  }

  /**
   * A user of an external identity provider calling AssumeRoleWithWebIdentity or AssumeRoleWithSAML,
   * named in trust policies by {@code {"Federated": PROVIDER}} (S2.4).
   *
   * @param provider the OIDC provider name or SAML provider ARN
   */
  record WebIdentityUser(String provider) implements Principal {
    public WebIdentityUser {
      Objects.requireNonNull(provider, "provider");
      if (provider.isEmpty()) {
        throw new IllegalArgumentException("provider must not be empty");
      }
    }

    @Override
    public Optional<AccountId> account() {
      return Optional.empty();
    }

    @Override
    public Optional<Arn> principalArn() {
      return Optional.empty();
    }

    @Override
    public Optional<String> principalType() {
      return Optional.empty();
    }
  }

  /**
   * An AWS service acting as itself (S6.13), such as {@code cloudtrail.amazonaws.com}. Names compare
   * ignoring case (S1.12); {@link #name()} is lower-cased.
   */
  record ServicePrincipal(String name) implements Principal {
    public ServicePrincipal {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("service principal name must not be empty");
      }
      name = name.toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<AccountId> account() {
      return Optional.empty();
    }

    @Override
    public Optional<Arn> principalArn() {
      return Optional.empty();
    }

    @Override
    public Optional<String> principalType() {
      return Optional.empty();
    }
  }

  /** An unsigned request (S6.12). */
  enum Anonymous implements Principal {
    INSTANCE;

    @Override
    public Optional<AccountId> account() {
      return Optional.empty();
    }

    @Override
    public Optional<Arn> principalArn() {
      return Optional.empty();
    }

    @Override
    public Optional<String> principalType() {
      return Optional.of("Anonymous");
    }
  }
}
