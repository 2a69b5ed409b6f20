package dev.iamkit.testkit.internal;

import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.EvaluationDiagnostic;
import dev.iamkit.core.eval.Evaluator;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.OrganizationPolicies;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.json.PolicyWriter;
import dev.iamkit.testkit.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates one policy on its own for the testkit's "allows ... on ..." assertions, and explains a result
 * for a failure message. The policy takes its place by kind: identity, resource and trust policies alone;
 * boundaries, session policies, SCPs, RCPs and VPC endpoint policies as the only restriction beside an identity
 * policy that allows everything (and, for an RCP, {@code RCPFullAWSAccess}); a VPC endpoint policy takes part only
 * in requests that carry {@code aws:SourceVpce} (S6.16). Stateless.
 */
public final class Access {
  private static final String NAME = "policy";
  private static final Policy ALLOW_ALL = Policy.builder().version(PolicyVersion.V2012_10_17)
      .statement(Statement.builder().effect(Effect.ALLOW).action("*").resource("*").build()).build();
  private Access() {}

  /** The policy set in which {@code policy} plays {@code kind}. */
  public static PolicySet policySet(Policy policy, PolicyKind kind) {
    NamedPolicy named = new NamedPolicy(NAME, policy);
    PolicySet.Builder b = PolicySet.builder();
    switch (kind) {
      case IDENTITY -> b.identity(named);
      case RESOURCE -> b.resourcePolicy(named);
      case TRUST -> b.trustPolicy(named);
      case PERMISSIONS_BOUNDARY -> b.identity(new NamedPolicy("allow-all", ALLOW_ALL)).permissionsBoundary(named);
      case SESSION -> b.identity(new NamedPolicy("allow-all", ALLOW_ALL)).session(named);
      case SCP -> b.identity(new NamedPolicy("allow-all", ALLOW_ALL)).scpLevel(List.of(named));
      case RCP -> b.identity(new NamedPolicy("allow-all", ALLOW_ALL))
          .rcpLevel(List.of(named, OrganizationPolicies.RCP_FULL_AWS_ACCESS));
      // S6.16: the endpoint policy is a gate for requests that carry aws:SourceVpce; others pass it by.
      case VPC_ENDPOINT -> b.identity(new NamedPolicy("allow-all", ALLOW_ALL)).vpcEndpointPolicy(named);
    }
    return b.build();
  }

  /**
   * The request: {@code principal} asks for {@code action} on {@code resource} with {@code context}, the
   * principal keys (S5.9) and the time keys from {@code now} filled in unless given; the resource account of
   * an ARN without one (S3) as {@link Fixtures#request} sets it.
   */
  public static RequestContext request(Principal principal, String action, String resource,
      Map<String, ContextValue> context, Instant now) {
    RequestContext.Builder b = Fixtures.request(principal, action, resource).toBuilder();
    context.forEach(b::context);
    return b.withDefaultTimeKeys(now).build();
  }

  /** The request and the decision, readable in a CI log. */
  public static String describe(RequestContext request, Map<String, ContextValue> given, Evaluation e,
      Policy policy, PolicyKind kind) {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    sb.append(describeRequest(principalText(request.principal()), request.action(), request.resource(),
        request.resourceAccount().map(a -> a.value()).orElse(null), given));
    sb.append(describeDecision(e, m -> m.policyName().equals(NAME) && m.statementIndex() < policy.statements().size()
        ? PolicyWriter.compact().write(single(policy.statements().get(m.statementIndex()))) : null));
    if (e.decision() != Decision.ALLOW) {
      List<String> why = whyNot(policy, kind, request);
      if (!why.isEmpty()) {
        sb.append("  why each Allow statement did not apply:").append(nl);
        why.forEach(w -> sb.append("    ").append(w).append(nl));
      }
    }
    sb.append("the ").append(kind.id()).append(" policy under test:").append(nl).append(PolicyWriter.pretty().write(policy));
    return sb.toString();
  }

  /**
   * The request part of a failure message: principal, action, resource (with its account when known) and the
   * context keys the test gave.
   */
  public static String describeRequest(String principal, String action, String resource,
      @Nullable String resourceAccount, Map<String, ContextValue> given) {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    sb.append("  principal: ").append(principal).append(nl);
    sb.append("  action:    ").append(action).append(nl);
    sb.append("  resource:  ").append(resource);
    if (resourceAccount != null) {
      sb.append(" (account ").append(resourceAccount).append(')');
    }
    sb.append(nl);
    sb.append("  context:   ").append(given.isEmpty() ? "(none given)" : context(given))
        .append(" plus the principal and time keys AWS sets").append(nl);
    return sb.toString();
  }

  /**
   * The decision part of a failure message: the decision and where an Allow was missing, the deciding
   * statements (each followed by its JSON when {@code statementText} knows it), the missing context keys and
   * the evaluator's diagnostics.
   */
  public static String describeDecision(Evaluation e, Function<MatchedStatement, @Nullable String> statementText) {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    sb.append("but the decision was ").append(e.decision().id());
    e.blockingKind().ifPresent(k -> sb.append(" (no applicable Allow in ").append(k.id())
        .append(e.blockingLevel().isPresent() ? " level " + e.blockingLevel().getAsInt() : "").append(')'));
    sb.append(nl);
    if (e.matchedStatements().isEmpty()) {
      sb.append("  deciding statements: none").append(nl);
    } else {
      sb.append("  deciding statements:").append(nl);
      for (MatchedStatement m : e.matchedStatements()) {
        sb.append("    ").append(m);
        String text = statementText.apply(m);
        if (text != null) {
          sb.append(": ").append(text);
        }
        sb.append(nl);
      }
    }
    if (!e.missingContextKeys().isEmpty()) {
      sb.append("  missing context keys: ").append(e.missingContextKeys()).append(nl);
    }
    for (EvaluationDiagnostic d : e.diagnostics()) {
      sb.append("  diagnostic: ").append(d).append(nl);
    }
    return sb.toString();
  }

  /** For example {@code aws:SourceIp=203.0.113.5 (ip), aws:TagKeys=[team, env] (stringList)}. */
  private static String context(Map<String, ContextValue> given) {
    StringBuilder sb = new StringBuilder();
    given.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=')
        .append(v.isList() ? v.values().toString() : v.values().get(0))
        .append(" (").append(v.type().awsName(v.isList())).append(')'));
    return sb.toString();
  }

  /** The principal as a failure message names it: its ARN, and a role session with its role. */
  public static String principalText(Principal p) {
    return p.principalArn().map(Arn::toString).map(a -> p instanceof Principal.RoleSession rs
        ? rs.sessionArn() + " (role " + a + ")" : a).orElse(p.toString());
  }

  /**
   * For every Allow statement of {@code policy}, the first element that kept it from applying to
   * {@code request}, found by evaluating the statement alone with later elements widened: Action, then
   * Resource, then Principal, then Condition.
   */
  static List<String> whyNot(Policy policy, PolicyKind kind, RequestContext request) {
    List<String> out = new ArrayList<>();
    List<Statement> statements = policy.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.effect() != Effect.ALLOW) {
        continue;
      }
      String label = "statement " + i + s.sid().map(x -> " (" + x + ")").orElse("") + ": ";
      Statement anyResource = widenResource(s);
      Statement anyPrincipal = widenPrincipal(s);
      Statement actionOnly = widenPrincipal(anyResource).toBuilder().condition(null).build();
      if (!applies(actionOnly, policy, kind, request)) {
        out.add(label + "its " + (s.notAction().isPresent() ? "NotAction excludes " : "Action does not match ")
            + request.action());
      } else if (!applies(widenPrincipal(s).toBuilder().condition(null).build(), policy, kind, request)) {
        out.add(label + "its " + (s.notResource().isPresent() ? "NotResource excludes " : "Resource does not match ")
            + request.resource());
      } else if (!applies(s.toBuilder().condition(null).build(), policy, kind, request)) {
        out.add(label + "its Principal does not match the caller");
      } else {
        Evaluation e = Evaluator.standard().evaluate(policySet(alone(anyPrincipal.toBuilder()
            .condition(s.condition().orElse(null)).build(), policy), kind), request);
        if (e.decision() != Decision.ALLOW) {
          out.add(label + "its Condition is not met" + (e.missingContextKeys().isEmpty() ? ""
              : " (the request lacks " + String.join(", ", e.missingContextKeys()) + ")")
              + ": " + PolicyWriter.compact().write(single(s)));
        } else {
          out.add(label + "applies, but the decision was made elsewhere");
        }
      }
    }
    return out;
  }

  private static boolean applies(Statement s, Policy policy, PolicyKind kind, RequestContext request) {
    return Evaluator.standard().evaluate(policySet(alone(s, policy), kind), request).decision() == Decision.ALLOW;
  }

  private static Policy alone(Statement s, Policy policy) {
    return policy.toBuilder().statements(List.of(s)).build();
  }

  private static Policy single(Statement s) {
    return Policy.builder().statement(s).build();
  }

  private static Statement widenResource(Statement s) {
    if (s.resource().isEmpty() && s.notResource().isEmpty()) {
      return s;
    }
    return s.toBuilder().notResource(null).resource("*").build();
  }

  private static Statement widenPrincipal(Statement s) {
    if (s.principal().isEmpty() && s.notPrincipal().isEmpty()) {
      return s;
    }
    return s.toBuilder().notPrincipal(null).principal(PrincipalElement.wildcard()).build();
  }
}
