package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.iamkit.core.eval.Decision;
import org.junit.jupiter.api.Test;

class ScenarioOutcomeTest {

  @Test
  void parse_reads_ok_decisions_and_error_codes() {
    assertThat(ScenarioOutcome.parse("ok").kind()).isEqualTo(ScenarioOutcome.Kind.OK);
    assertThat(ScenarioOutcome.parse("explicit_deny").decisionValue()).hasValue(Decision.EXPLICIT_DENY);
    assertThat(ScenarioOutcome.parse("ExpiredToken").kind()).isEqualTo(ScenarioOutcome.Kind.ERROR);
    assertThat(ScenarioOutcome.parse("ExpiredToken").decisionValue()).isEmpty();
  }

  @Test
  void parse_rejects_other_spellings_of_ok_and_decisions_and_what_is_no_code() {
    assertThatThrownBy(() -> ScenarioOutcome.parse("OK")).hasMessageContaining("lower case");
    assertThatThrownBy(() -> ScenarioOutcome.parse("Implicit_Deny")).hasMessageContaining("\"implicit_deny\"");
    assertThatThrownBy(() -> ScenarioOutcome.parse("Access Denied")).hasMessageContaining("error code");
    assertThatThrownBy(() -> ScenarioOutcome.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScenarioOutcome.error("9Lives")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equal_when_their_ids_are() {
    new EqualsTester()
        .addEqualityGroup(ScenarioOutcome.ok(), ScenarioOutcome.parse("ok"))
        .addEqualityGroup(ScenarioOutcome.decision(Decision.ALLOW), ScenarioOutcome.parse("allow"))
        .addEqualityGroup(ScenarioOutcome.error("AccessDenied"), ScenarioOutcome.parse("AccessDenied"))
        .testEquals();
    assertThat(ScenarioOutcome.error("AccessDenied")).hasToString("AccessDenied");
  }

  @Test
  void rejects_nulls() {
    new NullPointerTester().testAllPublicStaticMethods(ScenarioOutcome.class);
  }
}
