package dev.iamkit.core.internal.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Booleans (S3.7)")
class BooleansTest {

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("S3.7: true in any case")
  @ValueSource(strings = {"true", "TRUE", "True", "tRuE"})
  void true_in_any_case(String text) {
    assertThat(Booleans.parse(text)).contains(true);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("S3.7: false in any case")
  @ValueSource(strings = {"false", "FALSE", "False", "fAlSe"})
  void false_in_any_case(String text) {
    assertThat(Booleans.parse(text)).contains(false);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("S3.7: anything else is not a boolean, including look-alikes that equalsIgnoreCase would accept")
  @ValueSource(strings = {"", "yes", "1", "0", " true", "true ", "t", "fal\u017Fe", "TRUE\u0000", "tr\u0130e"})
  void others(String text) {
    assertThat(Booleans.parse(text)).isEmpty();
  }
}
