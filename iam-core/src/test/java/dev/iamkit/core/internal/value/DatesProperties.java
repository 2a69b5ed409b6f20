package dev.iamkit.core.internal.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dates properties (S3.6)")
class DatesProperties {
  private static final long SEED = 0x1A4D_A7E5L;
  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the four-digit years. */
  private static final long MIN = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  @Test
  @DisplayName("S3.6: an instant written as ISO 8601 at any offset and precision parses back to itself")
  void iso_round_trip() {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSxxx");
    qt().withFixedSeed(SEED).forAll(longs().between(MIN + 86_400, MAX - 86_400), integers().between(0, 999_999_999),
            integers().between(-23 * 60 - 59, 23 * 60 + 59))
        .checkAssert((seconds, nanos, offsetMinutes) -> {
          Instant instant = Instant.ofEpochSecond(seconds, nanos);
          ZoneOffset offset = ZoneOffset.ofTotalSeconds(Math.max(-18 * 3600, Math.min(18 * 3600, offsetMinutes * 60)));
          String text = OffsetDateTime.ofInstant(instant, offset).format(f);
          assertThat(Dates.parse(text)).as(text).contains(instant);
          assertThat(Dates.parse(instant.toString())).as(instant.toString()).contains(instant);
        });
  }

  @Test
  @DisplayName("S3.6: epoch seconds parse to the same instant as their ISO form")
  void epoch_matches_iso() {
    qt().withFixedSeed(SEED).forAll(longs().between(0, MAX))
        .checkAssert(seconds -> assertThat(Dates.parse(Long.toString(seconds)))
            .isEqualTo(Dates.parse(Instant.ofEpochSecond(seconds).toString())));
  }
}
