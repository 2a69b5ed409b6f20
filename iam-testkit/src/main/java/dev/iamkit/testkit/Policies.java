package dev.iamkit.testkit;

import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Fluent policy fixtures for what {@link Fixtures#allow(String, String)} cannot say: several actions and
 * resources, conditions with every operator, qualifiers and {@code IfExists}, NotAction and NotResource,
 * principals for resource and trust policies, and several statements with Sids. {@code build()} returns the
 * core {@link Policy} (Version {@code 2012-10-17}) after checking it with {@link PolicyValidator#standard()}:
 * a policy AWS would refuse fails with an {@link InvalidPolicyException} listing the validator's problems.
 *
 * <pre>{@code
 * Policy p = Policies.allow("s3:GetObject", "s3:ListBucket").on("arn:aws:s3:::reports/*")
 *     .when(c -> c.bool("aws:SecureTransport", true))
 *     .sid("ReadReports")
 *     .and()
 *     .deny("s3:DeleteObject").on("*").sid("NeverDelete")
 *     .build();
 *
 * Policy bucketPolicy = Policies.allow("s3:GetObject").on("arn:aws:s3:::reports/*")
 *     .principal("arn:aws:iam::444455556666:root")
 *     .when(c -> c.forAnyValue().stringLike("aws:PrincipalOrgPaths", "o-a1b2c3d4e5/*"))
 *     .build(PolicyKind.RESOURCE);
 *
 * Policy trust = Policies.allow("sts:AssumeRole").principalService("lambda.amazonaws.com").build();
 * }</pre>
 *
 * <p>The drafts are mutable and not thread-safe (like any builder); the policies they build are immutable.
 */
public final class Policies {
  private Policies() {}

  /** A draft Allow statement of {@code actions} (none when the statement will say {@link StatementDraft#notAction}). */
  public static StatementDraft allow(String... actions) {
    return new PolicyDraft().allow(actions);
  }

  /** A draft Deny statement of {@code actions} (none when the statement will say {@link StatementDraft#notAction}). */
  public static StatementDraft deny(String... actions) {
    return new PolicyDraft().deny(actions);
  }

  /** An empty draft policy, to add statements with {@link PolicyDraft#statement} or {@link PolicyDraft#allow}. */
  public static PolicyDraft policy() {
    return new PolicyDraft();
  }

  /** A draft policy holding {@code statements} (ready-made core statements, in order). */
  public static PolicyDraft of(Statement... statements) {
    PolicyDraft d = new PolicyDraft();
    for (Statement s : statements) {
      d.statement(s);
    }
    return d;
  }

  /**
   * The kind a draft is validated as by {@code build()} without a kind: {@link PolicyKind#TRUST} when every
   * statement names a principal and none has Resource or NotResource, {@link PolicyKind#RESOURCE} when some
   * statement names a principal, {@link PolicyKind#IDENTITY} otherwise.
   */
  static PolicyKind inferKind(List<Statement> statements) {
    boolean anyPrincipal = false;
    boolean allPrincipalNoResource = !statements.isEmpty();
    for (Statement s : statements) {
      boolean principal = s.principal().isPresent() || s.notPrincipal().isPresent();
      anyPrincipal |= principal;
      allPrincipalNoResource &= principal && s.resource().isEmpty() && s.notResource().isEmpty();
    }
    return allPrincipalNoResource ? PolicyKind.TRUST : anyPrincipal ? PolicyKind.RESOURCE : PolicyKind.IDENTITY;
  }

  /** A policy under construction: Version, Id and statements. Mutable; not thread-safe. */
  public static final class PolicyDraft {
    private final List<Object> statements = new ArrayList<>();
    private @Nullable PolicyVersion version = PolicyVersion.V2012_10_17;
    private @Nullable String id;

    private PolicyDraft() {}

    /** Starts a new Allow statement of {@code actions}. */
    public StatementDraft allow(String... actions) {
      return add(Effect.ALLOW, actions);
    }

    /** Starts a new Deny statement of {@code actions}. */
    public StatementDraft deny(String... actions) {
      return add(Effect.DENY, actions);
    }

    /** Adds a ready-made statement. */
    public PolicyDraft statement(Statement statement) {
      statements.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    /** Starts a new Allow statement with Sid {@code sid}; say its actions with {@link StatementDraft#actions}. */
    public StatementDraft statement(String sid) {
      return allow().sid(sid);
    }

    /** Sets the policy's Version (2012-10-17 unless told); {@code null} leaves it out. */
    public PolicyDraft version(@Nullable PolicyVersion version) {
      this.version = version;
      return this;
    }

    /** Sets the policy's Id element. */
    public PolicyDraft id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The policy, valid for the kind {@link Policies} infers (see the class documentation). */
    public Policy build() {
      return build(inferKind(statementList()));
    }

    /**
     * The policy, checked as {@code kind}.
     *
     * @throws InvalidPolicyException listing the validator's errors when AWS would refuse the policy
     */
    public Policy build(PolicyKind kind) {
      return build(PolicyValidator.standard(), kind);
    }

    /** The policy, checked by {@code validator} as {@code kind}. */
    public Policy build(PolicyValidator validator, PolicyKind kind) {
      Objects.requireNonNull(validator, "validator");
      Objects.requireNonNull(kind, "kind");
      Policy policy = buildUnchecked();
      List<PolicyProblem> errors = validator.validate(policy, kind).stream().filter(PolicyProblem::isError).toList();
      if (!errors.isEmpty()) {
        throw new InvalidPolicyException(policy, kind, errors);
      }
      return policy;
    }

    /** The policy without any check (to test how code handles a policy AWS would refuse). */
    public Policy buildUnchecked() {
      Policy.Builder b = Policy.builder().version(version).id(id);
      b.statements(statementList());
      return b.build();
    }

    private List<Statement> statementList() {
      List<Statement> out = new ArrayList<>(statements.size());
      for (Object o : statements) {
        out.add(o instanceof StatementDraft d ? d.toStatement() : (Statement) o);
      }
      return out;
    }

    private StatementDraft add(Effect effect, String... actions) {
      Objects.requireNonNull(actions, "actions");
      StatementDraft d = new StatementDraft(this, effect);
      if (actions.length > 0) {
        d.actions(actions);
      }
      statements.add(d);
      return d;
    }
  }

  /**
   * One statement under construction, part of a {@link PolicyDraft}: {@link #and()} goes back to the
   * policy to add the next statement, {@link #build()} builds the whole policy. Mutable; not thread-safe.
   */
  public static final class StatementDraft {
    private final PolicyDraft policy;
    private Effect effect;
    private @Nullable String sid;
    private @Nullable OneOrMany<Action> action;
    private @Nullable OneOrMany<Action> notAction;
    private @Nullable OneOrMany<Resource> resource;
    private @Nullable OneOrMany<Resource> notResource;
    private final Map<PrincipalType, List<String>> principal = new LinkedHashMap<>();
    private boolean anyPrincipal;
    private final Map<PrincipalType, List<String>> notPrincipal = new LinkedHashMap<>();
    private final Conditions conditions = new Conditions();

    private StatementDraft(PolicyDraft policy, Effect effect) {
      this.policy = policy;
      this.effect = effect;
    }

    /** The statement's Sid. */
    public StatementDraft sid(String sid) {
      this.sid = Objects.requireNonNull(sid, "sid");
      return this;
    }

    /** Sets the effect (to change one started with {@link PolicyDraft#statement(String)}). */
    public StatementDraft effect(Effect effect) {
      this.effect = Objects.requireNonNull(effect, "effect");
      return this;
    }

    /** Adds entries to Action. */
    public StatementDraft actions(String... actions) {
      action = append(action, actions, Action::of);
      return this;
    }

    /** Adds entries to NotAction: the statement applies to every action except these (S1.5). */
    public StatementDraft notAction(String... actions) {
      notAction = append(notAction, actions, Action::of);
      return this;
    }

    /** Adds entries to Resource. */
    public StatementDraft on(String... resources) {
      resource = append(resource, resources, Resource::of);
      return this;
    }

    /** Adds entries to NotResource: the statement applies to every resource except these (S1.6). */
    public StatementDraft notOn(String... resources) {
      notResource = append(notResource, resources, Resource::of);
      return this;
    }

    /** Same as {@link #notOn}. */
    public StatementDraft notResource(String... resources) {
      return notOn(resources);
    }

    /** Adds {@code "AWS"} principals: account IDs, ARNs, unique IDs or {@code *} (S1.7). */
    public StatementDraft principal(String... aws) {
      return principal(PrincipalType.AWS, aws);
    }

    /** Adds principals of {@code type} ({@code Service}, {@code Federated}, {@code CanonicalUser}, {@code AWS}). */
    public StatementDraft principal(PrincipalType type, String... values) {
      Objects.requireNonNull(type, "type");
      principal.computeIfAbsent(type, t -> new ArrayList<>()).addAll(checked(values));
      return this;
    }

    /** Adds service principals such as {@code lambda.amazonaws.com}. */
    public StatementDraft principalService(String... services) {
      return principal(PrincipalType.SERVICE, services);
    }

    /** Adds federated principals such as {@code cognito-identity.amazonaws.com} or a SAML provider ARN. */
    public StatementDraft principalFederated(String... providers) {
      return principal(PrincipalType.FEDERATED, providers);
    }

    /** {@code "Principal": "*"}: everyone, including anonymous callers (S1.7). */
    public StatementDraft anyPrincipal() {
      anyPrincipal = true;
      return this;
    }

    /** Adds {@code "AWS"} entries to NotPrincipal (only with Deny, S2.5). */
    public StatementDraft notPrincipal(String... aws) {
      return notPrincipal(PrincipalType.AWS, aws);
    }

    /** Adds entries of {@code type} to NotPrincipal. */
    public StatementDraft notPrincipal(PrincipalType type, String... values) {
      Objects.requireNonNull(type, "type");
      notPrincipal.computeIfAbsent(type, t -> new ArrayList<>()).addAll(checked(values));
      return this;
    }

    /**
     * Adds conditions: {@code when(c -> c.stringEquals("aws:PrincipalTag/team", "blue").bool("aws:SecureTransport", true))}.
     * Several calls add to the same Condition block.
     */
    public StatementDraft when(Consumer<Conditions> conditions) {
      Objects.requireNonNull(conditions, "conditions").accept(this.conditions);
      return this;
    }

    /** Ends this statement; the next {@code allow}/{@code deny} on the result starts another. */
    public PolicyDraft and() {
      return policy;
    }

    /** Same as {@code and().allow(actions)}. */
    public StatementDraft allow(String... actions) {
      return policy.allow(actions);
    }

    /** Same as {@code and().deny(actions)}. */
    public StatementDraft deny(String... actions) {
      return policy.deny(actions);
    }

    /** Same as {@code and().statement(statement)}. */
    public PolicyDraft statement(Statement statement) {
      return policy.statement(statement);
    }

    /** Same as {@code and().statement(sid)}: a new Allow statement with Sid {@code sid}. */
    public StatementDraft statement(String sid) {
      return policy.statement(sid);
    }

    /** The whole policy (see {@link PolicyDraft#build()}). */
    public Policy build() {
      return policy.build();
    }

    /** The whole policy, checked as {@code kind}. */
    public Policy build(PolicyKind kind) {
      return policy.build(kind);
    }

    /** The whole policy without any check. */
    public Policy buildUnchecked() {
      return policy.buildUnchecked();
    }

    /** This statement alone as a core {@link Statement} (not validated). */
    public Statement toStatement() {
      Statement.Builder b = Statement.builder().sid(sid).effect(effect)
          .action(action).notAction(notAction).resource(resource).notResource(notResource);
      if (anyPrincipal) {
        b.principal(PrincipalElement.wildcard());
      } else if (!principal.isEmpty()) {
        b.principal(element(principal));
      }
      if (!notPrincipal.isEmpty()) {
        b.notPrincipal(element(notPrincipal));
      }
      if (!conditions.isEmpty()) {
        b.condition(conditions.toCondition());
      }
      return b.build();
    }

    private static PrincipalElement element(Map<PrincipalType, List<String>> entries) {
      Map<PrincipalType, OneOrMany<String>> m = new LinkedHashMap<>();
      entries.forEach((t, v) -> m.put(t, v.size() == 1 ? OneOrMany.one(v.get(0)) : OneOrMany.list(v)));
      return PrincipalElement.of(m);
    }

    private static <T> OneOrMany<T> append(@Nullable OneOrMany<T> existing, String[] texts,
        java.util.function.Function<String, T> parse) {
      List<T> values = new ArrayList<>(existing == null ? List.of() : existing.values());
      for (String t : checked(texts)) {
        values.add(parse.apply(t));
      }
      return values.size() == 1 ? OneOrMany.one(values.get(0)) : OneOrMany.list(values);
    }

    private static List<String> checked(String[] values) {
      Objects.requireNonNull(values, "values");
      for (String v : values) {
        Objects.requireNonNull(v, "value");
      }
      return Arrays.asList(values);
    }
  }
}
