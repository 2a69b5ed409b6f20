package dev.iamkit.core.internal.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OperatorFamily;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueType#unreadable} answers without compiling for string operators; that shortcut must say what compiling
 * says (S3.4, S3.14): a string policy value is always readable, variables or not.
 */
class StringReadabilityProperties {
  private static final long SEED = 0x5_7_2E_ADL;

  private static final List<BaseOperator> STRING_OPERATORS = Arrays.stream(BaseOperator.values())
      .filter(b -> b.family() == OperatorFamily.STRING).toList();

  @Test
  @DisplayName("S3.14: for every string operator, the readability shortcut agrees with compiling the value")
  void shortcut_agrees_with_compiling() {
    String[] pieces = {"${aws:username}", "${", "}", "${}", "${*}", "${?}", "${$}", "*", "?", "${aws:x, 'd'}", "a", "\u212a", ":"};
    qt().withFixedSeed(SEED)
        .forAll(strings().allPossible().ofLengthBetween(0, 8), integers().between(0, pieces.length - 1),
        integers().between(0, STRING_OPERATORS.size() - 1), booleans().all()).checkAssert((text, piece, op, variables) -> {
          BaseOperator base = STRING_OPERATORS.get(op);
          ConditionValue value = ConditionValue.string(text + pieces[piece] + text);
          assertThat(StringOperand.TYPE.unreadable(value, base.positive(), variables))
              .isEqualTo(StringOperand.TYPE.compile(value, base.positive(), variables).unreadable())
              .isNull();
          assertThat(ValueReadability.whyUnreadable(base, value, variables)).isEmpty();
        });
  }
}
