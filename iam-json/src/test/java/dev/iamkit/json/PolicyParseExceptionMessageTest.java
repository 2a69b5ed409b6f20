package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages of {@link PolicyParseException}: iamkit's words, the file named once, as the Javadoc shows them. */
class PolicyParseExceptionMessageTest {
  @TempDir
  Path dir;

  private static PolicyParseException thrown(String text) {
    try {
      PolicyReader.standard().read(text);
    } catch (PolicyParseException e) {
      return e;
    }
    throw new AssertionError("no exception for " + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"Statement\": [", "{\"Statement\": [}", "{\"Version\": \"2012-10-17\" \"Statement\": []}",
      "{\"Statement\": [{\"Effect\": \"Allow\",}]}", "{'a': 1}", "{\"a\": tru}", "{\"a\": 01}", "{\"a\": \"x\n\"}",
      "{\"a\": NaN}", "{\"a\": \"\\q\"}", "{\"a\" 1}", "{\"Statement\": [1 2]}", "{", "\uFEFF{\"Statement\": []}",
      "{\"Id\": \"\uFEFF\"}"})
  @DisplayName("S1.1: syntax errors are described in iamkit's words, never the JSON parser's")
  void no_parser_wording(String text) {
    String message = thrown(text).getMessage();
    assertThat(message).doesNotContain("Unexpected", "end-of-input", "marker", "code ", "was expecting", "CTRL-CHAR",
        "Source:", "token", "enable `", "(for ", "Leading zeroes", "Illegal");
    assertThat(thrown(text).detail()).isNotBlank();
  }

  @Test
  @DisplayName("the Javadoc's example is the real message")
  void javadoc_example_is_real(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("policy.json");
    Files.writeString(file, "{\n \"Statement\": [\n  {\n   \"Effect\": \"allow\", \"Action\": \"s3:GetObject\","
        + " \"Resource\": \"*\"}]}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PolicyReader.standard().read(file)).isInstanceOf(PolicyParseException.class)
        .hasMessage(file + ": Invalid document at /Statement/0/Effect (line 4, column 14): Expected Effect \"Allow\""
            + " or \"Deny\" (case-sensitive), found \"allow\" (S1.6) [invalid-effect]");
    Files.writeString(file, "{\n \"Version\": \"2012-10-17\",\n \"Statement\": [", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PolicyReader.standard().read(file)).hasMessageStartingWith(file + ": Invalid document")
        .hasMessageContaining("Not valid JSON: the document ends before the array is closed: expected a value or ']'")
        .hasMessageEndingWith("[json-syntax]");
  }

  @Test
  @DisplayName("a file that cannot be read is named once, with the reason")
  void unreadable_file_is_named_once() {
    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> PolicyReader.standard().read(missing)).isInstanceOf(UncheckedIOException.class)
        .hasMessage("Cannot read " + missing + ": no such file or directory");
    Path missingSim = dir.resolve("missing.sim.json");
    assertThatThrownBy(() -> SimulationReader.standard().read(missingSim)).isInstanceOf(UncheckedIOException.class)
        .hasMessage("Cannot read " + missingSim + ": no such file or directory");
  }
}
