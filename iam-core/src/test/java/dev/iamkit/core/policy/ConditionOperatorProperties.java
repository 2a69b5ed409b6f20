package dev.iamkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ConditionOperator.parse: the table of known operators parses as the parser does (S1.12, S3.1)")
class ConditionOperatorProperties {
  private static final long SEED = 0x0BE7_A7017L;

  private static final List<String> QUALIFIERS = List.of("", "ForAllValues:", "ForAnyValue:", "forallvalues:",
      "FORANYVALUE:", "ForAnyValues:", ":", "ForAllValues::", "\u0130:");
  private static final List<String> SUFFIXES = List.of("", "IfExists", "ifexists", "IfExistsIfExists", "IfExist",
      "\u212A", " ");
  private static final List<String> BASES = bases();

  private static List<String> bases() {
    List<String> bases = new ArrayList<>(List.of("", "Foo", "IfExists"));
    for (BaseOperator b : BaseOperator.values()) {
      bases.add(b.text());
      bases.add(b.text().toLowerCase(Locale.ROOT));
      bases.add(b.text().toUpperCase(Locale.ROOT));
    }
    return bases;
  }

  @Test
  @DisplayName("S1.12: parse gives the fields parseText gives, for known operators, case variants and odd text")
  void parse_equals_parse_text() {
    qt().withFixedSeed(SEED).withExamples(5000)
        .forAll(integers().between(0, QUALIFIERS.size() - 1), integers().between(0, BASES.size() - 1),
            integers().between(0, SUFFIXES.size() - 1))
        .checkAssert((q, b, s) -> {
          String text = QUALIFIERS.get(q) + BASES.get(b) + SUFFIXES.get(s);
          ConditionOperator parsed = ConditionOperator.parse(text);
          ConditionOperator expected = ConditionOperator.parseText(text);
          assertThat(parsed).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(text);
          assertThat(parsed.text()).isEqualTo(text);
          assertThat(parsed.isKnown()).isEqualTo(expected.isKnown());
          assertThat(parsed.qualifier()).isEqualTo(expected.qualifier());
          assertThat(parsed.base()).isEqualTo(expected.base());
          assertThat(parsed.ifExists()).isEqualTo(expected.ifExists());
        });
  }

  @Test
  @DisplayName("S3.1: every operator built with of(..) parses back to itself")
  void built_operators_parse_back() {
    for (BaseOperator b : BaseOperator.values()) {
      for (boolean ifExists : b.allowsIfExists() ? new boolean[] {false, true} : new boolean[] {false}) {
        List<ConditionOperator> ops = List.of(ConditionOperator.of(b, ifExists),
            ConditionOperator.of(SetQualifier.FOR_ALL_VALUES, b, ifExists),
            ConditionOperator.of(SetQualifier.FOR_ANY_VALUE, b, ifExists));
        for (ConditionOperator op : ops) {
          ConditionOperator parsed = ConditionOperator.parse(op.text());
          assertThat(parsed).isEqualTo(op);
          assertThat(parsed.qualifier()).isEqualTo(op.qualifier());
          assertThat(parsed.base()).contains(b);
          assertThat(parsed.ifExists()).isEqualTo(ifExists);
        }
      }
    }
  }
}
