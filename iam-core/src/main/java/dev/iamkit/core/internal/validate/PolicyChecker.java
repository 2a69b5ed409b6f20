package dev.iamkit.core.internal.validate;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Severity;
import dev.iamkit.core.policy.SizeLimit;
import dev.iamkit.core.policy.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Walks a policy in document order and applies the rules of S1 for one {@link PolicyKind}: the element
 * table of S1.11, the syntax of each element, and the warnings of S1.13. One run per call; the class
 * itself holds no state and is thread-safe.
 */
public final class PolicyChecker {
  private PolicyChecker() {}

  /**
   * Every problem of {@code policy} as {@code kind}, in document order.
   *
   * @param size the measured size, or a negative number to skip the size check
   * @param limit the quota the size is compared with
   * @param versionRequired whether an absent or 2008-10-17 Version is an error (managed policies, SCPs,
   *     RCPs) rather than a warning (A3)
   * @param checkCatalog whether to warn about actions and condition keys unknown to the service reference
   */
  public static List<PolicyProblem> check(Policy policy, PolicyKind kind, long size, SizeLimit limit,
      boolean versionRequired, boolean checkCatalog) {
    Context ctx = new Context(policy, kind, checkCatalog);
    if (size > limit.maxCharacters()) {
      ctx.problems.error(ProblemCode.SIZE_LIMIT_EXCEEDED, "", "Policy size " + Texts.number(size)
          + " characters exceeds the " + limit.id() + " quota of " + Texts.number(limit.maxCharacters())
          + (limit.countsWhitespace() ? " (every character counts)" : " (white space not counted)") + " (S10.2)"
          + Texts.aws("LimitExceeded"));
    }
    version(ctx, versionRequired);
    if (policy.id().isPresent() && (kind == PolicyKind.IDENTITY || kind == PolicyKind.PERMISSIONS_BOUNDARY
        || kind == PolicyKind.SESSION)) {
      ctx.problems.warning(ProblemCode.ID_DISCOURAGED, "/Id", "Id " + IamException.quote(policy.id().get())
          + " in " + article(kind) + " policy: the policy grammar says identity-based policies carry no Id;"
          + " IAM accepts it, but it has no effect (S1.3, A2)");
    }
    if (policy.statements().isEmpty()) {
      ctx.problems.error(ProblemCode.EMPTY_STATEMENT, "/Statement",
          "Statement is an empty array: expected at least one statement (S1.4)" + Texts.aws("Syntax errors in policy."));
    }
    List<Statement> statements = policy.statements();
    for (int i = 0; i < statements.size(); i++) {
      ctx.enterStatement(i);
      statement(ctx, statements.get(i), i);
    }
    return ctx.problems.toList();
  }

  private static void version(Context ctx, boolean required) {
    Optional<PolicyVersion> v = ctx.policy.version();
    if (v.isPresent() && v.get() == PolicyVersion.V2012_10_17) {
      return;
    }
    String found = v.map(x -> "Version " + IamException.quote(x.text())).orElse("No Version");
    String pointer = v.isPresent() ? "/Version" : "";
    if (required) {
      ctx.problems.error(ProblemCode.VERSION_REQUIRED, pointer, found + ": " + article(ctx.kind)
          + " policy must say \"Version\": \"2012-10-17\" (S1.2, A3)"
          + Texts.aws(ProblemCode.VERSION_REQUIRED.awsMessage()));
    } else {
      ctx.problems.warning(ProblemCode.VERSION_REQUIRED, pointer, found + ": policy variables are taken literally;"
          + " write \"Version\": \"2012-10-17\" (S1.2, A3)");
    }
  }

  private static void statement(Context ctx, Statement s, int index) {
    PolicyKind kind = ctx.kind;
    Effect effect = s.effect();
    ctx.effect = effect;
    Problems problems = ctx.problems;
    // Each element read once; pointers are built only for a problem (ctx.statementPointer()).
    Optional<PrincipalElement> principal = s.principal();
    Optional<PrincipalElement> notPrincipal = s.notPrincipal();
    Optional<OneOrMany<Action>> action = s.action();
    Optional<OneOrMany<Action>> notAction = s.notAction();
    Optional<OneOrMany<Resource>> resource = s.resource();
    Optional<OneOrMany<Resource>> notResource = s.notResource();

    // Statement-level: required elements (S1.8, S1.9, S1.11).
    if (requiresPrincipal(kind) && principal.isEmpty() && (kind != PolicyKind.RESOURCE || notPrincipal.isEmpty())) {
      problems.error(ProblemCode.REQUIRED_ELEMENT, ctx.statementPointer(), "Statement has no Principal: "
          + article(kind) + " policy statement must name a Principal"
          + (kind == PolicyKind.RESOURCE ? " (or NotPrincipal)" : kind == PolicyKind.RCP ? " \"*\"" : "") + " (S1.11)"
          + Texts.aws("Syntax errors in policy."));
    }
    if (action.isEmpty() && notAction.isEmpty()) {
      problems.error(ProblemCode.MISSING_ACTION, ctx.statementPointer(), "Statement has neither Action nor NotAction:"
          + " expected one of them (S1.8)" + Texts.aws(ProblemCode.MISSING_ACTION.awsMessage()));
    }
    if (kind != PolicyKind.TRUST && resource.isEmpty() && notResource.isEmpty()) {
      problems.add(kind == PolicyKind.RESOURCE ? Severity.WARNING : Severity.ERROR, ProblemCode.MISSING_RESOURCE,
          ctx.statementPointer(), "Statement has neither Resource nor NotResource: " + (kind == PolicyKind.RESOURCE
              ? "resource policies usually name the resource, and some services (S3) require it (S1.9)"
              : "expected one of them (S1.9)" + Texts.aws(ProblemCode.MISSING_RESOURCE.awsMessage())));
    }

    // Sid (S1.5).
    Optional<String> sidElement = s.sid();
    if (sidElement.isPresent()) {
      String sid = sidElement.get();
      if (!isAlphanumeric(sid)) {
        boolean strict = kind == PolicyKind.IDENTITY || kind == PolicyKind.PERMISSIONS_BOUNDARY
            || kind == PolicyKind.SESSION || kind == PolicyKind.TRUST;
        problems.add(strict ? Severity.ERROR : Severity.WARNING, ProblemCode.INVALID_SID, ctx.statementMember("Sid"),
            "Sid " + IamException.quote(sid) + " has characters other than ASCII letters and digits: " + (strict
                ? "IAM accepts only [A-Za-z0-9] in " + article(kind) + " policy (S1.5)" + Texts.aws("Syntax errors in policy.")
                : "IAM policies accept only [A-Za-z0-9]; some services accept more (S1.5)"));
      }
      if (!sid.isEmpty()) {
        int first = firstWithSid(ctx, sid, index);
        if (first >= 0) {
          problems.error(ProblemCode.DUPLICATE_SID, ctx.statementMember("Sid"), "Sid " + IamException.quote(sid)
              + " is also the Sid of statement " + first + ": Sids must be unique within a policy (S1.5)"
              + Texts.aws(ProblemCode.DUPLICATE_SID.awsMessage()));
        }
      }
    }

    // Effect (S1.11, S9.4).
    if (kind == PolicyKind.RCP && effect == Effect.ALLOW) {
      problems.error(ProblemCode.RCP_ALLOW, ctx.statementMember("Effect"), "Effect \"Allow\" in a resource control"
          + " policy: customer RCPs may only deny; the only RCP with Allow is RCPFullAWSAccess, which AWS manages and"
          + " attaches itself (S1.11, S9.4)");
    }

    // Principal and NotPrincipal (S1.7, S1.11).
    if (principal.isPresent()) {
      String p = ctx.statementMember("Principal");
      if (!kind.hasPrincipal()) {
        forbidden(ctx, p, "Principal", kind, "");
      } else if (kind == PolicyKind.RCP && !principal.get().isWildcard()) {
        problems.error(ProblemCode.RCP_PRINCIPAL, p, "Principal names " + describe(principal.get())
            + " in a resource control policy: expected exactly \"Principal\": \"*\"; narrow the principals with"
            + " conditions instead (S1.11, S9.4)" + Texts.aws("Syntax errors in policy."));
      } else {
        PrincipalChecks.check(ctx, principal.get(), p, "Principal");
      }
    }
    if (notPrincipal.isPresent()) {
      String p = ctx.statementMember("NotPrincipal");
      if (kind != PolicyKind.RESOURCE) {
        forbidden(ctx, p, "NotPrincipal", kind, "");
      } else {
        if (principal.isPresent()) {
          mutuallyExclusive(ctx, p, "Principal", "NotPrincipal");
        } else if (effect == Effect.ALLOW) {
          notWithAllow(ctx, p, "NotPrincipal", "it allows every principal except the listed ones, anonymous callers"
              + " included; prefer \"Principal\": \"*\" with an ArnNotEquals condition on aws:PrincipalArn (S2.5)");
        }
        PrincipalChecks.check(ctx, notPrincipal.get(), p, "NotPrincipal");
      }
    }

    // Action and NotAction (S1.8, S1.11).
    if (action.isPresent()) {
      actions(ctx, action.get(), "Action");
    }
    if (notAction.isPresent()) {
      if (kind == PolicyKind.TRUST || kind == PolicyKind.RCP) {
        forbidden(ctx, ctx.statementMember("NotAction"), "NotAction", kind, "");
      } else {
        if (action.isPresent()) {
          mutuallyExclusive(ctx, ctx.statementMember("NotAction"), "Action", "NotAction");
        } else if (effect == Effect.ALLOW) {
          notWithAllow(ctx, ctx.statementMember("NotAction"), "NotAction", "it allows every other action of every"
              + " service, including services added later; list the allowed actions instead (S2.3)");
        }
        actions(ctx, notAction.get(), "NotAction");
      }
    }

    // Resource and NotResource (S1.9, S1.11).
    if (resource.isPresent()) {
      if (kind == PolicyKind.TRUST) {
        forbidden(ctx, ctx.statementMember("Resource"), "Resource", kind, Texts.aws("Has prohibited field Resource."));
      } else {
        resources(ctx, resource.get(), "Resource");
      }
    }
    if (notResource.isPresent()) {
      if (kind == PolicyKind.TRUST) {
        forbidden(ctx, ctx.statementMember("NotResource"), "NotResource", kind,
            Texts.aws("Has prohibited field NotResource."));
      } else {
        if (resource.isPresent()) {
          mutuallyExclusive(ctx, ctx.statementMember("NotResource"), "Resource", "NotResource");
        } else if (effect == Effect.ALLOW) {
          notWithAllow(ctx, ctx.statementMember("NotResource"), "NotResource", "it allows the actions on every other"
              + " resource, including resources created later; list the allowed resources instead (S2.3)");
        }
        resources(ctx, notResource.get(), "NotResource");
      }
    }

    // Condition (S1.10, S3).
    Optional<Condition> condition = s.condition();
    if (condition.isPresent()) {
      ConditionChecks.check(ctx, condition.get());
    }
  }

  /** Up to this many statements, duplicate Sids are found by a scan of the earlier statements instead of a map. */
  private static final int SID_SCAN_LIMIT = 32;

  /**
   * The number of the first statement before {@code index} whose Sid is {@code sid} (not empty), or -1. A policy of
   * few statements is scanned, which allocates nothing; a longer one records the Sids in a map of the run.
   */
  private static int firstWithSid(Context ctx, String sid, int index) {
    List<Statement> statements = ctx.policy.statements();
    if (statements.size() <= SID_SCAN_LIMIT) {
      for (int i = 0; i < index; i++) {
        Optional<String> other = statements.get(i).sid();
        if (other.isPresent() && other.get().equals(sid)) {
          return i;
        }
      }
      return -1;
    }
    Integer first = ctx.sids().putIfAbsent(sid, index);
    return first == null ? -1 : first;
  }

  /** The entries of the member {@code element} of the statement being checked. */
  private static void actions(Context ctx, OneOrMany<Action> actions, String element) {
    if (actions.isEmpty()) {
      ctx.problems.error(ProblemCode.MISSING_ACTION, ctx.statementMember(element), element + " is an empty array:"
          + " expected at least one action (S1.8)" + Texts.aws(ProblemCode.MISSING_ACTION.awsMessage()));
      return;
    }
    ActionChecks.checkAll(ctx, actions, element);
  }

  /** The entries of the member {@code element} of the statement being checked. */
  private static void resources(Context ctx, OneOrMany<Resource> resources, String element) {
    if (resources.isEmpty()) {
      boolean lenient = ctx.kind == PolicyKind.RESOURCE;
      ctx.problems.add(lenient ? Severity.WARNING : Severity.ERROR, ProblemCode.MISSING_RESOURCE,
          ctx.statementMember(element),
          element + " is an empty array: expected at least one resource (S1.9)"
              + (lenient ? "" : Texts.aws(ProblemCode.MISSING_RESOURCE.awsMessage())));
      return;
    }
    for (int i = 0; i < resources.size(); i++) {
      ResourceChecks.check(ctx, resources.get(i).text(), resources.array() ? i : -1, element);
    }
  }

  private static void forbidden(Context ctx, String pointer, String element, PolicyKind kind, String aws) {
    ctx.problems.error(ProblemCode.FORBIDDEN_ELEMENT, pointer, element + " is not allowed in " + article(kind)
        + " policy: expected a statement without it (S1.11)" + (aws.isEmpty() ? Texts.aws("Syntax errors in policy.") : aws));
  }

  private static void mutuallyExclusive(Context ctx, String pointer, String first, String second) {
    ctx.problems.error(ProblemCode.MUTUALLY_EXCLUSIVE, pointer, "Statement has both " + first + " and " + second
        + ": expected only one of them" + Texts.aws("Syntax errors in policy."));
  }

  private static void notWithAllow(Context ctx, String pointer, String element, String why) {
    ctx.problems.warning(ProblemCode.NOT_ELEMENT_WITH_ALLOW, pointer, element + " with \"Allow\": " + why);
  }

  /** {@code "AWS": "111122223333"} or {@code "AWS": [2 values]}, for messages. */
  private static String describe(PrincipalElement principal) {
    if (principal.entries().isEmpty()) {
      return "no principal ({})";
    }
    StringBuilder sb = new StringBuilder();
    principal.entries().forEach((type, values) -> {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(IamException.quote(type.key())).append(": ");
      sb.append(values.size() == 1 ? IamException.quote(values.get(0)) : "[" + values.size() + " values]");
    });
    return sb.toString();
  }

  private static boolean requiresPrincipal(PolicyKind kind) {
    return kind.hasPrincipal();
  }

  private static boolean isAlphanumeric(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** "an identity", "a boundary", "a trust", ... */
  static String article(PolicyKind kind) {
    return switch (kind) {
      case IDENTITY -> "an identity";
      case RESOURCE -> "a resource";
      case TRUST -> "a trust";
      case PERMISSIONS_BOUNDARY -> "a permissions boundary";
      case SESSION -> "a session";
      case SCP -> "a service control";
      case RCP -> "a resource control";
      case VPC_ENDPOINT -> "a VPC endpoint";
    };
  }
}
