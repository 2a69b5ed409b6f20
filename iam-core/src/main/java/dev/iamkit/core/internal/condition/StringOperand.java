package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.match.Glob;
import dev.iamkit.core.internal.match.Template;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** String operators (S3.4): exact, ignoring case, or wildcard; policy variables when enabled (S4.2). */
final class StringOperand extends ValueType<String> {
  static final StringOperand TYPE = new StringOperand();

  private StringOperand() {}

  @Override
  Class<String> javaType() {
    return String.class;
  }

  @Override
  String expected() {
    return "a string";
  }

  @Override
  String read(String requestValue) {
    return requestValue;
  }

  /** Every string is readable: {@link #compile} never gives an unreadable value, so nothing is compiled here. */
  @Override
  @Nullable String unreadable(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    return null;
  }

  @Override
  PolicyValue<String> compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    boolean like = positive == BaseOperator.STRING_LIKE;
    boolean ignoreCase = positive == BaseOperator.STRING_EQUALS_IGNORE_CASE;
    Template t = like ? Template.pattern(value.text(), variablesEnabled, ignoreCase)
        : Template.exact(value.text(), variablesEnabled, ignoreCase);
    Optional<Glob> fixed = t.glob();
    if (fixed.isPresent()) {
      Glob g = fixed.get();
      return (requestValue, request, listener, where) -> of(g.matches(requestValue));
    }
    return new PolicyValue<>() {
      @Override
      public Comparison compare(String requestValue, RequestContext request, EvalListener listener, KeyTest where) {
        if (!t.resolvable(request)) {
          reportUnresolvable(t, request, listener, where);
          return Comparison.NO_MATCH;
        }
        return of(t.matches(request, requestValue, 0, requestValue.length()));
      }

      @Override
      public void collectMissingKeys(RequestContext request, Consumer<String> sink) {
        t.collectMissingKeys(request, sink);
      }
    };
  }
}
