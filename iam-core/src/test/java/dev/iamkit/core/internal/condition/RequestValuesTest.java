package dev.iamkit.core.internal.condition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.eval.ContextType;
import dev.iamkit.core.eval.ContextValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Request values read once when the {@link ContextValue} is made (S3.4 to S3.10): what is kept is what each
 * family's own reading gives, for the families of the declared type, and values read by another family are read
 * when compared, as before.
 */
class RequestValuesTest {

  @Test
  void kept_readings_are_the_family_s_own_reading() {
    ContextValue ip = ContextValue.ip("2001:db8::1");
    assertThat(RequestValues.read(IpOperand.TYPE, ip, 0)).isEqualTo(IpOperand.TYPE.read("2001:db8::1"));
    assertThat(RequestValues.read(IpOperand.TYPE, ip, 0)).isSameAs(RequestValues.read(IpOperand.TYPE, ip, 0));
    ContextValue date = ContextValue.date("2026-06-01T00:00:00Z");
    assertThat(RequestValues.read(DateOperand.TYPE, date, 0)).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    ContextValue bool = ContextValue.bool(true);
    assertThat(RequestValues.read(BoolOperand.TYPE, bool, 0)).isTrue();
  }

  @Test
  void epoch_seconds_are_kept_as_date_and_as_number() {
    ContextValue epoch = ContextValue.of(ContextType.DATE, "1767225600");
    assertThat(RequestValues.read(NumericOperand.TYPE, epoch, 0)).isEqualByComparingTo(new BigDecimal("1767225600"));
    assertThat(RequestValues.read(DateOperand.TYPE, epoch, 0)).isEqualTo(Instant.ofEpochSecond(1767225600L));
    ContextValue iso = ContextValue.date("2026-06-01T00:00:00Z");
    assertThat(RequestValues.read(NumericOperand.TYPE, iso, 0)).isNull();
  }

  @Test
  void strings_are_kept_as_arns_only_when_they_are_arns() {
    ContextValue list = ContextValue.listOf(ContextType.STRING,
        List.of("arn:aws:iam::111122223333:role/R", "not-an-arn", "arn:too:short"));
    assertThat(RequestValues.read(ArnOperand.TYPE, list, 0)).hasToString("arn:aws:iam::111122223333:role/R");
    assertThat(RequestValues.read(ArnOperand.TYPE, list, 1)).isNull();
    assertThat(RequestValues.read(ArnOperand.TYPE, list, 2)).isNull();
    assertThat(RequestValues.read(StringOperand.TYPE, list, 1)).isEqualTo("not-an-arn");
  }

  @Test
  void values_of_another_family_are_read_when_compared() {
    ContextValue text = ContextValue.string("203.0.113.5");
    assertThat(RequestValues.read(IpOperand.TYPE, text, 0)).isEqualTo(IpOperand.TYPE.read("203.0.113.5"));
    assertThat(RequestValues.read(NumericOperand.TYPE, ContextValue.string("42"), 0))
        .isEqualByComparingTo(BigDecimal.valueOf(42));
  }
}
