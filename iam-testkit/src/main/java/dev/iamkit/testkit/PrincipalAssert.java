package dev.iamkit.testkit;

import dev.iamkit.core.directory.Iam;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Questions about one principal of a directory, asked by {@link AbstractDirectoryAssert#principal}:
 * {@link #can}/{@link #cannot} an action on a resource, {@link #canAssume}/{@link #cannotAssume} a role.
 * Context keys set with {@link #withContext} apply to every following question of this principal.
 *
 * <pre>{@code
 * assertThat(iam).principal("arn:aws:iam::111122223333:user/alice")
 *     .can("s3:GetObject", "s3:ListBucket").on("arn:aws:s3:::reports", "arn:aws:s3:::reports/q1.csv")
 *     .cannotAssume("arn:aws:iam::111122223333:role/Admin");
 * }</pre>
 *
 * <p>Mutable and not thread-safe, like every assert object.
 *
 * @param <SELF> the directory assert to return to
 */
public final class PrincipalAssert<SELF extends AbstractDirectoryAssert<SELF, ?>> {
  private final SELF directoryAssert;
  private final Iam service;
  private final Session session;
  private final Map<String, ContextValue> context = new LinkedHashMap<>();

  PrincipalAssert(SELF directoryAssert, Iam service, Session session) {
    this.directoryAssert = directoryAssert;
    this.service = service;
    this.session = session;
  }

  /** The session the questions are asked with (see {@link Iam#sessionOf}). */
  public Session session() {
    return session;
  }

  /**
   * A request context key of the following questions, with its values as text typed by the key's known
   * type ({@link ContextValue#forKey}): {@code withContext("aws:SourceIp", "203.0.113.5")} is an IP address.
   */
  public PrincipalAssert<SELF> withContext(String key, String... values) {
    return withContext(key, ContextValue.forKey(Objects.requireNonNull(key, "key"), values));
  }

  /** A request context key of the following questions, with a typed value. */
  public PrincipalAssert<SELF> withContext(String key, ContextValue value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    AbstractPolicyAssert.putContext(context, key, value);
    return this;
  }

  /** Asks whether the principal may perform every one of {@code actions}; {@link PrincipalQuestion#on} names the resource. */
  public PrincipalQuestion<SELF> can(String... actions) {
    return new PrincipalQuestion<>(this, true, actions(actions), context);
  }

  /**
   * Asks whether the principal may perform none of {@code actions} (denied by the policies, or refused by the
   * service whatever they say, {@link Iam#serviceRefusal}).
   */
  public PrincipalQuestion<SELF> cannot(String... actions) {
    return new PrincipalQuestion<>(this, false, actions(actions), context);
  }

  /**
   * The principal may assume {@code roleArn}: {@link Iam#assumeRole} with this principal as the caller (the
   * role's trust policy and the caller's own policies, S6.14, S8.2) issues a session. On failure the message
   * names STS's error and the evaluation that refused.
   */
  public PrincipalAssert<SELF> canAssume(String roleArn) {
    Objects.requireNonNull(roleArn, "roleArn");
    directoryAssert.checkAssume(service, session, true, roleArn, context);
    return this;
  }

  /** {@link Iam#assumeRole} refuses this principal {@code roleArn} (see {@link #canAssume}). */
  public PrincipalAssert<SELF> cannotAssume(String roleArn) {
    Objects.requireNonNull(roleArn, "roleArn");
    directoryAssert.checkAssume(service, session, false, roleArn, context);
    return this;
  }

  /** Moves on to another principal of the same directory (see {@link AbstractDirectoryAssert#principal(String)}). */
  public PrincipalAssert<SELF> principal(String principalArn) {
    return directoryAssert.principal(principalArn);
  }

  /** Moves on to another principal of the same directory. */
  public PrincipalAssert<SELF> principal(Principal principal) {
    return directoryAssert.principal(principal);
  }

  /** The directory assert, for its other checks. */
  public SELF and() {
    return directoryAssert;
  }

  void check(boolean expectAllow, List<String> actions, Map<String, ContextValue> given, String resource) {
    directoryAssert.checkAccess(service, session, expectAllow, actions, given, resource);
  }

  private static List<String> actions(String... actions) {
    Objects.requireNonNull(actions, "actions");
    if (actions.length == 0) {
      throw new IllegalArgumentException("Name at least one action, such as \"s3:GetObject\"");
    }
    for (String a : actions) {
      Objects.requireNonNull(a, "action");
    }
    return List.of(actions);
  }
}
