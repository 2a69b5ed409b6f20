package dev.iamkit.core.internal.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Base64Values (S3.8)")
class Base64ValuesTest {

  @Test
  @DisplayName("S3.8: decodes standard base64, with or without padding")
  void decodes() {
    byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
    assertThat(Base64Values.decode("aGVsbG8=")).hasValueSatisfying(b -> assertThat(b).isEqualTo(hello));
    assertThat(Base64Values.decode("aGVsbG8")).hasValueSatisfying(b -> assertThat(b).isEqualTo(hello));
    assertThat(Base64Values.decode("")).hasValueSatisfying(b -> assertThat(b).isEmpty());
    assertThat(Base64Values.decode("+/+/")).hasValueSatisfying(b -> assertThat(b).containsExactly(0xFB, 0xFF, 0xBF));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @DisplayName("S3.8: rejects what is not base64")
  @ValueSource(strings = {"not base64!", "a", "aGVsbG8==", "aGVs bG8=", "aGVsbG8=\n", "-_-_", "aGVsbG8=x", "\u00e9\u00e9\u00e9\u00e9"})
  void rejects(String text) {
    assertThat(Base64Values.decode(text)).isEmpty();
    assertThat(Base64Values.isValid(text)).isFalse();
  }
}
