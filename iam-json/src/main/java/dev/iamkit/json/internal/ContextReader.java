package dev.iamkit.json.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.eval.ConditionKeyType;
import dev.iamkit.core.eval.ContextType;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.policy.ProblemCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Types the request context values of a file (S3.14): keys of the catalogue, global or of a service, take the type
 * it gives them ({@link ConditionKeyType}), other keys the type of their JSON value; lists hold values of one type.
 * Reports each bad key or value to the problems of the read, and (for a simulation file) warns of a key that no
 * service defines and no policy of the file mentions, such as the typo {@code aws:SoruceIp}. Not thread-safe; one
 * per read.
 */
public final class ContextReader {
  private final Problems problems;
  private final Fields fields;
  private final @Nullable Set<String> mentionedKeys;

  /** A reader reporting to {@code fields}' problems, without warnings of unknown keys. */
  public ContextReader(Fields fields) {
    this(fields, null);
  }

  /**
   * A reader reporting to {@code fields}' problems that warns ({@code unknown-context-key}) of each key that the
   * catalogue does not define and that {@code mentionedKeys} (the lower-cased condition keys of the file's
   * policies, filled before the requests are read) does not hold; null for no such warnings.
   */
  public ContextReader(Fields fields, @Nullable Set<String> mentionedKeys) {
    this.fields = fields;
    this.problems = fields.problems();
    this.mentionedKeys = mentionedKeys;
  }

  /**
   * Reads a {@code context} object into {@code b}: each key with its typed value (S3.3 case-insensitive names,
   * S3.13 lists, the catalogue's key types); false when some key or value is invalid.
   */
  public boolean read(JsonValue v, String ptr, RequestContext.Builder b) {
    if (!(v instanceof JsonValue.Obj o)) {
      fields.wrongType(v, ptr, "an object of context keys and values");
      return false;
    }
    boolean ok = true;
    Map<String, String> seen = new HashMap<>();
    for (JsonValue.Member m : o.members()) {
      String key = m.name();
      // A key's pointer is built only for a problem: most keys have none.
      if (key.isEmpty()) {
        problems.error(ProblemCode.INVALID_CONDITION_KEY, "Context key names must not be empty",
            Pointers.child(ptr, key), m.nameStart());
        ok = false;
        continue;
      }
      String lower = key.toLowerCase(Locale.ROOT);
      String earlier = seen.putIfAbsent(lower, key);
      if (earlier != null) {
        problems.error(ProblemCode.DUPLICATE_KEY, "Context key " + IamException.quote(key) + " is the same key as "
            + IamException.quote(earlier) + ": key names are case-insensitive (S3.3)", Pointers.child(ptr, key),
            m.nameStart());
        ok = false;
        continue;
      }
      ConditionKeyType known = ConditionKeyType.lookup(key).orElse(null);
      if (known == null && mentionedKeys != null && !mentionedKeys.contains(lower)
          && !ConditionKeyType.isOpenEnded(key)) {
        problems.warning(ProblemCode.UNKNOWN_CONTEXT_KEY, "Context key " + IamException.quote(key)
            + " is defined by no service and mentioned by no policy of this file: check its spelling; no condition"
            + " tests it", Pointers.child(ptr, key), m.nameStart());
      }
      ContextValue cv = contextValue(key, known, m.value(), ptr);
      if (cv == null) {
        ok = false;
      } else {
        b.context(key, cv);
      }
    }
    return ok;
  }

  /**
   * Types one context value: a key of the catalogue (global, S5, or of a service) takes its type from the
   * catalogue, other keys the type of their JSON value. Here and below {@code ptr} is the pointer of the context
   * object: the value's own, {@code ptr/key}, is built only for a problem.
   */
  private @Nullable ContextValue contextValue(String key, @Nullable ConditionKeyType global, JsonValue v,
      String ptr) {
    boolean stringList = global != null && global.multivalued() && global.type() == ContextType.STRING;
    if (stringList && v instanceof JsonValue.Str s) {
      // multivalued in every AWS request (S3.13): a single string is a list of one
      return make(ContextType.STRING, true, List.of(s.value()), key, v, ptr);
    }
    if (global != null && !global.multivalued() && global.type() != ContextType.STRING) {
      if (v instanceof JsonValue.Arr) {
        problems.error(ProblemCode.WRONG_TYPE, key + " is single-valued: expected " + expectation(global.type())
            + ", found " + Texts.describe(v), Pointers.child(ptr, key), v.start());
        return null;
      }
      return typed(key, global.type(), v, ptr);
    }
    if (v instanceof JsonValue.Arr a) {
      return list(key, a, ptr, stringList);
    }
    ContextType type = scalarType(v);
    if (type == null) {
      fields.wrongType(v, Pointers.child(ptr, key), "a string, number or boolean, or an array of them, for context key "
          + IamException.quote(key));
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
      if (t == null || (stringsOnly && t != ContextType.STRING)) {
        fields.wrongType(e, Pointers.child(Pointers.child(ptr, key), i),
            stringsOnly ? "a string in the values of " + key
                : "a string, number or boolean in the values of context key " + IamException.quote(key));
        return null;
      }
      if (type != null && t != type) {
        problems.error(ProblemCode.WRONG_TYPE, "The values of context key " + IamException.quote(key) + " must all have one"
            + " type: expected " + type.name().toLowerCase(Locale.ROOT) + " like the first, found "
            + Texts.describe(e), Pointers.child(Pointers.child(ptr, key), i), e.start());
        return null;
      }
      type = t;
      values.add(scalarText(e));
    }
    return make(type == null ? ContextType.STRING : type, true, values, key, a, ptr);
  }

  /**
   * A single value of a typed global key: a JSON string holding a value of the type, or the JSON literal of the
   * type (a number for numeric keys and for dates as epoch seconds, true or false for booleans).
   */
  private @Nullable ContextValue typed(String key, ContextType type, JsonValue v, String ptr) {
    String text = null;
    if (v instanceof JsonValue.Str s && type.isValid(s.value())) {
      text = type == ContextType.BOOLEAN ? s.value().toLowerCase(Locale.ROOT) : s.value();
    } else if (v instanceof JsonValue.Num n && (type == ContextType.NUMERIC || type == ContextType.DATE)
        && type.isValid(n.text())) {
      text = n.text();
    } else if (v instanceof JsonValue.Bool b && type == ContextType.BOOLEAN) {
      text = Boolean.toString(b.value());
    }
    if (text == null) {
      problems.error(v instanceof JsonValue.Null ? ProblemCode.NULL_VALUE : ProblemCode.INVALID_CONDITION_VALUE,
          "Invalid value for " + key + ": expected " + expectation(type) + ", found " + Texts.describe(v),
          Pointers.child(ptr, key), v.start());
      return null;
    }
    return make(type, false, List.of(text), key, v, ptr);
  }

  private static String expectation(ContextType type) {
    return switch (type) {
      case IP -> "an IPv4 or IPv6 address such as \"203.0.113.5\" (S3.9, S5.4)";
      case DATE -> "an ISO 8601 date such as \"2026-01-01T00:00:00Z\" or epoch seconds such as 1767225600"
          + " (S3.6, S5.3)";
      case BOOLEAN -> "true or false (S3.7)";
      case NUMERIC -> "a decimal number such as 300 (S3.5)";
      case BINARY -> "base64 text (S3.8)";
      case STRING -> "a string";
    };
  }

  private @Nullable ContextValue make(ContextType type, boolean list, List<String> values, String key, JsonValue v,
      String ptr) {
    try {
      return list ? ContextValue.listOf(type, values) : ContextValue.of(type, values.get(0));
    } catch (IllegalArgumentException e) {
      problems.error(ProblemCode.INVALID_CONDITION_VALUE, "Invalid value for context key " + IamException.quote(key) + ": "
          + e.getMessage(), Pointers.child(ptr, key), v.start());
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
}
