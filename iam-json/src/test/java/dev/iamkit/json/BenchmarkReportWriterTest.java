package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarkReportWriterTest {

  @Test
  void writes_the_five_fields_in_order_with_rates_rounded_to_one_decimal() {
    String json = BenchmarkReportWriter.standard().toJson(240, 3_000_000, 1_500_000_000L, true);

    assertThat(json).isEqualTo("""
        {
          "requests": 240,
          "decisions": 3000000,
          "decisionsPerSecond": 2000000.0,
          "nsPerDecision": 500.0,
          "expectationsMet": true
        }""");
  }

  @Test
  void no_decision_is_zero_ns_per_decision_and_bad_counts_are_rejected() {
    assertThat(BenchmarkReportWriter.nsPerDecision(0, 10)).isZero();
    assertThat(BenchmarkReportWriter.nsPerDecision(3, 10)).isEqualTo(3.3);
    assertThatThrownBy(() -> BenchmarkReportWriter.standard().toJson(1, 1, 0, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nanos=0");
    assertThatThrownBy(() -> BenchmarkReportWriter.standard().toJson(-1, 1, 1, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requests=-1");
  }
}
