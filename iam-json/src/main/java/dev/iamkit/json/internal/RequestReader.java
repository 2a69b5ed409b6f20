package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.arn.ArnFormatException;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds requests from request objects ({@code id}, {@code principal}, {@code action}, {@code resource},
 * {@code resourceAccount}, {@code context}, {@code expect}), with the principal keys filled in (S5.9). Not
 * thread-safe; one per read.
 */
public final class RequestReader {
  private static final List<String> REQUEST_MEMBERS = List.of("id", "principal", "action", "resource",
      "resourceAccount", "context", "expect");
  private static final List<String> PRINCIPAL_MEMBERS = List.of("arn", "roleArn", "uniqueId", "roleUniqueId",
      "service", "federated");

  /**
   * One request, checked.
   *
   * @param id the label, or null
   * @param request the request with the principal keys filled in (time keys are filled when it runs)
   * @param expected the expected decision, or null
   * @param position where the request object starts
   */
  public record Request(@Nullable String id, RequestContext request, @Nullable Decision expected,
      SourcePosition position) {}

  private final Problems problems;
  private final Fields fields;
  private final ContextReader contexts;

  /**
   * A reader reporting to {@code fields}' problems; a context key that no service defines and that
   * {@code mentionedKeys} (the lower-cased condition keys of the file's policies) does not hold is a warning.
   */
  public RequestReader(Fields fields, java.util.Set<String> mentionedKeys) {
    this.fields = fields;
    this.problems = fields.problems();
    this.contexts = new ContextReader(fields, mentionedKeys);
  }

  /** Reads a request object; null after reporting its problems. */
  public @Nullable Request read(JsonValue v, String ptr) {
    if (!(v instanceof JsonValue.Obj o)) {
      fields.wrongType(v, ptr, "a request object {\"principal\": ..., \"action\": ..., ...}");
      return null;
    }
    boolean ok = true;
    String id = null;
    Principal principal = null;
    String action = null;
    String resourceText = null;
    AccountId resourceAccount = null;
    int resourceAccountStart = -1;
    Decision expected = null;
    JsonValue.Member context = null;
    boolean sawPrincipal = false;
    boolean sawAction = false;
    RequestContext.Builder b = RequestContext.builder();
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      JsonValue mv = m.value();
      switch (m.name()) {
        case "id" -> {
          id = fields.string(mv, mp, "id");
          ok &= id != null;
        }
        case "principal" -> {
          sawPrincipal = true;
          principal = principal(mv, mp);
          ok &= principal != null;
        }
        case "action" -> {
          sawAction = true;
          action = fields.string(mv, mp, "action");
          if (action != null) {
            try {
              if (action.indexOf('*') >= 0 || action.indexOf('?') >= 0) {
                throw new IllegalArgumentException("Invalid action " + IamException.quote(action)
                    + ": a request names one action, service:Operation, without wildcards");
              }
              b.action(action);
            } catch (IllegalArgumentException e) {
              problems.error(ProblemCode.INVALID_ACTION, Texts.message(e), mp, mv.start());
              action = null;
            }
          }
          ok &= action != null;
        }
        case "resource" -> {
          resourceText = fields.string(mv, mp, "resource");
          if (resourceText != null) {
            try {
              b.resource(resourceText);
            } catch (IllegalArgumentException e) {
              problems.error(ProblemCode.INVALID_RESOURCE, Texts.message(e), mp, mv.start());
              resourceText = null;
            }
          }
          ok &= resourceText != null;
        }
        case "resourceAccount" -> {
          String account = fields.string(mv, mp, "resourceAccount");
          if (account != null) {
            resourceAccount = AccountId.tryParse(account).orElse(null);
            if (resourceAccount == null) {
              problems.error(ProblemCode.INVALID_RESOURCE, "Expected resourceAccount to be a 12-digit account ID, found "
                  + IamException.quote(account), mp, mv.start());
            } else {
              b.resourceAccount(resourceAccount);
              resourceAccountStart = mv.start();
            }
          }
          ok &= resourceAccount != null;
        }
        case "context" -> context = m;
        case "expect" -> {
          String e = fields.string(mv, mp, "expect");
          if (e != null) {
            try {
              expected = Decision.fromId(e);
            } catch (IllegalArgumentException ex) {
              problems.error(ProblemCode.WRONG_TYPE, "Expected expect to be \"allow\", \"explicit_deny\" or"
                  + " \"implicit_deny\", found " + IamException.quote(e), mp, mv.start());
            }
          }
          ok &= expected != null;
        }
        default -> {
          fields.unknown(m, ptr, REQUEST_MEMBERS, "a request");
          ok = false;
        }
      }
    }
    if (!sawPrincipal) {
      fields.missing(o, ptr, "a request", "principal", "an ARN, \"anonymous\", {\"service\": ...}, {\"arn\": ..., \"roleArn\": ...}"
          + " or {\"federated\": ...}");
      ok = false;
    }
    if (!sawAction) {
      fields.missing(o, ptr, "a request", "action", "service:Operation, for example \"s3:GetObject\"");
      ok = false;
    }
    if (context != null) {
      ok &= contexts.read(context.value(), Pointers.child(ptr, "context"), b);
    }
    if (!ok) {
      return null;
    }
    // ok: the principal was read
    b.principal(Objects.requireNonNull(principal, "principal")).withDefaultPrincipalKeys();
    RequestContext request;
    try {
      request = b.build();
    } catch (IllegalArgumentException e) {
      // S5.7: a resourceAccount contradicting the account in the resource ARN.
      problems.error(ProblemCode.INVALID_RESOURCE, Texts.message(e), Pointers.child(ptr, "resourceAccount"),
          resourceAccountStart >= 0 ? resourceAccountStart : o.start());
      return null;
    }
    return new Request(id, request, expected, problems.mapper().at(o.start()));
  }

  /**
   * Whether the request assumes a role (or tags, names or sets the context of its session), so that a role's
   * trust policy is its resource policy (S1.11, S6.14).
   */
  public static boolean isRoleAssumption(RequestContext request) {
    if (!Action.of(request.action()).isTrustAction()) {
      return false;
    }
    Optional<Arn> arn = Arn.tryParse(request.resource());
    return arn.isPresent() && arn.get().service().equals("iam") && arn.get().resource().startsWith("role/");
  }

  /**
   * Reads a principal: an ARN, {@code "anonymous"}, {@code {"service": ...}}, {@code {"federated": ...}} or
   * {@code {"arn": ..., "roleArn"/"uniqueId"/"roleUniqueId": ...}}; null after reporting its problems.
   */
  public @Nullable Principal principal(JsonValue v, String ptr) {
    if (v instanceof JsonValue.Str s) {
      try {
        return Principal.parse(s.value());
      } catch (ArnFormatException e) {
        problems.error(ProblemCode.INVALID_PRINCIPAL, e.getMessage() + " (principal: an ARN, \"anonymous\" or an object)",
            ptr, v.start());
        return null;
      }
    }
    if (!(v instanceof JsonValue.Obj o)) {
      fields.wrongType(v, ptr, "a principal ARN, \"anonymous\", or an object with arn, service or federated");
      return null;
    }
    Map<String, JsonValue.Str> given = new HashMap<>();
    boolean ok = true;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      if (!PRINCIPAL_MEMBERS.contains(m.name())) {
        fields.unknown(m, ptr, PRINCIPAL_MEMBERS, "a principal");
        ok = false;
      } else if (m.value() instanceof JsonValue.Str s && !s.value().isEmpty()) {
        given.put(m.name(), s);
      } else if (m.value() instanceof JsonValue.Str) {
        problems.error(ProblemCode.EMPTY_VALUE, "Principal " + m.name() + " must not be empty", mp, m.value().start());
        ok = false;
      } else {
        fields.wrongType(m.value(), mp, "a string for principal " + m.name());
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    int kinds = (given.containsKey("arn") ? 1 : 0) + (given.containsKey("service") ? 1 : 0)
        + (given.containsKey("federated") ? 1 : 0);
    if (kinds != 1) {
      problems.error(ProblemCode.INVALID_PRINCIPAL, "A principal object has exactly one of arn, service or federated,"
          + " found " + (kinds == 0 ? "none" : kinds), ptr, o.start());
      return null;
    }
    if (!given.containsKey("arn")) {
      for (String extra : List.of("roleArn", "uniqueId", "roleUniqueId")) {
        if (given.containsKey(extra)) {
          return onlyWith(extra, given.get(extra), ptr, "arn");
        }
      }
      return given.containsKey("service") ? Principal.service(given.get("service").value())
          : new Principal.WebIdentityUser(Objects.requireNonNull(given.get("federated"), "federated").value());
    }
    JsonValue.Str arnText = given.get("arn");
    Principal p;
    try {
      p = Principal.parse(arnText.value());
    } catch (ArnFormatException e) {
      problems.error(ProblemCode.INVALID_PRINCIPAL, Texts.message(e), Pointers.child(ptr, "arn"), arnText.start());
      return null;
    }
    if (p instanceof Principal.RoleSession rs) {
      if (given.containsKey("uniqueId")) {
        return onlyWith("uniqueId", given.get("uniqueId"), ptr, "an IAM user arn (a role session takes roleUniqueId)");
      }
      JsonValue.Str roleArn = given.get("roleArn");
      JsonValue.Str roleId = given.get("roleUniqueId");
      try {
        Arn role = roleArn == null ? rs.roleArn() : Arn.parse(roleArn.value());
        return roleId == null ? Principal.RoleSession.of(rs.sessionArn(), role)
            : Principal.RoleSession.of(rs.sessionArn(), role, roleId.value());
      } catch (ArnFormatException e) {
        problems.error(ProblemCode.INVALID_PRINCIPAL, Texts.message(e), Pointers.child(ptr, "roleArn"),
            roleArn == null ? arnText.start() : roleArn.start());
        return null;
      }
    }
    for (String extra : List.of("roleArn", "roleUniqueId")) {
      if (given.containsKey(extra)) {
        return onlyWith(extra, given.get(extra), ptr, "an assumed-role session arn");
      }
    }
    if (given.containsKey("uniqueId")) {
      if (p instanceof Principal.IamUser u) {
        return Principal.IamUser.of(u.arn(), Objects.requireNonNull(given.get("uniqueId"), "uniqueId").value());
      }
      return onlyWith("uniqueId", given.get("uniqueId"), ptr, "an IAM user arn");
    }
    return p;
  }

  private @Nullable Principal onlyWith(String member, JsonValue.Str value, String ptr, String with) {
    problems.error(ProblemCode.INVALID_PRINCIPAL, "Principal " + member + " goes only with " + with, Pointers.child(ptr,
        member), value.start());
    return null;
  }
}
