package dev.iamkit.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContextValueTest {
  @Nested
  class ForKey {
    @Test
    void types_values_by_the_service_reference_s3_14() {
      assertThat(ContextValue.forKey("aws:SourceIp", "203.0.113.5")).isEqualTo(ContextValue.ip("203.0.113.5"));
      assertThat(ContextValue.forKey("AWS:SOURCEIP", "2001:db8::1")).isEqualTo(ContextValue.ip("2001:db8::1"));
      assertThat(ContextValue.forKey("aws:SecureTransport", "TRUE")).isEqualTo(ContextValue.bool(true));
      assertThat(ContextValue.forKey("aws:MultiFactorAuthAge", "300")).isEqualTo(ContextValue.numeric("300"));
      assertThat(ContextValue.forKey("aws:CurrentTime", "2026-01-01T00:00:00Z"))
          .isEqualTo(ContextValue.date("2026-01-01T00:00:00Z"));
      assertThat(ContextValue.forKey("aws:PrincipalTag/team", "blue")).isEqualTo(ContextValue.string("blue"));
    }

    @Test
    void multivalued_keys_are_lists_s3_13() {
      assertThat(ContextValue.forKey("aws:TagKeys", "team")).isEqualTo(ContextValue.strings(List.of("team")));
      assertThat(ContextValue.forKey("aws:TagKeys")).isEqualTo(ContextValue.strings(List.of()));
      assertThat(ContextValue.forKey("my:Unknown", "a", "b")).isEqualTo(ContextValue.strings(List.of("a", "b")));
      assertThat(ContextValue.forKey("my:Unknown", "a")).isEqualTo(ContextValue.string("a"));
    }

    @Test
    void malformed_values_are_rejected_with_the_value_quoted() {
      assertThatThrownBy(() -> ContextValue.forKey("aws:SourceIp", "nowhere"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"nowhere\"");
      assertThatThrownBy(() -> ContextValue.forKey("aws:SecureTransport", "yes"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("true or false");
      assertThatThrownBy(() -> ContextValue.forKey("aws:SourceIp", "203.0.113.5", "203.0.113.6"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("aws:SourceIp is single-valued: expected one value, found 2");
      assertThatThrownBy(() -> ContextValue.forKey(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("key");
    }
  }
}
