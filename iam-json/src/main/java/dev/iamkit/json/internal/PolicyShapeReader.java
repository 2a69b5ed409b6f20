package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.Action;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.Resource;
import dev.iamkit.core.policy.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Policy} from a parsed JSON tree, checking the policy grammar's shape (S1.1 to S1.10):
 * known member names spelled exactly, the right JSON types, Version and Effect values. It does not check
 * what {@code PolicyValidator} checks (ARN syntax, required elements per kind, Sid characters, ...).
 *
 * <p>Reading goes on after a problem wherever the shape allows: an unknown member, a wrongly typed
 * element or an unusable array entry is reported and left out; a statement without a valid Effect is
 * reported and kept as a Deny, so that a validator checks the rest of it; the error makes the document
 * unusable for evaluation. Null entries of Resource and NotResource arrays are dropped with a
 * {@link ProblemCode#NULL_RESOURCE} warning (S1.1). Not thread-safe; one instance per read.
 */
public final class PolicyShapeReader {
  static final List<String> TOP_MEMBERS = List.of("Version", "Id", "Statement");
  static final List<String> STATEMENT_MEMBERS = List.of("Sid", "Effect", "Principal", "NotPrincipal", "Action",
      "NotAction", "Resource", "NotResource", "Condition");

  /** The pointers /Statement/0 to /Statement/63, built once: every policy read needs some. */
  private static final String[] STATEMENT_POINTERS = IntStream.range(0, 64)
      .mapToObj(i -> Pointers.child("/Statement", i)).toArray(String[]::new);

  private final Problems problems;
  private final Fields fields;
  private final String prefix;
  private final Map<String, int[]> remaps = new HashMap<>();

  /**
   * A reader reporting to {@code problems}, with pointers starting with {@code prefix} (the pointer of the
   * policy in its file; the empty string when the policy is the document).
   */
  public PolicyShapeReader(Problems problems, String prefix) {
    this.problems = problems;
    this.fields = new Fields(problems);
    this.prefix = prefix;
  }

  /**
   * Where array entries were left out: for a model array pointer (relative to the policy), the source index
   * of each model entry.
   */
  public Map<String, int[]> remaps() {
    return remaps.isEmpty() ? Map.of() : Map.copyOf(remaps);
  }

  /** The policy, or null when its shape could not be built (problems say why). */
  public @Nullable Policy read(JsonValue root) {
    if (!(root instanceof JsonValue.Obj o)) {
      problems.error(ProblemCode.WRONG_TYPE, "Expected a policy object {\"Version\": ..., \"Statement\": ...}, found "
          + Texts.describe(root), prefix, root.start());
      return null;
    }
    Policy.Builder b = Policy.builder().version(null); // a document without Version stays without
    boolean statementSeen = false;
    boolean statementsOk = false;
    List<JsonValue.Member> members = o.members(); // indexed: an iterator of the tree's lists costs an object
    for (int i = 0; i < members.size(); i++) {
      JsonValue.Member m = members.get(i);
      String src = Pointers.child(prefix, m.name());
      JsonValue v = m.value();
      switch (known(m.name(), TOP_MEMBERS)) {
        case "Version" -> {
          String text = fields.string(v, src, "Version");
          if (text != null) {
            PolicyVersion version = PolicyVersion.fromText(text).orElse(null);
            if (version == null) {
              problems.error(ProblemCode.INVALID_VERSION, "Expected Version \"2012-10-17\" or \"2008-10-17\", found "
                  + IamException.quote(text) + " (S1.2)", src, v.start());
            }
            b.version(version);
          }
        }
        case "Id" -> b.id(fields.string(v, src, "Id"));
        case "Statement" -> {
          statementSeen = true;
          statementsOk = statements(v, src, b);
        }
        default -> unknownMember(m, src, TOP_MEMBERS, "a policy");
      }
    }
    if (!statementSeen) {
      problems.error(ProblemCode.MISSING_ELEMENT,
          "Missing Statement: a policy needs a Statement object or an array of statement objects (S1.4)", prefix,
          o.start(), o.end() - 1);
      return null;
    }
    return statementsOk ? b.build() : null;
  }

  private boolean statements(JsonValue v, String src, Policy.Builder b) {
    if (v instanceof JsonValue.Obj single) {
      Statement s = statement(single, src, "/Statement/0");
      if (s == null) {
        return false;
      }
      // A validator may point into a single statement as /Statement/0/... or /Statement/...: remap both.
      for (Map.Entry<String, int[]> e : List.copyOf(remaps.entrySet())) {
        if (e.getKey().startsWith("/Statement/0/")) {
          remaps.put("/Statement/" + e.getKey().substring("/Statement/0/".length()), e.getValue());
        }
      }
      b.statement(s).statementArray(false);
      return true;
    }
    if (v instanceof JsonValue.Arr arr) {
      List<JsonValue> els = arr.elements();
      List<Statement> out = new ArrayList<>(els.size());
      int[] sources = null; // the source index of each statement kept, from the first one left out on
      for (int i = 0; i < els.size(); i++) {
        JsonValue e = els.get(i);
        String esrc = statementPointer(src, i);
        Statement s = e instanceof JsonValue.Obj so ? statement(so, esrc, statementPointer("/Statement", out.size()))
            : null;
        if (s != null) {
          if (sources != null) {
            sources[out.size()] = i;
          }
          out.add(s);
          continue;
        }
        sources = sources != null ? sources : identity(els.size(), out.size());
        if (!(e instanceof JsonValue.Obj)) {
          fields.wrongType(e, esrc, "a statement object {\"Effect\": ..., ...}");
        }
      }
      remap("/Statement", sources, out.size());
      b.statements(out).statementArray(true);
      return true;
    }
    fields.wrongType(v, src, "a statement object or an array of statement objects (S1.4)");
    return false;
  }

  /** {@code statements}/{@code index}, shared when that is one of {@link #STATEMENT_POINTERS}. */
  private static String statementPointer(String statements, int index) {
    return index < STATEMENT_POINTERS.length && statements.equals("/Statement") ? STATEMENT_POINTERS[index]
        : Pointers.child(statements, index);
  }

  private @Nullable Statement statement(JsonValue.Obj o, String src, String model) {
    Statement.Builder b = Statement.builder();
    boolean effectSeen = false;
    Effect effect = null;
    List<JsonValue.Member> members = o.members();
    for (int i = 0; i < members.size(); i++) {
      JsonValue.Member m = members.get(i);
      // Pointers are built only where they are used: for a problem, or for an element with members of its own.
      String name = m.name();
      JsonValue v = m.value();
      switch (known(name, STATEMENT_MEMBERS)) {
        case "Sid" -> b.sid(v instanceof JsonValue.Str s ? s.value() : fields.string(v, Pointers.child(src, name), "Sid"));
        case "Effect" -> {
          effectSeen = true;
          String text = v instanceof JsonValue.Str s ? s.value() : fields.string(v, Pointers.child(src, name), "Effect");
          if (text != null) {
            effect = Effect.fromText(text).orElse(null);
            if (effect == null) {
              problems.error(ProblemCode.INVALID_EFFECT, "Expected Effect \"Allow\" or \"Deny\" (case-sensitive), found "
                  + IamException.quote(text) + " (S1.6)", Pointers.child(src, name), v.start());
            }
          }
        }
        case "Principal" -> b.principal(principal(v, Pointers.child(src, name), Pointers.child(model, name), name));
        case "NotPrincipal" -> b.notPrincipal(principal(v, Pointers.child(src, name), Pointers.child(model, name), name));
        case "Action" -> b.action(strings(v, src, model, name, "Action", Action::of, Action[]::new, false));
        case "NotAction" -> b.notAction(strings(v, src, model, name, "NotAction", Action::of, Action[]::new, false));
        case "Resource" -> b.resource(strings(v, src, model, name, "Resource", Resource::of, Resource[]::new, true));
        case "NotResource" -> b.notResource(strings(v, src, model, name, "NotResource", Resource::of, Resource[]::new, true));
        case "Condition" -> b.condition(condition(v, src, model));
        default -> unknownMember(m, Pointers.child(src, name), STATEMENT_MEMBERS, "a statement");
      }
    }
    if (!effectSeen) {
      problems.error(ProblemCode.MISSING_ELEMENT,
          "Missing Effect: a statement needs \"Effect\": \"Allow\" or \"Deny\" (S1.6)", src, o.start(), o.end() - 1);
    }
    // Without a valid Effect the statement is still kept, as a Deny, so that the validator checks the rest of it
    // in the same pass (issue 11 §4); the error above makes the document unusable for evaluation.
    return b.effect(effect == null ? Effect.DENY : effect).build();
  }

  /**
   * The constant of {@code names} equal to {@code name}, or "" when none is: a {@code switch} on the result
   * compares interned constants, whose hashes are cached, instead of hashing every member name of the tree.
   */
  private static String known(String name, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      String k = names.get(i);
      if (k.length() == name.length() && k.equals(name)) {
        return k;
      }
    }
    return "";
  }

  private @Nullable PrincipalElement principal(JsonValue v, String src, String model, String element) {
    if (v instanceof JsonValue.Str s) {
      if (s.value().equals("*")) {
        return PrincipalElement.wildcard();
      }
      problems.error(ProblemCode.INVALID_PRINCIPAL, "Expected " + element + " \"*\" or an object with AWS, Service,"
          + " Federated or CanonicalUser, found " + Texts.describe(v) + " (S1.7)", src, v.start());
      return null;
    }
    if (!(v instanceof JsonValue.Obj o)) {
      fields.wrongType(v, src, "\"*\" or an object with AWS, Service, Federated or CanonicalUser (S1.7)");
      return null;
    }
    Map<PrincipalType, OneOrMany<String>> entries = new LinkedHashMap<>();
    List<JsonValue.Member> members = o.members();
    for (int i = 0; i < members.size(); i++) {
      JsonValue.Member m = members.get(i);
      PrincipalType type = PrincipalType.fromKey(m.name()).orElse(null);
      if (type == null) {
        problems.error(ProblemCode.INVALID_PRINCIPAL, "Unknown principal type " + IamException.quote(m.name())
            + " in " + element + ": expected AWS, Service, Federated or CanonicalUser" + caseHint(m.name(),
            List.of("AWS", "Service", "Federated", "CanonicalUser")) + " (S1.7)", Pointers.child(src, m.name()),
            m.nameStart());
        continue;
      }
      OneOrMany<String> values = strings(m.value(), src, model, m.name(), element + "." + m.name(),
          Function.identity(), String[]::new, false);
      if (values != null) {
        entries.put(type, values);
      }
    }
    return PrincipalElement.of(entries);
  }

  /**
   * The strings of the member {@code name} of the object at {@code parentSrc} ({@code parentModel} in the model),
   * one or an array of them.
   */
  private <T> @Nullable OneOrMany<T> strings(JsonValue v, String parentSrc, String parentModel, String name,
      String element, Function<String, T> f, IntFunction<T[]> arrays, boolean nullEntriesTolerated) {
    if (v instanceof JsonValue.Str s) {
      return OneOrMany.one(f.apply(s.value()));
    }
    if (!(v instanceof JsonValue.Arr a)) {
      fields.wrongType(v, Pointers.child(parentSrc, name), "a string or an array of strings for " + element);
      return null;
    }
    List<JsonValue> els = a.elements();
    // one or two strings, the most common arrays: List.of takes them without an array (as it would from one)
    if (els.size() == 1 && els.get(0) instanceof JsonValue.Str s) {
      return OneOrMany.list(List.of(f.apply(s.value())));
    }
    if (els.size() == 2 && els.get(0) instanceof JsonValue.Str s0 && els.get(1) instanceof JsonValue.Str s1) {
      T first = f.apply(s0.value());
      return OneOrMany.list(List.of(first, f.apply(s1.value())));
    }
    T[] out = arrays.apply(els.size());
    int kept = 0;
    int[] sources = null; // the source index of each entry kept, from the first entry left out on
    for (int i = 0; i < els.size(); i++) {
      JsonValue e = els.get(i);
      if (e instanceof JsonValue.Str s) {
        if (sources != null) {
          sources[kept] = i;
        }
        out[kept++] = f.apply(s.value());
        continue;
      }
      sources = sources != null ? sources : identity(els.size(), kept);
      String esrc = Pointers.child(Pointers.child(parentSrc, name), i); // built for a problem only
      if (e instanceof JsonValue.Null && nullEntriesTolerated) {
        problems.warning(ProblemCode.NULL_RESOURCE, "null entry in " + element
            + ": IAM tolerates it, iamkit ignores it (S1.1)", esrc, e.start());
      } else if (e instanceof JsonValue.Arr) {
        problems.error(ProblemCode.WRONG_TYPE, "Expected a string in " + element + ", found " + Texts.describe(e)
            + ": arrays may not be nested", esrc, e.start());
      } else {
        fields.wrongType(e, esrc, "a string in " + element);
      }
    }
    if (sources != null) {
      remap(Pointers.child(parentModel, name), sources, kept);
    }
    return OneOrMany.list(frozen(out, kept));
  }

  /**
   * The first {@code kept} entries of {@code out} as an immutable list, which OneOrMany keeps without copying
   * it again (an ArrayList would be copied twice: by toArray and by List.of).
   */
  private static <T> List<T> frozen(T[] out, int kept) {
    return List.of(kept == out.length ? out : Arrays.copyOf(out, kept));
  }

  /**
   * The Condition {@code v} of the statement at {@code statementSrc} ({@code statementModel} in the model); pointers
   * are built only for a problem or a remap.
   */
  private @Nullable Condition condition(JsonValue v, String statementSrc, String statementModel) {
    if (!(v instanceof JsonValue.Obj o)) {
      fields.wrongType(v, Pointers.child(statementSrc, "Condition"),
          "a Condition object {\"Operator\": {\"key\": value}} (S1.10)");
      return null;
    }
    Condition.Builder operators = Condition.builder(); // build() keeps the builder's maps without copying them
    List<JsonValue.Member> opMembers = o.members();
    for (int j = 0; j < opMembers.size(); j++) {
      JsonValue.Member op = opMembers.get(j);
      if (!(op.value() instanceof JsonValue.Obj body)) {
        fields.wrongType(op.value(), Pointers.child(Pointers.child(statementSrc, "Condition"), op.name()),
            "an object of condition keys for operator "
            + IamException.quote(op.name()) + " (S1.10)");
        continue;
      }
      ConditionOperator operator = ConditionOperator.parse(op.name());
      operators.addEmpty(operator); // an operator whose keys are all left out stays, as {}
      List<JsonValue.Member> keyMembers = body.members();
      for (int k = 0; k < keyMembers.size(); k++) {
        JsonValue.Member key = keyMembers.get(k);
        OneOrMany<ConditionValue> values = conditionValues(key.value(), statementSrc, statementModel, op.name(),
            key.name());
        if (values != null) {
          operators.add(operator, ConditionKey.of(key.name()), values);
        }
      }
    }
    return operators.build();
  }

  /**
   * The values of condition key {@code key} of operator {@code op} in the Condition of the statement at
   * {@code statementSrc} ({@code statementModel} in the model); pointers are built only for a problem or a remap.
   */
  private @Nullable OneOrMany<ConditionValue> conditionValues(JsonValue v, String statementSrc, String statementModel,
      String op, String key) {
    ConditionValue single = conditionValue(v);
    if (single != null) {
      return OneOrMany.one(single);
    }
    if (!(v instanceof JsonValue.Arr a)) {
      fields.wrongType(v, keyPointer(statementSrc, op, key),
          "a string, number or boolean, or an array of them, for condition key " + IamException.quote(key)
          + " (S1.10)");
      return null;
    }
    List<JsonValue> els = a.elements();
    ConditionValue[] out = new ConditionValue[els.size()];
    int kept = 0;
    int[] sources = null; // the source index of each value kept, from the first value left out on
    for (int i = 0; i < els.size(); i++) {
      ConditionValue cv = conditionValue(els.get(i));
      if (cv != null) {
        if (sources != null) {
          sources[kept] = i;
        }
        out[kept++] = cv;
      } else {
        sources = sources != null ? sources : identity(els.size(), kept);
        fields.wrongType(els.get(i), Pointers.child(keyPointer(statementSrc, op, key), i),
            "a string, number or boolean in the values of condition key "
            + IamException.quote(key) + (els.get(i) instanceof JsonValue.Arr ? ": arrays may not be nested" : ""));
      }
    }
    if (sources != null) {
      remap(keyPointer(statementModel, op, key), sources, kept);
    }
    return OneOrMany.list(frozen(out, kept));
  }

  /** The pointer of condition key {@code key} of operator {@code op} in the statement at {@code statement}. */
  private static String keyPointer(String statement, String op, String key) {
    return Pointers.child(Pointers.child(Pointers.child(statement, "Condition"), op), key);
  }

  private static @Nullable ConditionValue conditionValue(JsonValue v) {
    if (v instanceof JsonValue.Str s) {
      return ConditionValue.string(s.value());
    } else if (v instanceof JsonValue.Num n) {
      return ConditionValue.number(n.text());
    } else if (v instanceof JsonValue.Bool b) {
      return ConditionValue.bool(b.value());
    }
    return null;
  }

  private void unknownMember(JsonValue.Member m, String src, List<String> known, String where) {
    problems.error(ProblemCode.UNKNOWN_ELEMENT, "Unknown member " + IamException.quote(m.name()) + " in " + where
        + ": expected " + String.join(", ", known) + caseHint(m.name(), known) + " (S1.1)", src, m.nameStart());
  }

  /** "; names are case-sensitive: did you mean "Effect"?" when {@code name} matches a known name ignoring case. */
  static String caseHint(String name, List<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String k : known) {
      if (k.toLowerCase(Locale.ROOT).equals(lower)) {
        return "; names are case-sensitive: did you mean \"" + k + "\"?";
      }
    }
    return "";
  }

  /**
   * Records where the {@code kept} entries of a model array come from, {@code sources} being null when no entry
   * was left out.
   */
  private void remap(String model, int @Nullable [] sources, int kept) {
    if (sources != null) {
      remaps.put(model, Arrays.copyOf(sources, kept));
    }
  }

  /** An array of {@code size} source indexes whose first {@code kept} entries are 0, 1, ...: nothing left out yet. */
  private static int[] identity(int size, int kept) {
    int[] sources = new int[size];
    for (int k = 0; k < kept; k++) {
      sources[k] = k;
    }
    return sources;
  }
}
