package dev.iamkit.core.internal.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.core.internal.TestRequests;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionKey;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.SetQualifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Condition properties (S3.1, S3.13)")
class ConditionProperties {
  private static final long SEED = 0xC0_4D_17_10L;
  private static final BaseOperator[] NEGATED = {BaseOperator.STRING_NOT_EQUALS, BaseOperator.STRING_NOT_EQUALS_IGNORE_CASE,
      BaseOperator.STRING_NOT_LIKE};

  private static boolean test(BaseOperator base, Optional<SetQualifier> q, List<String> policyValues, RequestContext r) {
    Condition c = Condition.of(java.util.Map.of(q.map(s -> ConditionOperator.of(s, base, false)).orElse(ConditionOperator.of(base)),
        java.util.Map.of(ConditionKey.of("k"), OneOrMany.list(policyValues.stream().map(ConditionValue::string).toList()))));
    return CompiledCondition.compile(c, true).test(r, EvalListener.NONE);
  }

  @Test
  @DisplayName("S3.1: for a present single value, a negated operator is exactly not(positive over all values)")
  void negated_is_not_positive() {
    qt().withFixedSeed(SEED).withExamples(3_000)
        .forAll(integers().between(0, NEGATED.length - 1),
            lists().of(strings().betweenCodePoints('*', 'c').ofLengthBetween(0, 3)).ofSizeBetween(0, 3),
            strings().betweenCodePoints('A', 'c').ofLengthBetween(0, 3))
        .checkAssert((i, values, request) -> {
          BaseOperator negated = NEGATED[i];
          RequestContext r = TestRequests.strings("k", request);
          assertThat(test(negated, Optional.empty(), values, r))
              .isEqualTo(!test(negated.positive(), Optional.empty(), values, r));
        });
  }

  @Test
  @DisplayName("S3.13: ForAnyValue is the OR and ForAllValues the AND of the operator over single request values")
  void qualifiers_are_or_and_and() {
    qt().withFixedSeed(SEED).withExamples(2_000)
        .forAll(lists().of(strings().betweenCodePoints('a', 'c').ofLengthBetween(1, 2)).ofSizeBetween(0, 3),
            lists().of(strings().betweenCodePoints('a', 'c').ofLengthBetween(1, 2)).ofSizeBetween(0, 4),
            integers().between(0, 1))
        .checkAssert((policy, requestValues, neg) -> {
          BaseOperator base = neg == 0 ? BaseOperator.STRING_LIKE : BaseOperator.STRING_NOT_LIKE;
          RequestContext list = TestRequests.with("k", ContextValue.strings(requestValues));
          boolean any = false;
          boolean all = true;
          for (String v : requestValues) {
            boolean one = test(base, Optional.empty(), policy, TestRequests.strings("k", v));
            any |= one;
            all &= one;
          }
          assertThat(test(base, Optional.of(SetQualifier.FOR_ANY_VALUE), policy, list)).isEqualTo(any);
          assertThat(test(base, Optional.of(SetQualifier.FOR_ALL_VALUES), policy, list)).isEqualTo(all);
        });
  }
}
