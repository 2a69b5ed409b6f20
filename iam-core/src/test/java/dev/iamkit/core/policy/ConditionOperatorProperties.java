package dev.iamkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

@DisplayName("ConditionOperator.parse: known operators and odd text give the parts they are made of (S1.12, S3.1)")
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

  /** The qualifier that {@code QUALIFIERS.get(q)} spells exactly, or null for none or one that is no qualifier. */
  private static @Nullable SetQualifier qualifier(int q) {
    return q == 1 ? SetQualifier.FOR_ALL_VALUES : q == 2 ? SetQualifier.FOR_ANY_VALUE : null;
  }

  @Test
  @DisplayName("S1.12, S3.1: parse and parseText give the qualifier, base and IfExists the text was made of; only the"
      + " exact spellings are known")
  void parse_gives_the_parts_the_text_was_made_of() {
    qt().withFixedSeed(SEED).withExamples(5000)
        .forAll(integers().between(0, QUALIFIERS.size() - 1), integers().between(0, BASES.size() - 1),
            integers().between(0, SUFFIXES.size() - 1))
        .checkAssert((q, b, s) -> {
          String text = QUALIFIERS.get(q) + BASES.get(b) + SUFFIXES.get(s);
          // The oracle, from the generator's indices: BASES holds 3 odd texts, then each base as written, lower
          // and upper; only a qualifier of index 0..2, a base as written and suffix "" or "IfExists" (where the base
          // allows it) spell a known operator (names are case-sensitive, S1.12).
          BaseOperator base = b >= 3 && (b - 3) % 3 == 0 ? BaseOperator.values()[(b - 3) / 3] : null;
          boolean known = q <= 2 && base != null && (s == 0 || s == 1 && base.allowsIfExists());
          for (ConditionOperator parsed : List.of(ConditionOperator.parse(text), ConditionOperator.parseText(text))) {
            assertThat(parsed.text()).isEqualTo(text);
            assertThat(parsed).hasToString(text);
            assertThat(parsed.isKnown()).as(text).isEqualTo(known);
            SetQualifier qualifier = qualifier(q);
            if (known && base != null) {
              assertThat(parsed.qualifier()).as(text).isEqualTo(Optional.ofNullable(qualifier));
              assertThat(parsed.base()).as(text).contains(base);
              assertThat(parsed.ifExists()).as(text).isEqualTo(s == 1);
              ConditionOperator built = qualifier == null ? ConditionOperator.of(base, s == 1)
                  : ConditionOperator.of(qualifier, base, s == 1);
              assertThat(parsed).isEqualTo(built).hasSameHashCodeAs(built);
            } else {
              assertThat(parsed.qualifier()).as(text).isEmpty();
              assertThat(parsed.base()).as(text).isEmpty();
              assertThat(parsed.ifExists()).as(text).isFalse();
            }
          }
          assertThat(ConditionOperator.parse(text)).isEqualTo(ConditionOperator.parseText(text));
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
