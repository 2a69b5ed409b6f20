package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.match.Template;
import dev.iamkit.core.internal.match.VariableSyntax;
import dev.iamkit.core.internal.value.Booleans;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Bool (S3.7): {@code true} or {@code false} in any ASCII case; variables substituted when enabled (A6). */
final class BoolOperand extends ValueType<Boolean> {
  static final BoolOperand TYPE = new BoolOperand();

  private BoolOperand() {}

  @Override
  Class<Boolean> javaType() {
    return Boolean.class;
  }

  @Override
  String expected() {
    return "a boolean (true or false)";
  }

  @Override
  @Nullable Boolean read(String requestValue) {
    return Booleans.parse(requestValue).orElse(null);
  }

  /**
   * As {@link #compile} would say; a text without <code>${</code> (or read without variables) is its own static
   * text, so it is parsed without compiling a template.
   */
  @Override
  @Nullable String unreadable(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    String text = value.text();
    if (variablesEnabled && VariableSyntax.mentions(text)) {
      return super.unreadable(value, positive, variablesEnabled);
    }
    return Booleans.parse(text).isPresent() ? null : notA(value);
  }

  @Override
  PolicyValue<Boolean> compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    Template t = Template.exact(value.text(), variablesEnabled, false);
    if (!t.hasVariables()) {
      Optional<Boolean> parsed = Booleans.parse(t.staticText().orElse(value.text()));
      if (parsed.isEmpty()) {
        return PolicyValue.unreadable(notA(value));
      }
      boolean p = parsed.get();
      return (requestValue, request, listener, where) -> of(p == requestValue);
    }
    return new PolicyValue<>() {
      @Override
      public Comparison compare(Boolean requestValue, RequestContext request, EvalListener listener, KeyTest where) {
        Optional<String> text = t.resolveText(request);
        if (text.isEmpty()) {
          reportUnresolvable(t, request, listener, where);
          return Comparison.NO_MATCH;
        }
        Optional<Boolean> parsed = Booleans.parse(text.get());
        if (parsed.isEmpty()) {
          listener.diagnostic(where.describe() + ": policy value \"" + value.text() + "\" resolves to \""
              + text.get() + "\", which is not " + expected() + KeyTest.FAILS_CLOSED);
          return Comparison.POLICY_VALUE_UNREADABLE;
        }
        return of(parsed.get().equals(requestValue));
      }

      @Override
      public void collectMissingKeys(RequestContext request, Consumer<String> sink) {
        t.collectMissingKeys(request, sink);
      }

      @Override
      public boolean mayBecomeUnreadable() {
        return true;
      }

      @Override
      public boolean unreadableFor(RequestContext request, EvalListener listener, KeyTest where) {
        Optional<String> text = t.resolveText(request);
        if (text.isPresent() && Booleans.parse(text.get()).isEmpty()) {
          listener.diagnostic(where.describe() + ": policy value \"" + value.text() + "\" resolves to \""
              + text.get() + "\", which is not " + expected() + KeyTest.FAILS_CLOSED);
          return true;
        }
        return false;
      }
    };
  }
}
