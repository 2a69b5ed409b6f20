package dev.iamkit.json.internal;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.arn.Arn;
import dev.iamkit.core.arn.ArnFormatException;
import dev.iamkit.core.eval.ContextType;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Decision;
import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.PolicySet;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import dev.iamkit.json.PolicyParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a simulation file (ARCHITECTURE.md, "Simulation file") and checks all of it, policies included,
 * before anything runs. Immutable and thread-safe.
 */
public final class SimulationFileReader {
  /** Largest simulation file, in characters. */
  public static final int MAX_CHARS = 16 * 1_048_576;
  /** Deepest nesting of a simulation file. */
  public static final int MAX_DEPTH = 64;

  /** Actions whose resource policy is the role's trust policy when the resource is a role (S1.11, S6.14). */
  static final Set<String> TRUST_ACTIONS = Set.of("sts:assumerole", "sts:assumerolewithsaml",
      "sts:assumerolewithwebidentity", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext");

  private static final List<String> FILE_MEMBERS = List.of("policies", "requests", "managementAccount");
  private static final List<String> POLICIES_MEMBERS = List.of("identity", "permissionsBoundary", "session",
      "resource", "scp", "rcp");
  private static final List<String> REQUEST_MEMBERS = List.of("id", "principal", "action", "resource",
      "resourceAccount", "context", "expect");
  private static final List<String> NAMED_POLICY_MEMBERS = List.of("name", "document");
  private static final List<String> PRINCIPAL_MEMBERS = List.of("arn", "roleArn", "uniqueId", "roleUniqueId",
      "service", "federated");

  /** How well-known global keys are typed (S5). */
  private enum KeyKind { IP, DATE, BOOLEAN, NUMERIC, EPOCH, STRING_LIST }

  private static final Map<String, KeyKind> WELL_KNOWN = Map.ofEntries(
      Map.entry("aws:sourceip", KeyKind.IP),
      Map.entry("aws:vpcsourceip", KeyKind.IP),
      Map.entry("aws:currenttime", KeyKind.DATE),
      Map.entry("aws:tokenissuetime", KeyKind.DATE),
      Map.entry("aws:multifactorauthpresent", KeyKind.BOOLEAN),
      Map.entry("aws:securetransport", KeyKind.BOOLEAN),
      Map.entry("aws:viaawsservice", KeyKind.BOOLEAN),
      Map.entry("aws:principalisawsservice", KeyKind.BOOLEAN),
      Map.entry("aws:multifactorauthage", KeyKind.NUMERIC),
      Map.entry("aws:epochtime", KeyKind.EPOCH),
      Map.entry("aws:tagkeys", KeyKind.STRING_LIST),
      Map.entry("aws:calledvia", KeyKind.STRING_LIST),
      Map.entry("aws:principalorgpaths", KeyKind.STRING_LIST),
      Map.entry("aws:resourceorgpaths", KeyKind.STRING_LIST),
      Map.entry("aws:sourceorgpaths", KeyKind.STRING_LIST),
      Map.entry("aws:principalservicenameslist", KeyKind.STRING_LIST));

  private final JsonTreeReader trees = new JsonTreeReader(MAX_CHARS, MAX_DEPTH);

  /**
   * One request of a file, checked.
   *
   * @param id the label, or null
   * @param request the request with the principal keys filled in (time keys are filled when it runs)
   * @param expected the expected decision, or null
   * @param policies the policies that apply to it, compiled once per file
   * @param position where the request object starts
   */
  public record ParsedRequest(@Nullable String id, RequestContext request, @Nullable Decision expected,
      PolicySet policies, SourcePosition position) {}

  /**
   * Reads and checks a whole simulation file.
   *
   * @throws PolicyParseException for the first problem in document order, naming {@code sourceName}
   */
  public List<ParsedRequest> read(String text, String sourceName) {
    LineIndex lines = LineIndex.of(text);
    Problems problems = Problems.of(lines);
    List<ParsedRequest> requests = List.of();
    if (text.length() > MAX_CHARS) {
      problems.error(ProblemCode.DOCUMENT_TOO_LARGE, PolicyDocumentReader.tooLarge(text.length(), MAX_CHARS)
          .replace("(maxDocumentChars)", "for a simulation file"), "", MAX_CHARS);
    } else {
      JsonValue root = trees.read(text, "", problems).completeRoot();
      if (root != null) {
        requests = new Parse(text, problems).file(root);
      }
    }
    PolicyProblem first = problems.sorted().stream().filter(PolicyProblem::isError).findFirst().orElse(null);
    if (first != null) {
      throw new PolicyParseException(first, sourceName);
    }
    return requests;
  }

  /** The parse of one file. */
  private static final class Parse {
    private final String text;
    private final Problems problems;
    private final List<NamedPolicy> identity = new ArrayList<>();
    private @Nullable NamedPolicy boundary;
    private final List<NamedPolicy> session = new ArrayList<>();
    private @Nullable NamedPolicy resource;
    private final List<List<NamedPolicy>> scp = new ArrayList<>();
    private final List<List<NamedPolicy>> rcp = new ArrayList<>();
    private @Nullable PolicySet withResourcePolicy;
    private @Nullable PolicySet withTrustPolicy;
    private @Nullable AccountId managementAccount;

    Parse(String text, Problems problems) {
      this.text = text;
      this.problems = problems;
    }

    List<ParsedRequest> file(JsonValue root) {
      if (!(root instanceof JsonValue.Obj o)) {
        problems.error(ProblemCode.WRONG_TYPE, "Expected a simulation object {\"policies\": ..., \"requests\": [...]}, found "
            + Texts.describe(root), "", root.start());
        return List.of();
      }
      JsonValue.Member requestsMember = null;
      for (JsonValue.Member m : o.members()) {
        switch (m.name()) {
          case "policies" -> policies(m.value(), "/policies");
          case "requests" -> requestsMember = m;
          case "managementAccount" -> managementAccount(m.value(), "/managementAccount");
          default -> unknown(m, "", FILE_MEMBERS, "a simulation file");
        }
      }
      if (requestsMember == null) {
        problems.error(ProblemCode.MISSING_ELEMENT, "Missing requests: a simulation file needs \"requests\": [...]", "",
            o.start(), o.end() - 1);
        return List.of();
      }
      if (!(requestsMember.value() instanceof JsonValue.Arr arr)) {
        wrongType(requestsMember.value(), "/requests", "an array of request objects");
        return List.of();
      }
      List<ParsedRequest> out = new ArrayList<>();
      for (int i = 0; i < arr.elements().size(); i++) {
        ParsedRequest r = request(arr.elements().get(i), Pointers.child("/requests", i));
        if (r != null) {
          out.add(r);
        }
      }
      return out;
    }

    /**
     * iamkit's extension of the format: the organization's management account, whose principals SCPs do not
     * restrict and whose resources RCPs do not restrict (S6.5, S6.6). Optional; without it no account is exempt.
     */
    private void managementAccount(JsonValue v, String ptr) {
      String account = string(v, ptr, "managementAccount");
      if (account == null) {
        return;
      }
      managementAccount = AccountId.tryParse(account).orElse(null);
      if (managementAccount == null) {
        problems.error(ProblemCode.WRONG_TYPE, "Expected managementAccount to be a 12-digit account ID, found "
            + Texts.quote(account), ptr, v.start());
      }
    }

    // ---- policies ----

    private void policies(JsonValue v, String ptr) {
      if (!(v instanceof JsonValue.Obj o)) {
        wrongType(v, ptr, "an object with identity, permissionsBoundary, session, resource, scp and rcp");
        return;
      }
      for (JsonValue.Member m : o.members()) {
        String mp = Pointers.child(ptr, m.name());
        JsonValue mv = m.value();
        switch (m.name()) {
          case "identity" -> {
            if (mv instanceof JsonValue.Arr a) {
              for (int i = 0; i < a.elements().size(); i++) {
                add(identity, policy(a.elements().get(i), Pointers.child(mp, i), "identity[" + i + "]"));
              }
            } else {
              wrongType(mv, mp, "an array of policies");
            }
          }
          case "permissionsBoundary" -> boundary = policy(mv, mp, "permissionsBoundary");
          case "session" -> {
            if (mv instanceof JsonValue.Arr a) {
              for (int i = 0; i < a.elements().size(); i++) {
                add(session, policy(a.elements().get(i), Pointers.child(mp, i), "session[" + i + "]"));
              }
            } else {
              add(session, policy(mv, mp, "session[0]"));
            }
          }
          case "resource" -> resource = policy(mv, mp, "resource");
          case "scp" -> levels(mv, mp, "scp", scp);
          case "rcp" -> levels(mv, mp, "rcp", rcp);
          default -> unknown(m, ptr, POLICIES_MEMBERS, "policies");
        }
      }
    }

    private void levels(JsonValue v, String ptr, String kind, List<List<NamedPolicy>> out) {
      if (!(v instanceof JsonValue.Arr levels)) {
        wrongType(v, ptr, "an array of levels (root first, account last), each an array of policies");
        return;
      }
      for (int level = 0; level < levels.elements().size(); level++) {
        JsonValue lv = levels.elements().get(level);
        String lp = Pointers.child(ptr, level);
        if (!(lv instanceof JsonValue.Arr policies)) {
          wrongType(lv, lp, "an array of the " + kind.toUpperCase(Locale.ROOT) + "s of level " + level);
          continue;
        }
        List<NamedPolicy> l = new ArrayList<>();
        for (int i = 0; i < policies.elements().size(); i++) {
          add(l, policy(policies.elements().get(i), Pointers.child(lp, i), kind + "[" + level + "][" + i + "]"));
        }
        out.add(l);
      }
    }

    private static void add(List<NamedPolicy> list, @Nullable NamedPolicy p) {
      if (p != null) {
        list.add(p);
      }
    }

    private @Nullable NamedPolicy policy(JsonValue v, String ptr, String defaultName) {
      if (!(v instanceof JsonValue.Obj o)) {
        wrongType(v, ptr, "a policy document object or {\"name\": ..., \"document\": {...}}");
        return null;
      }
      if (o.member("document") == null) {
        Policy p = document(o, ptr);
        return p == null ? null : new NamedPolicy(defaultName, p);
      }
      String name = defaultName;
      Policy p = null;
      for (JsonValue.Member m : o.members()) {
        String mp = Pointers.child(ptr, m.name());
        switch (m.name()) {
          case "name" -> {
            String n = string(m.value(), mp, "name");
            if (n != null && n.isEmpty()) {
              problems.error(ProblemCode.EMPTY_VALUE, "A policy name must not be empty", mp, m.value().start());
            } else if (n != null) {
              name = n;
            }
          }
          case "document" -> {
            if (m.value() instanceof JsonValue.Obj doc) {
              p = document(doc, mp);
            } else {
              wrongType(m.value(), mp, "a policy document object");
            }
          }
          default -> unknown(m, ptr, NAMED_POLICY_MEMBERS, "a named policy");
        }
      }
      return p == null ? null : new NamedPolicy(name, p);
    }

    private @Nullable Policy document(JsonValue.Obj doc, String ptr) {
      String docText = text.substring(doc.start(), doc.end());
      for (int rel : CharacterCheck.scan(docText)) {
        int off = doc.start() + rel;
        problems.error(ProblemCode.INVALID_CHARACTER, CharacterCheck.message(text, off),
            ptr + Trees.pointerAt(doc, off), off);
      }
      return new PolicyShapeReader(problems, ptr).read(doc);
    }

    private PolicySet policySet(boolean trust) {
      PolicySet built = trust ? withTrustPolicy : withResourcePolicy;
      if (built != null) {
        return built;
      }
      PolicySet.Builder b = PolicySet.builder();
      identity.forEach(b::identity);
      if (boundary != null) {
        b.permissionsBoundary(boundary);
      }
      session.forEach(b::session);
      if (resource != null) {
        if (trust) {
          b.trustPolicy(resource);
        } else {
          b.resourcePolicy(resource);
        }
      }
      scp.forEach(b::scpLevel);
      rcp.forEach(b::rcpLevel);
      if (managementAccount != null) {
        b.managementAccount(managementAccount);
      }
      PolicySet set = b.build();
      if (trust) {
        withTrustPolicy = set;
      } else {
        withResourcePolicy = set;
      }
      return set;
    }

    // ---- requests ----

    private @Nullable ParsedRequest request(JsonValue v, String ptr) {
      if (!(v instanceof JsonValue.Obj o)) {
        wrongType(v, ptr, "a request object {\"principal\": ..., \"action\": ..., ...}");
        return null;
      }
      boolean ok = true;
      String id = null;
      Principal principal = null;
      String action = null;
      String resourceText = null;
      AccountId resourceAccount = null;
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
            id = string(mv, mp, "id");
            ok &= id != null;
          }
          case "principal" -> {
            sawPrincipal = true;
            principal = principal(mv, mp);
            ok &= principal != null;
          }
          case "action" -> {
            sawAction = true;
            action = string(mv, mp, "action");
            if (action != null) {
              try {
                if (action.indexOf('*') >= 0 || action.indexOf('?') >= 0) {
                  throw new IllegalArgumentException("Invalid action " + Texts.quote(action)
                      + ": a request names one action, service:Operation, without wildcards");
                }
                b.action(action);
              } catch (IllegalArgumentException e) {
                problems.error(ProblemCode.INVALID_ACTION, Objects.requireNonNullElse(e.getMessage(), e.toString()), mp, mv.start());
                action = null;
              }
            }
            ok &= action != null;
          }
          case "resource" -> {
            resourceText = string(mv, mp, "resource");
            if (resourceText != null) {
              try {
                b.resource(resourceText);
              } catch (IllegalArgumentException e) {
                problems.error(ProblemCode.INVALID_RESOURCE, Objects.requireNonNullElse(e.getMessage(), e.toString()), mp, mv.start());
                resourceText = null;
              }
            }
            ok &= resourceText != null;
          }
          case "resourceAccount" -> {
            String account = string(mv, mp, "resourceAccount");
            if (account != null) {
              resourceAccount = AccountId.tryParse(account).orElse(null);
              if (resourceAccount == null) {
                problems.error(ProblemCode.INVALID_RESOURCE, "Expected resourceAccount to be a 12-digit account ID, found "
                    + Texts.quote(account), mp, mv.start());
              } else {
                b.resourceAccount(resourceAccount);
              }
            }
            ok &= resourceAccount != null;
          }
          case "context" -> context = m;
          case "expect" -> {
            String e = string(mv, mp, "expect");
            if (e != null) {
              try {
                expected = Decision.fromId(e);
              } catch (IllegalArgumentException ex) {
                problems.error(ProblemCode.WRONG_TYPE, "Expected expect to be \"allow\", \"explicit_deny\" or"
                    + " \"implicit_deny\", found " + Texts.quote(e), mp, mv.start());
              }
            }
            ok &= expected != null;
          }
          default -> {
            unknown(m, ptr, REQUEST_MEMBERS, "a request");
            ok = false;
          }
        }
      }
      if (!sawPrincipal) {
        missing(o, ptr, "principal", "an ARN, \"anonymous\", {\"service\": ...}, {\"arn\": ..., \"roleArn\": ...}"
            + " or {\"federated\": ...}");
        ok = false;
      }
      if (!sawAction) {
        missing(o, ptr, "action", "service:Operation, for example \"s3:GetObject\"");
        ok = false;
      }
      if (context != null) {
        ok &= context(context.value(), Pointers.child(ptr, "context"), b);
      }
      if (!ok) {
        return null;
      }
      // ok: both were read
      b.principal(Objects.requireNonNull(principal, "principal")).withDefaultPrincipalKeys();
      RequestContext request = b.build();
      boolean trust = resource != null && isTrustRequest(Objects.requireNonNull(action, "action"), request.resource());
      return new ParsedRequest(id, request, expected, policySet(trust), problems.mapper().at(o.start()));
    }

    private static boolean isTrustRequest(String action, String resource) {
      if (!TRUST_ACTIONS.contains(action.toLowerCase(Locale.ROOT))) {
        return false;
      }
      Optional<Arn> arn = Arn.tryParse(resource);
      return arn.isPresent() && arn.get().service().equals("iam") && arn.get().resource().startsWith("role/");
    }

    private @Nullable Principal principal(JsonValue v, String ptr) {
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
        wrongType(v, ptr, "a principal ARN, \"anonymous\", or an object with arn, service or federated");
        return null;
      }
      Map<String, JsonValue.Str> fields = new HashMap<>();
      boolean ok = true;
      for (JsonValue.Member m : o.members()) {
        String mp = Pointers.child(ptr, m.name());
        if (!PRINCIPAL_MEMBERS.contains(m.name())) {
          unknown(m, ptr, PRINCIPAL_MEMBERS, "a principal");
          ok = false;
        } else if (m.value() instanceof JsonValue.Str s && !s.value().isEmpty()) {
          fields.put(m.name(), s);
        } else if (m.value() instanceof JsonValue.Str) {
          problems.error(ProblemCode.EMPTY_VALUE, "Principal " + m.name() + " must not be empty", mp, m.value().start());
          ok = false;
        } else {
          wrongType(m.value(), mp, "a string for principal " + m.name());
          ok = false;
        }
      }
      if (!ok) {
        return null;
      }
      int kinds = (fields.containsKey("arn") ? 1 : 0) + (fields.containsKey("service") ? 1 : 0)
          + (fields.containsKey("federated") ? 1 : 0);
      if (kinds != 1) {
        problems.error(ProblemCode.INVALID_PRINCIPAL, "A principal object has exactly one of arn, service or federated,"
            + " found " + (kinds == 0 ? "none" : kinds), ptr, o.start());
        return null;
      }
      if (!fields.containsKey("arn")) {
        for (String extra : List.of("roleArn", "uniqueId", "roleUniqueId")) {
          if (fields.containsKey(extra)) {
            return onlyWith(extra, fields.get(extra), ptr, "arn");
          }
        }
        return fields.containsKey("service") ? Principal.service(fields.get("service").value())
            : new Principal.WebIdentityUser(Objects.requireNonNull(fields.get("federated"), "federated").value());
      }
      JsonValue.Str arnText = fields.get("arn");
      Principal p;
      try {
        p = Principal.parse(arnText.value());
      } catch (ArnFormatException e) {
        problems.error(ProblemCode.INVALID_PRINCIPAL, Objects.requireNonNullElse(e.getMessage(), e.toString()), Pointers.child(ptr, "arn"), arnText.start());
        return null;
      }
      if (p instanceof Principal.RoleSession rs) {
        if (fields.containsKey("uniqueId")) {
          return onlyWith("uniqueId", fields.get("uniqueId"), ptr, "an IAM user arn (a role session takes roleUniqueId)");
        }
        JsonValue.Str roleArn = fields.get("roleArn");
        JsonValue.Str roleId = fields.get("roleUniqueId");
        try {
          Arn role = roleArn == null ? rs.roleArn() : Arn.parse(roleArn.value());
          return roleId == null ? Principal.RoleSession.of(rs.sessionArn(), role)
              : Principal.RoleSession.of(rs.sessionArn(), role, roleId.value());
        } catch (ArnFormatException e) {
          problems.error(ProblemCode.INVALID_PRINCIPAL, Objects.requireNonNullElse(e.getMessage(), e.toString()), Pointers.child(ptr, "roleArn"),
              roleArn == null ? arnText.start() : roleArn.start());
          return null;
        }
      }
      for (String extra : List.of("roleArn", "roleUniqueId")) {
        if (fields.containsKey(extra)) {
          return onlyWith(extra, fields.get(extra), ptr, "an assumed-role session arn");
        }
      }
      if (fields.containsKey("uniqueId")) {
        if (p instanceof Principal.IamUser u) {
          return Principal.IamUser.of(u.arn(), Objects.requireNonNull(fields.get("uniqueId"), "uniqueId").value());
        }
        return onlyWith("uniqueId", fields.get("uniqueId"), ptr, "an IAM user arn");
      }
      return p;
    }

    private @Nullable Principal onlyWith(String member, JsonValue.Str value, String ptr, String with) {
      problems.error(ProblemCode.INVALID_PRINCIPAL, "Principal " + member + " goes only with " + with, Pointers.child(ptr,
          member), value.start());
      return null;
    }

    // ---- context ----

    private boolean context(JsonValue v, String ptr, RequestContext.Builder b) {
      if (!(v instanceof JsonValue.Obj o)) {
        wrongType(v, ptr, "an object of context keys and values");
        return false;
      }
      boolean ok = true;
      Map<String, String> seen = new HashMap<>();
      for (JsonValue.Member m : o.members()) {
        String key = m.name();
        String kp = Pointers.child(ptr, key);
        if (key.isEmpty()) {
          problems.error(ProblemCode.INVALID_CONDITION_KEY, "Context key names must not be empty", kp, m.nameStart());
          ok = false;
          continue;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        String earlier = seen.putIfAbsent(lower, key);
        if (earlier != null) {
          problems.error(ProblemCode.DUPLICATE_KEY, "Context key " + Texts.quote(key) + " is the same key as "
              + Texts.quote(earlier) + ": key names are case-insensitive (S3.3)", kp, m.nameStart());
          ok = false;
          continue;
        }
        ContextValue cv = contextValue(key, WELL_KNOWN.get(lower), m.value(), kp);
        if (cv == null) {
          ok = false;
        } else {
          b.context(key, cv);
        }
      }
      return ok;
    }

    private @Nullable ContextValue contextValue(String key, @Nullable KeyKind kind, JsonValue v, String ptr) {
      if (kind == KeyKind.STRING_LIST && v instanceof JsonValue.Str s) {
        // multivalued in every AWS request (S3.13): a single string is a list of one
        return make(ContextType.STRING, true, List.of(s.value()), key, v, ptr);
      }
      if (kind != null && kind != KeyKind.STRING_LIST && v instanceof JsonValue.Arr) {
        problems.error(ProblemCode.WRONG_TYPE, key + " is single-valued: expected " + expectation(kind)
            + ", found " + Texts.describe(v), ptr, v.start());
        return null;
      }
      if (kind != null && kind != KeyKind.STRING_LIST) {
        return typed(key, kind, v, ptr);
      }
      if (v instanceof JsonValue.Arr a) {
        return list(key, a, ptr, kind == KeyKind.STRING_LIST);
      }
      ContextType type = scalarType(v);
      if (type == null) {
        wrongType(v, ptr, "a string, number or boolean, or an array of them, for context key " + Texts.quote(key));
        return null;
      }
      return make(type, false, List.of(scalarText(v)), key, v, ptr);
    }

    private @Nullable ContextValue list(String key, JsonValue.Arr a, String ptr, boolean stringsOnly) {
      ContextType type = null;
      List<String> values = new ArrayList<>();
      for (int i = 0; i < a.elements().size(); i++) {
        JsonValue e = a.elements().get(i);
        ContextType t = scalarType(e);
        String ep = Pointers.child(ptr, i);
        if (t == null || (stringsOnly && t != ContextType.STRING)) {
          wrongType(e, ep, stringsOnly ? "a string in the values of " + key
              : "a string, number or boolean in the values of context key " + Texts.quote(key));
          return null;
        }
        if (type != null && t != type) {
          problems.error(ProblemCode.WRONG_TYPE, "The values of context key " + Texts.quote(key) + " must all have one"
              + " type: expected " + type.name().toLowerCase(Locale.ROOT) + " like the first, found "
              + Texts.describe(e), ep, e.start());
          return null;
        }
        type = t;
        values.add(scalarText(e));
      }
      return make(type == null ? ContextType.STRING : type, true, values, key, a, ptr);
    }

    private @Nullable ContextValue typed(String key, KeyKind kind, JsonValue v, String ptr) {
      String text = null;
      ContextType type = null;
      switch (kind) {
        case IP -> {
          if (v instanceof JsonValue.Str s && ContextText.isIpAddress(s.value())) {
            text = s.value();
            type = ContextType.IP;
          }
        }
        case DATE -> {
          if (v instanceof JsonValue.Str s && ContextText.isDate(s.value())) {
            text = s.value();
          } else if (v instanceof JsonValue.Num n && ContextText.isEpochSeconds(n.text())) {
            text = n.text();
          }
          type = ContextType.DATE;
        }
        case EPOCH -> {
          if (v instanceof JsonValue.Num n && ContextText.isEpochSeconds(n.text())) {
            text = n.text();
          } else if (v instanceof JsonValue.Str s && ContextText.isDate(s.value())) {
            text = s.value();
          }
          type = ContextType.DATE;
        }
        case BOOLEAN -> {
          if (v instanceof JsonValue.Bool b) {
            text = Boolean.toString(b.value());
          } else if (v instanceof JsonValue.Str s && (s.value().equalsIgnoreCase("true")
              || s.value().equalsIgnoreCase("false"))) {
            text = s.value().toLowerCase(Locale.ROOT);
          }
          type = ContextType.BOOLEAN;
        }
        case NUMERIC -> {
          if (v instanceof JsonValue.Num n && ContextText.isDecimal(n.text())) {
            text = n.text();
          } else if (v instanceof JsonValue.Str s && ContextText.isDecimal(s.value())) {
            text = s.value();
          }
          type = ContextType.NUMERIC;
        }
        default -> throw new IllegalStateException(kind.name());
      }
      if (text == null || type == null) {
        problems.error(v instanceof JsonValue.Null ? ProblemCode.NULL_VALUE : ProblemCode.INVALID_CONDITION_VALUE,
            "Invalid value for " + key + ": expected " + expectation(kind) + ", found " + Texts.describe(v), ptr,
            v.start());
        return null;
      }
      return make(type, false, List.of(text), key, v, ptr);
    }

    private static String expectation(KeyKind kind) {
      return switch (kind) {
        case IP -> "an IPv4 or IPv6 address such as \"203.0.113.5\" (S3.9, S5.4)";
        case DATE -> "an ISO 8601 date such as \"2026-01-01T00:00:00Z\" or epoch seconds (S3.6, S5.3)";
        case EPOCH -> "epoch seconds such as 1767225600, or an ISO 8601 date (S3.6, S5.3)";
        case BOOLEAN -> "true or false (S3.7)";
        case NUMERIC -> "a decimal number such as 300 (S3.5)";
        case STRING_LIST -> "a list of strings (S3.13)";
      };
    }

    private @Nullable ContextValue make(ContextType type, boolean list, List<String> values, String key, JsonValue v,
        String ptr) {
      try {
        return list ? ContextValue.listOf(type, values) : ContextValue.of(type, values.get(0));
      } catch (IllegalArgumentException e) {
        problems.error(ProblemCode.INVALID_CONDITION_VALUE, "Invalid value for context key " + Texts.quote(key) + ": "
            + Objects.requireNonNullElse(e.getMessage(), e.toString()), ptr, v.start());
        return null;
      }
    }

    private static @Nullable ContextType scalarType(JsonValue v) {
      if (v instanceof JsonValue.Str) {
        return ContextType.STRING;
      } else if (v instanceof JsonValue.Num) {
        return ContextType.NUMERIC;
      } else if (v instanceof JsonValue.Bool) {
        return ContextType.BOOLEAN;
      }
      return null;
    }

    private static String scalarText(JsonValue v) {
      if (v instanceof JsonValue.Str s) {
        return s.value();
      } else if (v instanceof JsonValue.Num n) {
        return n.text();
      }
      return Boolean.toString(((JsonValue.Bool) v).value());
    }

    // ---- helpers ----

    private @Nullable String string(JsonValue v, String ptr, String member) {
      if (v instanceof JsonValue.Str s) {
        return s.value();
      }
      wrongType(v, ptr, "a string for " + member);
      return null;
    }

    private void wrongType(JsonValue v, String ptr, String expected) {
      problems.error(v instanceof JsonValue.Null ? ProblemCode.NULL_VALUE : ProblemCode.WRONG_TYPE,
          "Expected " + expected + ", found " + Texts.describe(v), ptr, v.start());
    }

    private void unknown(JsonValue.Member m, String parent, List<String> known, String where) {
      problems.error(ProblemCode.UNKNOWN_ELEMENT, "Unknown member " + Texts.quote(m.name()) + " in " + where
          + ": expected " + String.join(", ", known) + PolicyShapeReader.caseHint(m.name(), known),
          Pointers.child(parent, m.name()), m.nameStart());
    }

    private void missing(JsonValue.Obj o, String ptr, String member, String expected) {
      problems.error(ProblemCode.MISSING_ELEMENT, "Missing " + member + ": a request needs \"" + member + "\": "
          + expected, ptr, o.start(), o.end() - 1);
    }
  }
}
