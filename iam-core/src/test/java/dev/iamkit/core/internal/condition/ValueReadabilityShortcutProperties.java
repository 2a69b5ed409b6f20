package dev.iamkit.core.internal.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.iamkit.core.internal.match.RequestResource;
import dev.iamkit.core.internal.match.Template;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OperatorFamily;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link ValueReadability} answers ARN, Bool and Null values without compiling them (S3.10, S3.7, S3.11, S3.14); that
 * shortcut must say exactly what compiling the value as the evaluator does says, for every text: variables (with
 * colons inside them or their defaults), escapes, wildcards, a <code>${</code> that never closes, and ARNs with
 * every shape of field and too few or too many colons.
 */
class ValueReadabilityShortcutProperties {
  private static final long SEED = 0xA_2B_5E_ADL;

  /** Pieces of text, concatenated at random. */
  private static final String[] PIECES = {"", "arn", "aws", ":", "::", "s3", "111122223333", "*", "?", "/", "$", "{",
      "}", "${", "${}", "${*}", "${?}", "${$}", "${aws:username}", "${aws:PrincipalAccount}", "${a:b, 'x:y'}",
      "${a, x:y}", "${ aws:SourceAccount }", "true", "TRUE", "FaLsE", "false", "tru", "e", "\u212a", "\u017f", " "};

  /** Shapes of one ARN field. */
  private static final String[] FIELDS = {"", "aws", "*", "?", "s3", "us-east-1", "111122223333", "bucket/key*",
      "${aws:PrincipalAccount}", "${aws:x, 'a:b'}", "${", "a${b", "${*}", "x${?}y", "${}", "role/${aws:username}",
      "a}b", "${a:b}${c:d}", "\u212a"};

  private static final List<BaseOperator> SHORTCUT_OPERATORS = Arrays.stream(BaseOperator.values())
      .filter(b -> b.family() == OperatorFamily.ARN || b.family() == OperatorFamily.BOOLEAN
          || b.family() == OperatorFamily.NULL)
      .toList();

  @Test
  @DisplayName("S3.14: for ARN, Bool and Null operators, the readability shortcut agrees with compiling any text")
  void shortcut_agrees_with_compiling_any_text() {
    qt().withFixedSeed(SEED)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 10),
            integers().between(0, SHORTCUT_OPERATORS.size() - 1), booleans().all())
        .checkAssert((picks, op, variables) -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(k -> text.append(PIECES[k]));
          agrees(SHORTCUT_OPERATORS.get(op), text.toString(), variables);
          splittingKeepsEveryVariable(text.toString(), variables);
        });
  }

  @Test
  @DisplayName("S3.10: ARN values with every shape of field and four to seven separators: shortcut = compiling")
  void shortcut_agrees_with_compiling_arns() {
    qt().withFixedSeed(SEED)
        .forAll(lists().of(integers().between(0, FIELDS.length - 1)).ofSizeBetween(5, 8), booleans().all())
        .checkAssert((picks, variables) -> {
          StringBuilder text = new StringBuilder("arn");
          picks.forEach(k -> text.append(':').append(FIELDS[k]));
          String arn = text.toString();
          assertThat(Template.arnFieldCount(arn, variables))
              .isEqualTo(Template.compileArnFields(arn, variables, false).size());
          splittingKeepsEveryVariable(arn, variables);
          for (BaseOperator base : SHORTCUT_OPERATORS) {
            agrees(base, arn, variables);
          }
        });
  }

  @Test
  @DisplayName("S3.10: colons inside a variable do not separate fields; those of an unclosed ${ do")
  void colons_inside_variables() {
    assertThat(Template.arnFieldCount("arn:aws:iam::${aws:PrincipalAccount}:root", true)).isEqualTo(6);
    assertThat(Template.arnFieldCount("arn:aws:iam::${aws:PrincipalAccount}:root", false)).isEqualTo(6);
    assertThat(Template.arnFieldCount("arn:aws:${a:b:c:d}", true)).isEqualTo(3);
    assertThat(Template.arnFieldCount("arn:aws:${a:b:c:d}", false)).isEqualTo(6);
    assertThat(Template.arnFieldCount("arn:aws:${a:b:c:d", true)).isEqualTo(6);
    assertThat(Template.arnFieldCount("a:b:c:d:e:f:g:h", true)).isEqualTo(RequestResource.FIELDS);
  }

  /**
   * A check of the field splitter that does not use it: the variables of the fields, in order, are those of the
   * whole text read as one template (S4: a separating colon never falls inside a variable, and the colons of an
   * unclosed <code>${</code> are literal text that separates), and splitting a text with no variable is cutting it
   * at its first five colons.
   */
  private static void splittingKeepsEveryVariable(String text, boolean variables) {
    List<Template> fields = Template.compileArnFields(text, variables, false);
    assertThat(fields.stream().flatMap(f -> f.variables().stream()).toList()).as(text)
        .isEqualTo(Template.pattern(text, variables, false).variables());
    if (!variables || !text.contains("${")) {
      assertThat(fields).extracting(Template::text).as(text).containsExactly(text.split(":", RequestResource.FIELDS));
    }
  }

  private static void agrees(BaseOperator base, String text, boolean variables) {
    ConditionValue value = ConditionValue.string(text);
    Optional<String> compiled;
    if (base == BaseOperator.NULL) {
      compiled = NullOperand.compile(List.of(value)).unreadable().stream().findFirst();
    } else {
      ValueType<?> type = ValueType.of(base);
      boolean enabled = variables && base.allowsVariables();
      compiled = Optional.ofNullable(type.compile(value, base.positive(), enabled).unreadable());
      assertThat(type.unreadable(value, base.positive(), enabled)).isEqualTo(compiled.orElse(null));
    }
    assertThat(ValueReadability.whyUnreadable(base, value, variables)).as("%s %s", base, text).isEqualTo(compiled);
  }
}
