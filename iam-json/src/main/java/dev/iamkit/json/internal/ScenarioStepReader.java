package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.json.ScenarioOutcome;
import dev.iamkit.json.ScenarioStep;
import dev.iamkit.json.ScenarioStep.AdvanceClock;
import dev.iamkit.json.ScenarioStep.AssumeRole;
import dev.iamkit.json.ScenarioStep.Authenticate;
import dev.iamkit.json.ScenarioStep.Authorize;
import dev.iamkit.json.ScenarioStep.GetSessionToken;
import dev.iamkit.json.ScenarioStep.Operation;
import dev.iamkit.json.ScenarioStep.SignIn;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code steps} of a scenario file: one operation member per step, {@code as} and {@code expect},
 * and names that must refer to sessions of earlier steps. Parameters keep their text: their AWS rules apply
 * when the step runs. Not thread-safe; one per read.
 */
public final class ScenarioStepReader {
  static final List<String> KINDS = List.of("signIn", "authenticate", "getSessionToken", "assumeRole", "authorize",
      "advanceClock");
  static final List<String> STEP_MEMBERS = List.of("signIn", "authenticate", "getSessionToken", "assumeRole",
      "authorize", "advanceClock", "as", "expect");
  static final List<String> SIGN_IN_MEMBERS = List.of("account", "user", "root", "password", "mfaCode");
  static final List<String> AUTHENTICATE_MEMBERS = List.of("credentialsOf", "accessKeyId", "secretAccessKey",
      "sessionToken");
  static final List<String> SESSION_TOKEN_MEMBERS = List.of("caller", "mfaCode", "durationSeconds");
  static final List<String> ASSUME_ROLE_MEMBERS = List.of("caller", "service", "roleArn", "roleSessionName",
      "durationSeconds", "externalId", "mfaCode", "policy", "policyArns", "tags", "transitiveTagKeys",
      "sourceIdentity", "context");
  static final List<String> AUTHORIZE_MEMBERS = List.of("caller", "action", "resource", "context");

  private final Fields f;
  private final Set<String> named = new HashSet<>();

  /** A reader reporting through {@code fields}. */
  public ScenarioStepReader(Fields fields) {
    this.f = fields;
  }

  /** The steps of the array at {@code v}; steps with problems are left out (the problems say why). */
  public List<ScenarioStep> read(JsonValue v, String ptr) {
    JsonValue.Arr a = f.array(v, ptr, "an array of steps");
    List<ScenarioStep> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    for (int i = 0; i < a.elements().size(); i++) {
      ScenarioStep s = step(i, a.elements().get(i), Pointers.child(ptr, i));
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private @Nullable ScenarioStep step(int index, JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "a step object such as {\"signIn\": {...}, \"as\": \"alice\"}");
    if (o == null) {
      return null;
    }
    JsonValue.Member operationMember = null;
    String as = null;
    ScenarioOutcome expected = null;
    boolean ok = true;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      if (KINDS.contains(m.name())) {
        if (operationMember != null) {
          f.problems().error(ProblemCode.MUTUALLY_EXCLUSIVE, "A step does one thing: found both "
              + IamException.quote(operationMember.name()) + " and " + IamException.quote(m.name()), mp, m.nameStart());
          ok = false;
        } else {
          operationMember = m;
        }
        continue;
      }
      switch (m.name()) {
        case "as" -> {
          as = f.nonEmpty(m.value(), mp, "as (the name of the session the step obtains)");
          ok &= as != null;
        }
        case "expect" -> {
          String e = f.string(m.value(), mp, "expect");
          if (e != null) {
            try {
              expected = ScenarioOutcome.parse(e);
            } catch (IllegalArgumentException ex) {
              f.invalid(ProblemCode.WRONG_TYPE, m.value(), mp, "Invalid expect " + IamException.quote(e) + ": "
                  + ex.getMessage());
              ok = false;
            }
          } else {
            ok = false;
          }
        }
        default -> {
          f.unknown(m, ptr, STEP_MEMBERS, "a step");
          ok = false;
        }
      }
    }
    if (operationMember == null) {
      f.problems().error(ProblemCode.MISSING_ELEMENT, "A step needs one of " + String.join(", ", KINDS), ptr,
          o.start(), o.end() - 1);
      return null;
    }
    String op = Pointers.child(ptr, operationMember.name());
    JsonValue ov = operationMember.value();
    Operation operation = switch (operationMember.name()) {
      case "signIn" -> signIn(ov, op);
      case "authenticate" -> authenticate(ov, op);
      case "getSessionToken" -> getSessionToken(ov, op);
      case "assumeRole" -> assumeRole(ov, op);
      case "authorize" -> authorize(ov, op);
      default -> advanceClock(ov, op);
    };
    if (operation instanceof AdvanceClock && as != null) {
      f.invalid(ProblemCode.FORBIDDEN_ELEMENT, valueOr(o, "as"), Pointers.child(ptr, "as"),
          "advanceClock obtains no session: remove \"as\"");
      ok = false;
    }
    if (operation instanceof AdvanceClock && expected != null && expected.kind() != ScenarioOutcome.Kind.OK) {
      f.invalid(ProblemCode.WRONG_TYPE, valueOr(o, "expect"), Pointers.child(ptr, "expect"),
          "advanceClock always succeeds: its only expectation is \"ok\"");
      ok = false;
    }
    if (as != null && operation != null && !(operation instanceof Authorize)) {
      named.add(as);
    }
    if (operation == null || !ok) {
      return null;
    }
    return new ScenarioStep(index, operation, as, expected, f.problems().mapper().at(o.start()));
  }

  private @Nullable SignIn signIn(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "a signIn object {\"account\": ..., \"user\": ..., \"password\": ...}");
    if (o == null) {
      return null;
    }
    String account = null;
    String user = null;
    Boolean root = null;
    String password = null;
    String mfaCode = null;
    boolean ok = true;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "account" -> ok &= (account = f.string(m.value(), mp, "account")) != null;
        case "user" -> ok &= (user = f.string(m.value(), mp, "user")) != null;
        case "root" -> ok &= (root = f.bool(m.value(), mp, "root")) != null;
        case "password" -> ok &= (password = f.string(m.value(), mp, "password")) != null;
        case "mfaCode" -> ok &= (mfaCode = code(m.value(), mp)) != null;
        default -> {
          f.unknown(m, ptr, SIGN_IN_MEMBERS, "signIn");
          ok = false;
        }
      }
    }
    boolean isRoot = Boolean.TRUE.equals(root);
    if (isRoot && user != null) {
      f.problems().error(ProblemCode.MUTUALLY_EXCLUSIVE, "signIn is of the root user (\"root\": true) or of a user,"
          + " not both", Pointers.child(ptr, "root"), valueOr(o, "root").start());
      ok = false;
    } else if (!isRoot && user == null && o.member("user") == null) {
      f.missing(o, ptr, "user", "signIn (or \"root\": true)");
      ok = false;
    }
    if (o.member("account") == null) {
      f.missing(o, ptr, "account", "signIn");
      ok = false;
    }
    if (o.member("password") == null) {
      f.missing(o, ptr, "password", "signIn");
      ok = false;
    }
    return ok && account != null && password != null ? new SignIn(account, isRoot ? null : user, password, mfaCode)
        : null;
  }

  private @Nullable Authenticate authenticate(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an authenticate object {\"credentialsOf\": ...} or {\"accessKeyId\": ...,"
        + " \"secretAccessKey\": ...}");
    if (o == null) {
      return null;
    }
    String of = null;
    String id = null;
    String secret = null;
    String token = null;
    boolean ok = true;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "credentialsOf" -> {
          of = session(m.value(), mp, "credentialsOf");
          ok &= of != null;
        }
        case "accessKeyId" -> ok &= (id = f.string(m.value(), mp, "accessKeyId")) != null;
        case "secretAccessKey" -> ok &= (secret = f.string(m.value(), mp, "secretAccessKey")) != null;
        case "sessionToken" -> ok &= (token = f.string(m.value(), mp, "sessionToken")) != null;
        default -> {
          f.unknown(m, ptr, AUTHENTICATE_MEMBERS, "authenticate");
          ok = false;
        }
      }
    }
    boolean byName = o.member("credentialsOf") != null;
    boolean byKey = o.member("accessKeyId") != null || o.member("secretAccessKey") != null
        || o.member("sessionToken") != null;
    if (byName && byKey) {
      f.problems().error(ProblemCode.MUTUALLY_EXCLUSIVE, "authenticate takes credentialsOf or keys, not both", ptr,
          o.start());
      return null;
    }
    if (!byName) {
      if (o.member("accessKeyId") == null) {
        f.missing(o, ptr, "accessKeyId", "authenticate (or \"credentialsOf\")");
        ok = false;
      }
      if (o.member("secretAccessKey") == null) {
        f.missing(o, ptr, "secretAccessKey", "authenticate");
        ok = false;
      }
    }
    return ok ? new Authenticate(of, id, secret, token) : null;
  }

  private @Nullable GetSessionToken getSessionToken(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "a getSessionToken object {\"caller\": ..., \"mfaCode\": ...}");
    if (o == null) {
      return null;
    }
    String caller = null;
    String mfaCode = null;
    Long duration = null;
    boolean ok = true;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "caller" -> ok &= (caller = session(m.value(), mp, "caller")) != null;
        case "mfaCode" -> ok &= (mfaCode = code(m.value(), mp)) != null;
        case "durationSeconds" -> ok &= (duration = f.integer(m.value(), mp, "durationSeconds")) != null;
        default -> {
          f.unknown(m, ptr, SESSION_TOKEN_MEMBERS, "getSessionToken");
          ok = false;
        }
      }
    }
    if (o.member("caller") == null) {
      f.missing(o, ptr, "caller", "getSessionToken");
      ok = false;
    }
    return ok && caller != null ? new GetSessionToken(caller, mfaCode, duration) : null;
  }

  private @Nullable AssumeRole assumeRole(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an assumeRole object {\"caller\": ..., \"roleArn\": ..., \"roleSessionName\": ...}");
    if (o == null) {
      return null;
    }
    String caller = null;
    String service = null;
    String roleArn = null;
    String sessionName = null;
    Long duration = null;
    String externalId = null;
    String mfaCode = null;
    String policy = null;
    List<String> policyArns = List.of();
    Map<String, String> tags = Map.of();
    List<String> transitive = List.of();
    String sourceIdentity = null;
    Map<String, ContextValue> context = Map.of();
    boolean ok = true;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      JsonValue mv = m.value();
      switch (m.name()) {
        case "caller" -> ok &= (caller = session(mv, mp, "caller")) != null;
        case "context" -> {
          Map<String, ContextValue> c = ContextReading.read(f, mv, mp);
          ok &= c != null;
          context = c == null ? Map.of() : c;
        }
        case "service" -> ok &= (service = f.nonEmpty(mv, mp, "service (such as \"ec2.amazonaws.com\")")) != null;
        case "roleArn" -> ok &= (roleArn = f.string(mv, mp, "roleArn")) != null;
        case "roleSessionName" -> ok &= (sessionName = f.string(mv, mp, "roleSessionName")) != null;
        case "durationSeconds" -> ok &= (duration = f.integer(mv, mp, "durationSeconds")) != null;
        case "externalId" -> ok &= (externalId = f.string(mv, mp, "externalId")) != null;
        case "mfaCode" -> ok &= (mfaCode = code(mv, mp)) != null;
        case "policy" -> {
          // the session policy as sent: an object (its text as written) or a JSON string; read when the step runs
          if (mv instanceof JsonValue.Obj) {
            policy = f.textOf(mv);
          } else {
            ok &= (policy = f.string(mv, mp, "policy (a session policy object or its JSON text)")) != null;
          }
        }
        case "policyArns" -> {
          List<String> arns = f.strings(mv, mp, "policyArns", false);
          ok &= arns != null;
          policyArns = arns == null ? List.of() : arns;
        }
        case "tags" -> {
          Map<String, String> t = tags(mv, mp);
          ok &= t != null;
          tags = t == null ? Map.of() : t;
        }
        case "transitiveTagKeys" -> {
          List<String> keys = f.strings(mv, mp, "transitiveTagKeys", false);
          ok &= keys != null;
          transitive = keys == null ? List.of() : keys;
        }
        case "sourceIdentity" -> ok &= (sourceIdentity = f.string(mv, mp, "sourceIdentity")) != null;
        default -> {
          f.unknown(m, ptr, ASSUME_ROLE_MEMBERS, "assumeRole");
          ok = false;
        }
      }
    }
    boolean hasCaller = o.member("caller") != null;
    boolean hasService = o.member("service") != null;
    if (hasCaller == hasService) {
      f.problems().error(hasCaller ? ProblemCode.MUTUALLY_EXCLUSIVE : ProblemCode.MISSING_ELEMENT,
          "assumeRole needs exactly one of \"caller\" (an earlier session) and \"service\" (such as"
              + " \"ec2.amazonaws.com\")", ptr, o.start(), o.end() - 1);
      ok = false;
    }
    if (o.member("roleArn") == null) {
      f.missing(o, ptr, "roleArn", "assumeRole");
      ok = false;
    }
    if (!ok || roleArn == null) {
      return null;
    }
    return new AssumeRole(caller, service, roleArn, sessionName, duration, externalId, mfaCode, policy, policyArns,
        tags, transitive, sourceIdentity, context);
  }

  private @Nullable Map<String, String> tags(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an object of tag values by key");
    if (o == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    boolean ok = true;
    for (JsonValue.Member m : o.members()) {
      String value = f.string(m.value(), Pointers.child(ptr, m.name()), "the value of tag " + IamException.quote(m.name()));
      if (value == null) {
        ok = false;
      } else {
        out.put(m.name(), value);
      }
    }
    return ok ? out : null;
  }

  private @Nullable Authorize authorize(JsonValue v, String ptr) {
    JsonValue.Obj o = f.object(v, ptr, "an authorize object {\"caller\": ..., \"action\": ..., \"resource\": ...}");
    if (o == null) {
      return null;
    }
    String caller = null;
    String action = null;
    String resource = null;
    Map<String, ContextValue> context = Map.of();
    boolean ok = true;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "caller" -> ok &= (caller = session(m.value(), mp, "caller")) != null;
        case "action" -> {
          action = f.nonEmpty(m.value(), mp, "action");
          if (action != null && (action.indexOf('*') >= 0 || action.indexOf('?') >= 0 || action.indexOf(':') <= 0)) {
            f.invalid(ProblemCode.INVALID_ACTION, m.value(), mp, "Invalid action " + IamException.quote(action)
                + ": a request names one action, service:Operation, without wildcards");
            action = null;
          }
          ok &= action != null;
        }
        case "resource" -> ok &= (resource = f.nonEmpty(m.value(), mp, "resource")) != null;
        case "context" -> {
          Map<String, ContextValue> c = ContextReading.read(f, m.value(), mp);
          ok &= c != null;
          context = c == null ? Map.of() : c;
        }
        default -> {
          f.unknown(m, ptr, AUTHORIZE_MEMBERS, "authorize");
          ok = false;
        }
      }
    }
    for (String required : List.of("caller", "action", "resource")) {
      if (o.member(required) == null) {
        f.missing(o, ptr, required, "authorize");
        ok = false;
      }
    }
    return ok && caller != null && action != null && resource != null
        ? new Authorize(caller, action, resource, context) : null;
  }

  private @Nullable AdvanceClock advanceClock(JsonValue v, String ptr) {
    Duration by = null;
    if (v instanceof JsonValue.Str s) {
      try {
        by = Duration.parse(s.value());
      } catch (DateTimeParseException e) {
        by = null;
      }
    } else if (v instanceof JsonValue.Num) {
      Long seconds = f.integer(v, ptr, "advanceClock (seconds)");
      if (seconds == null) {
        return null;
      }
      by = Duration.ofSeconds(seconds);
    }
    if (by == null || by.isNegative() || by.isZero()) {
      f.invalid(ProblemCode.WRONG_TYPE, v, ptr, "Expected advanceClock to be a positive ISO-8601 duration such as"
          + " \"PT1H\" or \"PT15M\", or a number of seconds, found " + Texts.describe(v));
      return null;
    }
    return new AdvanceClock(by);
  }

  /** The value of member {@code name} of {@code o}, or {@code o} itself when it has none. */
  private static JsonValue valueOr(JsonValue.Obj o, String name) {
    JsonValue v = o.get(name);
    return v == null ? o : v;
  }

  /** An MFA code: a string ({@code "valid"} or digits), or digits written as a JSON number. */
  private @Nullable String code(JsonValue v, String ptr) {
    if (v instanceof JsonValue.Num n) {
      return n.text();
    }
    return f.string(v, ptr, "mfaCode (six digits, or \"valid\")");
  }

  /** A name that must be the {@code as} of an earlier step. */
  private @Nullable String session(JsonValue v, String ptr, String member) {
    String name = f.nonEmpty(v, ptr, member);
    if (name != null && !named.contains(name)) {
      f.invalid(ProblemCode.INVALID_PRINCIPAL, v, ptr, member + " " + IamException.quote(name)
          + " names no earlier step: give the step that obtains it \"as\": " + IamException.quote(name)
          + (named.isEmpty() ? "" : " (known: " + String.join(", ", new java.util.TreeSet<>(named)) + ")"));
      return null;
    }
    return name;
  }
}
