package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.iamkit.core.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Round-trip properties of {@link PolicyWriter} and {@link PolicyReader} over generated policies. */
class PolicyWriterProperties {
  private static final long SEED = 0x1a2b3c4d5e6fL;

  @Test
  @DisplayName("reader.read(writer.write(p)) equals p for every policy, through both writers")
  void every_policy_round_trips() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(PolicyGen.policies()).checkAssert(p -> {
      assertThat(PolicyReader.standard().read(PolicyWriter.pretty().write(p))).isEqualTo(p);
      assertThat(PolicyReader.standard().read(PolicyWriter.compact().write(p))).isEqualTo(p);
    });
  }

  @Test
  @DisplayName("writing is canonical: writing a read-back policy gives the same text")
  void writing_is_idempotent() {
    qt().withFixedSeed(SEED + 1).withExamples(300).forAll(PolicyGen.policies()).checkAssert(p -> {
      String pretty = PolicyWriter.pretty().write(p);
      Policy back = PolicyReader.standard().read(PolicyWriter.compact().write(p));
      assertThat(PolicyWriter.pretty().write(back)).isEqualTo(pretty);
    });
  }

  @Test
  @DisplayName("S1.1: the writer's output never holds a character IAM rejects")
  void output_is_always_accepted_text() {
    qt().withFixedSeed(SEED + 2).withExamples(300).forAll(PolicyGen.policies()).checkAssert(p -> {
      String json = PolicyWriter.compact().write(p);
      assertThat(json.chars()).allMatch(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xff));
    });
  }
}
