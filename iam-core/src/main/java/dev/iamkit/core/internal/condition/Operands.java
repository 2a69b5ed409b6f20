package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.match.Glob;
import dev.iamkit.core.internal.match.RequestResource;
import dev.iamkit.core.internal.match.Template;
import dev.iamkit.core.internal.value.Base64Values;
import dev.iamkit.core.internal.value.Booleans;
import dev.iamkit.core.internal.value.Dates;
import dev.iamkit.core.internal.value.Decimals;
import dev.iamkit.core.internal.value.IpRange;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The operator families (S3.4 to S3.10): how a request value is read for the family, and how one policy value
 * is compiled and compared with it. Package-private.
 */
final class Operands {
  private Operands() {}

  /** One compiled policy value of a positive operator (negation is applied by the caller, S3.1). */
  interface PolicyValue {
    /** Whether the request value (already read for the family) satisfies the positive operator with this value. */
    boolean matches(Object requestValue, RequestContext request, EvalListener listener, KeyTest where);

    /** Passes the keys of variables in this value that are absent from the request. */
    default void collectMissingKeys(RequestContext request, Consumer<String> sink) {}
  }

  /** How an operator family reads request values and compiles policy values. */
  abstract static class Family {
    /** The family's name in messages: "a number", "a date", ... */
    abstract String expected();

    /** The request value read for this family, or null when it is not one (a type error, S3.14). */
    abstract @Nullable Object read(String requestValue);

    /** Compiles one policy value for the positive form of {@code base}. */
    abstract PolicyValue compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled);
  }

  static Family of(BaseOperator base) {
    return switch (base.family()) {
      case STRING -> STRING;
      case NUMERIC -> NUMERIC;
      case DATE -> DATE;
      case BOOLEAN -> BOOLEAN;
      case BINARY -> BINARY;
      case IP_ADDRESS -> IP;
      case ARN -> ARN;
      case NULL -> throw new IllegalArgumentException("Null has no operand family");
    };
  }

  /** A value that never matches, reporting why each time it is compared (S3.14). */
  private static PolicyValue bad(String message) {
    return (requestValue, request, listener, where) -> {
      listener.diagnostic(where.describe() + ": " + message + "; that value never matches (S3.14)");
      return false;
    };
  }

  private static void reportUnresolvable(Template t, RequestContext request, EvalListener listener, KeyTest where) {
    for (Template.Variable v : t.unresolvable(request)) {
      boolean absent = !request.values().containsKey(v.normalizedKey());
      if (absent) {
        listener.missingKey(v.key());
      }
      listener.diagnostic(where.describe() + ": policy variable ${" + v.key() + "} in \"" + t.text() + "\" "
          + (absent ? "has no value and no default (S4.5)" : "is multivalued (S4.7)") + "; that value never matches");
    }
  }

  // ---------------------------------------------------------------- String (S3.4)

  private static final Family STRING = new Family() {
    @Override
    String expected() {
      return "a string";
    }

    @Override
    @Nullable Object read(String requestValue) {
      return requestValue;
    }

    @Override
    PolicyValue compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
      boolean like = positive == BaseOperator.STRING_LIKE;
      boolean ignoreCase = positive == BaseOperator.STRING_EQUALS_IGNORE_CASE;
      Template t = Template.compile(value.text(), variablesEnabled, like, ignoreCase);
      Optional<Glob> fixed = t.glob();
      if (fixed.isPresent()) {
        Glob g = fixed.get();
        return (requestValue, request, listener, where) -> g.matches((String) requestValue);
      }
      return new PolicyValue() {
        @Override
        public boolean matches(Object requestValue, RequestContext request, EvalListener listener, KeyTest where) {
          Optional<Glob> g = t.resolve(request);
          if (g.isEmpty()) {
            reportUnresolvable(t, request, listener, where);
            return false;
          }
          return g.get().matches((String) requestValue);
        }

        @Override
        public void collectMissingKeys(RequestContext request, Consumer<String> sink) {
          t.collectMissingKeys(request, sink);
        }
      };
    }
  };

  // ---------------------------------------------------------------- Numeric (S3.5)

  private static final Family NUMERIC = new Family() {
    @Override
    String expected() {
      return "a number (-?digits(.digits)?)";
    }

    @Override
    @Nullable Object read(String requestValue) {
      return Decimals.parse(requestValue).orElse(null);
    }

    @Override
    PolicyValue compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
      Optional<BigDecimal> parsed = Decimals.parse(value.text());
      if (parsed.isEmpty()) {
        return bad("policy value \"" + value.text() + "\" is not " + expected());
      }
      BigDecimal p = parsed.get();
      return (requestValue, request, listener, where) -> compare(positive, ((BigDecimal) requestValue).compareTo(p));
    }
  };

  // ---------------------------------------------------------------- Date (S3.6)

  private static final Family DATE = new Family() {
    @Override
    String expected() {
      return "a date (ISO 8601 or epoch seconds)";
    }

    @Override
    @Nullable Object read(String requestValue) {
      return Dates.parse(requestValue).orElse(null);
    }

    @Override
    PolicyValue compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
      Optional<Instant> parsed = Dates.parse(value.text());
      if (parsed.isEmpty()) {
        return bad("policy value \"" + value.text() + "\" is not " + expected());
      }
      Instant p = parsed.get();
      return (requestValue, request, listener, where) -> compare(positive, ((Instant) requestValue).compareTo(p));
    }
  };

  /** Applies a comparison operator to {@code request.compareTo(policy)}. */
  private static boolean compare(BaseOperator op, int cmp) {
    return switch (op) {
      case NUMERIC_EQUALS, DATE_EQUALS -> cmp == 0;
      case NUMERIC_LESS_THAN, DATE_LESS_THAN -> cmp < 0;
      case NUMERIC_LESS_THAN_EQUALS, DATE_LESS_THAN_EQUALS -> cmp <= 0;
      case NUMERIC_GREATER_THAN, DATE_GREATER_THAN -> cmp > 0;
      case NUMERIC_GREATER_THAN_EQUALS, DATE_GREATER_THAN_EQUALS -> cmp >= 0;
      default -> throw new IllegalArgumentException("Not a comparison operator: " + op);
    };
  }

  // ---------------------------------------------------------------- Bool (S3.7, A6)

  private static final Family BOOLEAN = new Family() {
    @Override
    String expected() {
      return "a boolean (true or false)";
    }

    @Override
    @Nullable Object read(String requestValue) {
      return Booleans.parse(requestValue).orElse(null);
    }

    @Override
    PolicyValue compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
      Template t = Template.compile(value.text(), variablesEnabled, false, false);
      if (!t.hasVariables()) {
        Optional<Boolean> parsed = Booleans.parse(t.staticText().orElse(value.text()));
        if (parsed.isEmpty()) {
          return bad("policy value \"" + value.text() + "\" is not " + expected());
        }
        Boolean p = parsed.get();
        return (requestValue, request, listener, where) -> p.equals(requestValue);
      }
      return new PolicyValue() {
        @Override
        public boolean matches(Object requestValue, RequestContext request, EvalListener listener, KeyTest where) {
          Optional<String> text = t.resolveText(request);
          if (text.isEmpty()) {
            reportUnresolvable(t, request, listener, where);
            return false;
          }
          Optional<Boolean> parsed = Booleans.parse(text.get());
          if (parsed.isEmpty()) {
            listener.diagnostic(where.describe() + ": policy value \"" + value.text() + "\" resolves to \""
                + text.get() + "\", which is not " + expected() + "; that value never matches (S3.14)");
            return false;
          }
          return parsed.get().equals(requestValue);
        }

        @Override
        public void collectMissingKeys(RequestContext request, Consumer<String> sink) {
          t.collectMissingKeys(request, sink);
        }
      };
    }
  };

  // ---------------------------------------------------------------- BinaryEquals (S3.8)

  private static final Family BINARY = new Family() {
    @Override
    String expected() {
      return "base64 data";
    }

    @Override
    @Nullable Object read(String requestValue) {
      return Base64Values.decode(requestValue).orElse(null);
    }

    @Override
    PolicyValue compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
      Optional<byte[]> parsed = Base64Values.decode(value.text());
      if (parsed.isEmpty()) {
        return bad("policy value \"" + value.text() + "\" is not " + expected());
      }
      byte[] p = parsed.get();
      return (requestValue, request, listener, where) -> Arrays.equals(p, (byte[]) requestValue);
    }
  };

  // ---------------------------------------------------------------- IpAddress (S3.9)

  private static final Family IP = new Family() {
    @Override
    String expected() {
      return "an IP address";
    }

    @Override
    @Nullable Object read(String requestValue) {
      return IpRange.parseAddress(requestValue).orElse(null);
    }

    @Override
    PolicyValue compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
      Optional<IpRange> parsed = IpRange.parse(value.text());
      if (parsed.isEmpty()) {
        return bad("policy value \"" + value.text() + "\" is not an IPv4 or IPv6 address or CIDR range");
      }
      IpRange p = parsed.get();
      return (requestValue, request, listener, where) -> p.contains((byte[]) requestValue);
    }
  };

  // ---------------------------------------------------------------- ARN (S3.10)

  private static final Family ARN = new Family() {
    @Override
    String expected() {
      return "an ARN (six ':'-separated fields)";
    }

    @Override
    @Nullable Object read(String requestValue) {
      RequestResource r = RequestResource.of(requestValue);
      return r.isArn() ? r : null;
    }

    @Override
    PolicyValue compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
      List<Template> fields = Template.compileArnFields(value.text(), variablesEnabled, false);
      if (fields.size() != RequestResource.FIELDS) {
        return bad("policy value \"" + value.text() + "\" is not " + expected());
      }
      Template[] f = fields.toArray(new Template[0]);
      return new PolicyValue() {
        @Override
        public boolean matches(Object requestValue, RequestContext request, EvalListener listener, KeyTest where) {
          RequestResource r = (RequestResource) requestValue;
          String s = r.text();
          for (int k = 0; k < f.length; k++) {
            Optional<Glob> g = f[k].resolve(request);
            if (g.isEmpty()) {
              reportUnresolvable(f[k], request, listener, where);
              return false;
            }
            if (!g.get().matches(s, r.start(k), r.end(k))) {
              return false;
            }
          }
          return true;
        }

        @Override
        public void collectMissingKeys(RequestContext request, Consumer<String> sink) {
          for (Template t : f) {
            t.collectMissingKeys(request, sink);
          }
        }
      };
    }
  };
}
