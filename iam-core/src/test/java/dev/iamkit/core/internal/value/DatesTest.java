package dev.iamkit.core.internal.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Dates (S3.6)")
class DatesTest {

  @Nested
  @DisplayName("parse accepts")
  class Accepts {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @DisplayName("S3.6: every form of the W3C profile of ISO 8601, missing parts defaulting to the start of the period")
    @CsvSource(delimiter = '|', value = {
        "2026-03|2026-03-01T00:00:00Z",
        "2026-03-15|2026-03-15T00:00:00Z",
        "2026-03-15T10:20Z|2026-03-15T10:20:00Z",
        "2026-03-15T10:20:30Z|2026-03-15T10:20:30Z",
        "2026-03-15T10:20:30.5Z|2026-03-15T10:20:30.500Z",
        "2026-03-15T10:20:30.25+01:00|2026-03-15T09:20:30.250Z",
        "2026-03-15T10:20-05:30|2026-03-15T15:50:00Z",
        "2024-02-29T23:59:59Z|2024-02-29T23:59:59Z",
    })
    void w3c_profile(String text, String expected) {
      assertThat(Dates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @DisplayName("S3.6: AWS leniencies: lower-case t and z, one-digit hours, +hh offsets, up to nine fraction digits, no offset means UTC")
    @CsvSource(delimiter = '|', value = {
        "2026-03-15t10:20:30Z|2026-03-15T10:20:30Z",
        "2026-03-15T10:20:30z|2026-03-15T10:20:30Z",
        "2026-03-15T9:05:00Z|2026-03-15T09:05:00Z",
        "2026-03-15T9:05Z|2026-03-15T09:05:00Z",
        "2026-03-15T10:20:30+23|2026-03-14T11:20:30Z",
        "2026-03-15T10:20:30-02|2026-03-15T12:20:30Z",
        "2026-03-15T10:20:30.123456789Z|2026-03-15T10:20:30.123456789Z",
        "2026-03-15T10:20:30.000000001Z|2026-03-15T10:20:30.000000001Z",
        "2026-03-15T10:20:30|2026-03-15T10:20:30Z",
        "2026-03-15T10:20|2026-03-15T10:20:00Z",
    })
    void aws_leniencies(String text, String expected) {
      assertThat(Dates.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @DisplayName("S3.6: an all-digit text is epoch seconds, 0 to 2^63-1 (beyond Instant.MAX clamped)")
    @CsvSource(delimiter = '|', value = {
        "0|1970-01-01T00:00:00Z",
        "1767225600|2026-01-01T00:00:00Z",
        "0001767225600|2026-01-01T00:00:00Z",
        "2026|1970-01-01T00:33:46Z",
        "31556889864403199|+1000000000-12-31T23:59:59Z",
    })
    void epoch_seconds(String text, String expected) {
      assertThat(Dates.parse(text)).contains(Instant.parse(expected));
    }

    @Test
    @DisplayName("S3.6: 2^63-1 seconds is accepted (and clamped to Instant.MAX), as AWS accepts it")
    void largest_epoch_value_is_accepted() {
      assertThat(Dates.parse("9223372036854775807")).contains(Instant.MAX);
      assertThat(Dates.parse("31556889864403200")).contains(Instant.MAX);
    }
  }

  @Nested
  @DisplayName("parse rejects")
  class Rejects {

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("S3.6: months above 12, +1 offsets, ten fraction digits, epoch above 2^63-1 and other deviations")
    @ValueSource(strings = {
        "", "2026-13-01", "2026-00-01", "2026-1-01", "2026-01-1", "2026-01-32", "2026-02-30", "2025-02-29",
        "2026-03-15T10:20:30+1", "2026-03-15T10:20:30+1:00", "2026-03-15T10:20:30+0530", "2026-03-15T10:20:30+24",
        "2026-03-15T10:20:30+05:60", "2026-03-15T10:20:30+05:3",
        "2026-03-15T10:20:30.1234567890Z", "2026-03-15T10:20:30.Z", "2026-03-15T10:20:30,5Z",
        "9223372036854775808", "99999999999999999999", "-1", "+5", "1.5", "1e5",
        "2026-03-15T24:00:00Z", "2026-03-15T123:00Z", "2026-03-15T10:60Z", "2026-03-15T10:20:60Z",
        "2026-03-15T10Z", "2026-03-15T10", "2026-03-15T", "2026-03-15 10:20:30Z", " 2026-03-15", "2026-03-15 ",
        "26-03-15", "20260-03-15", "2026-03-15T10:20:30ZZ", "2026-03-15T10:20:30Z+01", "2026-03T10:20Z",
        "2026-03-15T1:2:3Z", "abc", "2026-03-15X", "\u0662\u0660\u0662\u0666-03-15",
    })
    void invalid(String text) {
      assertThat(Dates.parse(text)).isEmpty();
      assertThat(Dates.isValid(text)).isFalse();
    }
  }

  @Test
  @DisplayName("S3.6: a fraction without offset is UTC and keeps its nanoseconds")
  void fraction_without_offset_is_utc() {
    assertThat(Dates.parse("2026-03-15T10:20:30.5")).contains(Instant.parse("2026-03-15T10:20:30.5Z"));
  }
}
