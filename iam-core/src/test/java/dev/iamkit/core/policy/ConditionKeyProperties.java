package dev.iamkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("ConditionKey lower-casing properties (S3.3)")
class ConditionKeyProperties {
  private static final long SEED = 0xC0_4D_17_10L;

  /** Chars of keys as written, and the ones where lower-casing differs between locales or leaves ASCII. */
  private static final List<Character> CHARS = List.of('a', 'z', 'A', 'Z', 'I', 'i', ':', '/', '-', '_', '@', '[', '`',
      '{', '0', '\u0130' /* dotted capital I */, '\u0131' /* dotless i */, '\u212A' /* Kelvin sign */, '\u00C0', '\u00DF',
      '\u03A3' /* capital sigma */, '\u007F', '\u0080', '\uD83D', '\uDE00');

  private static Gen<String> keys() {
    return lists().of(integers().between(0, CHARS.size() - 1)).ofSizeBetween(0, 24).map(idx -> {
      StringBuilder sb = new StringBuilder();
      idx.forEach(i -> sb.append(CHARS.get(i).charValue()));
      return sb.toString();
    });
  }

  @Test
  @DisplayName("S3.3: normalized() is exactly toLowerCase(Locale.ROOT), whatever the default locale (tests run in tr)")
  void normalized_is_root_lower_case() {
    qt().withFixedSeed(SEED).withExamples(5000).forAll(keys()).checkAssert(text -> {
      ConditionKey key = ConditionKey.of(text);
      assertThat(key.normalized()).isEqualTo(text.toLowerCase(Locale.ROOT));
      assertThat(key.text()).isEqualTo(text);
      assertThat(ConditionKey.of(key.normalized()).normalized()).isEqualTo(key.normalized());
    });
  }

  @Test
  @DisplayName("S3.3: the Kelvin sign, the dotted capital I and ASCII keys lower-case as Locale.ROOT does")
  void known_cases() {
    assertThat(ConditionKey.of("aws:SourceIp").normalized()).isEqualTo("aws:sourceip");
    assertThat(ConditionKey.of("aws:sourceip").normalized()).isSameAs(ConditionKey.of("aws:sourceip").text());
    assertThat(ConditionKey.of("s3:\u212Aey").normalized()).isEqualTo("s3:key");
    assertThat(ConditionKey.of("aws:\u0130d").normalized()).isEqualTo("aws:i\u0307d");
    assertThat(ConditionKey.of("aws:ID").normalized()).isEqualTo("aws:id");
  }
}
