package dev.iamkit.core.internal.condition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code src/test/resources/conditions/*.cases}; each case names its section of docs/semantics.md. */
@DisplayName("Condition cases (S3, S4): src/test/resources/conditions")
class ConditionCasesTest {

  /** Records what the condition reports. */
  static final class Recorder implements EvalListener {
    final List<String> missing = new ArrayList<>();
    final List<String> diagnostics = new ArrayList<>();

    @Override
    public void missingKey(String keyAsWrittenInPolicy) {
      missing.add(keyAsWrittenInPolicy);
    }

    @Override
    public void diagnostic(String message) {
      diagnostics.add(message);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.iamkit.core.internal.condition.ConditionCases#all")
  @DisplayName("case")
  void case_holds(ConditionCases.Case c) {
    CompiledCondition compiled = CompiledCondition.compile(c.condition(), c.variablesEnabled());
    Recorder recorder = new Recorder();
    boolean result = compiled.test(c.request(), recorder, c.effect());
    assertThat(result).as("%s%n  condition %s%n  request %s%n  diagnostics %s", c, c.condition(), c.request(),
        recorder.diagnostics).isEqualTo(c.expected());

    Set<String> collected = new LinkedHashSet<>();
    compiled.collectMissingKeys(c.request(), collected::add);
    assertThat(collected).as("%s: keys reported while testing are among the collected missing keys", c)
        .containsAll(recorder.missing);
    c.missing().ifPresent(m -> assertThat(collected).as("%s: missing keys", c).containsExactlyInAnyOrderElementsOf(m));
    c.diagnostics().ifPresent(d -> {
      if (d) {
        assertThat(recorder.diagnostics).as("%s: diagnostics", c).isNotEmpty();
      } else {
        assertThat(recorder.diagnostics).as("%s: diagnostics", c).isEmpty();
      }
    });
  }

  @Test
  @DisplayName("the case files are found and hold many cases")
  void cases_are_found() {
    assertThat(ConditionCases.all().count()).isGreaterThan(200);
  }

  @Test
  @DisplayName("the reader rejects a case that does not cite a section")
  void reader_requires_a_section() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ConditionCases.read("x.cases", List.of("case no section here", "expect true")))
        .withMessageContaining("cite a section");
  }
}
