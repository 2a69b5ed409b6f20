package dev.iamkit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ContextValues.check (S3.14): request values are validated for their type")
class ContextValuesTest {

  @ParameterizedTest(name = "{0} \"{1}\"")
  @DisplayName("S3.14: well-formed values of every type are accepted")
  @CsvSource(delimiter = '|', value = {
      "STRING|anything at all: * ? ${x}",
      "STRING|''",
      "NUMERIC|42",
      "NUMERIC|-1.5",
      "BOOLEAN|true",
      "BOOLEAN|FALSE",
      "DATE|2026-01-01T00:00:00Z",
      "DATE|2026-01-01t9:00+02",
      "DATE|1767225600",
      "IP|203.0.113.5",
      "IP|2001:db8::1",
      "IP|::ffff:203.0.113.5",
      "BINARY|aGVsbG8=",
  })
  void accepts(ContextType type, String value) {
    assertThatNoException().isThrownBy(() -> ContextValues.check(type, value));
    assertThat(ContextValue.of(type, value).values()).containsExactly(value);
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @DisplayName("S3.14: malformed values are rejected with a message naming the type and quoting the value")
  @CsvSource(delimiter = '|', value = {
      "NUMERIC|abc|numeric",
      "NUMERIC|1e3|numeric",
      "BOOLEAN|yes|boolean",
      "DATE|2026-13-01|date",
      "DATE|yesterday|date",
      "IP|203.0.113.0/24|ip",
      "IP|example.com|ip",
      "BINARY|not base64!|binary",
  })
  void rejects(ContextType type, String value, String typeName) {
    assertThatIllegalArgumentException().isThrownBy(() -> ContextValues.check(type, value))
        .withMessageContaining(typeName)
        .withMessageContaining("\"" + value + "\"");
    assertThatIllegalArgumentException().isThrownBy(() -> ContextValue.of(type, value))
        .withMessageContaining("\"" + value + "\"");
  }

  @Test
  @DisplayName("S3.14: every element of a list value is checked")
  void list_elements_are_checked() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ContextValue.listOf(ContextType.IP, List.of("203.0.113.5", "nope")))
        .withMessageContaining("\"nope\"");
  }

  @Test
  @DisplayName("S5.3: the default time keys pass their own checks (aws:EpochTime is epoch seconds as a date)")
  void default_time_keys_are_valid() {
    assertThatNoException().isThrownBy(() -> ContextValue.date(java.time.Instant.parse("2026-01-01T00:00:00.123456789Z")));
    assertThatNoException().isThrownBy(() -> ContextValue.of(ContextType.DATE, "1767225600"));
  }

  @Test
  void to_string_shows_the_type_and_the_quoted_values() {
    assertThat(ContextValue.string("x")).hasToString("string \"x\"");
    assertThat(ContextValue.strings(List.of("a", "b"))).hasToString("stringList [\"a\", \"b\"]");
    assertThat(ContextValue.numeric(3600)).hasToString("numeric \"3600\"");
    assertThat(ContextValue.bool(true)).hasToString("boolean \"true\"");
  }
}
