package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.match.RequestResource;
import dev.iamkit.core.internal.match.Template;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** ARN operators (S3.10): six colon-separated fields, each a case-sensitive glob; variables when enabled. */
final class ArnOperand extends ValueType<RequestResource> {
  static final ArnOperand TYPE = new ArnOperand();

  private ArnOperand() {}

  @Override
  Class<RequestResource> javaType() {
    return RequestResource.class;
  }

  @Override
  String expected() {
    return "an ARN (six ':'-separated fields)";
  }

  @Override
  @Nullable RequestResource read(String requestValue) {
    RequestResource r = RequestResource.of(requestValue);
    return r.isArn() ? r : null;
  }

  /** Whether {@code text} can be read as an ARN pattern: six colon-separated fields (S3.10). */
  static boolean isArnPattern(String text, boolean variablesEnabled) {
    return Template.arnFieldCount(text, variablesEnabled) == RequestResource.FIELDS;
  }

  /** As {@link #compile} would say, counting the fields without compiling them. */
  @Override
  @Nullable String unreadable(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    return isArnPattern(value.text(), variablesEnabled) ? null : notA(value);
  }

  @Override
  PolicyValue<RequestResource> compile(ConditionValue value, BaseOperator positive, boolean variablesEnabled) {
    List<Template> fields = Template.compileArnFields(value.text(), variablesEnabled, false);
    if (fields.size() != RequestResource.FIELDS) {
      return PolicyValue.unreadable(notA(value));
    }
    Template[] f = fields.toArray(new Template[0]);
    return new PolicyValue<>() {
      @Override
      public Comparison compare(RequestResource r, RequestContext request, EvalListener listener, KeyTest where) {
        String s = r.text();
        for (int k = 0; k < f.length; k++) {
          if (!f[k].resolvable(request)) {
            reportUnresolvable(f[k], request, listener, where);
            return Comparison.NO_MATCH;
          }
          if (!f[k].matches(request, s, r.start(k), r.end(k))) {
            return Comparison.NO_MATCH;
          }
        }
        return Comparison.MATCH;
      }

      @Override
      public void collectMissingKeys(RequestContext request, Consumer<String> sink) {
        for (Template t : f) {
          t.collectMissingKeys(request, sink);
        }
      }
    };
  }
}
