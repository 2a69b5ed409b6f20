package dev.iamkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.json.PolicyReader;
import dev.iamkit.json.PolicyWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Round trips through iam-json (ARCHITECTURE "Policy documents": writing is canonical and round-trips;
 * S1.1: member order and white space are free) over policies of every kind.
 */
class PolicyJsonProperties {
  private static final int EXAMPLES = 300;

  /** Policies of any kind. */
  private static final Gen<Policy> POLICIES = Generate.enumValues(PolicyKind.class).flatMap(PolicyGenerators::policies);
  private static final Gen<Long> LAYOUT_SEEDS = SourceDSL.longs().all();

  private static final PolicyReader READER = PolicyReader.standard();

  @Test
  void reading_the_compact_form_gives_the_same_policy() {
    Theories.qt(EXAMPLES).forAll(POLICIES)
        .checkAssert(p -> assertThat(READER.read(PolicyWriter.compact().write(p))).isEqualTo(p));
  }

  @Test
  void reading_the_pretty_form_gives_the_same_policy() {
    Theories.qt(EXAMPLES).forAll(POLICIES)
        .checkAssert(p -> assertThat(READER.read(PolicyWriter.pretty().write(p))).isEqualTo(p));
  }

  @Test
  @DisplayName("member order, white space and string escapes never change the parsed policy (S1.1)")
  void relayout_never_changes_the_parsed_policy() {
    Theories.qt(EXAMPLES).forAll(POLICIES, LAYOUT_SEEDS).checkAssert((p, seed) -> {
      String json = JsonRelayout.relayout(PolicyWriter.pretty().write(p), seed);
      assertThat(READER.read(json)).as("read back from%n%s", json).isEqualTo(p);
    });
  }

  @Test
  @DisplayName("the written text is a fixed point: writing what was read gives the same text")
  void writing_what_was_read_gives_the_same_text() {
    Theories.qt(EXAMPLES).forAll(POLICIES).checkAssert(p -> {
      String compact = PolicyWriter.compact().write(p);
      String pretty = PolicyWriter.pretty().write(p);
      assertThat(PolicyWriter.compact().write(READER.read(pretty))).isEqualTo(compact);
      assertThat(PolicyWriter.pretty().write(READER.read(compact))).isEqualTo(pretty);
    });
  }

  @Test
  void the_relayout_helper_keeps_the_content_and_changes_the_text() {
    Theories.qt(EXAMPLES).forAll(POLICIES, LAYOUT_SEEDS).checkAssert((p, seed) -> {
      String json = PolicyWriter.pretty().write(p);
      String relaid = JsonRelayout.relayout(json, seed);
      assertThat(JsonRelayout.parse(relaid)).isEqualTo(JsonRelayout.parse(json));
      assertThat(JsonRelayout.relayout(json, seed)).isEqualTo(relaid);
    });
    // Non-trivial: most layouts differ from the writer's.
    long changed = Theories.sample(POLICIES, Theories.SEED, 50).stream()
        .filter(p -> !JsonRelayout.relayout(PolicyWriter.compact().write(p), PolicyWriter.compact().write(p).hashCode())
            .equals(PolicyWriter.compact().write(p)))
        .count();
    assertThat(changed).isGreaterThan(40);
  }
}
