package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.SourcePosition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets for the policy reader, writer and validator (issue 11 §1). The input is the raw bytes of a
 * document. Regression inputs, seeded with the malformed documents of the reader tests, deep nesting, huge
 * numbers, invalid UTF-8 and lone surrogates, in {@code PolicyReaderFuzzTestInputs/}.
 */
class PolicyReaderFuzzTest {
  /**
   * Law: any bytes give a policy or a {@link PolicyParseException} with a position inside the document, never
   * another exception; a policy read writes to text that reads back to an equal policy, and the canonical text
   * is a fixed point (writing what was read from it gives it again), compact and pretty alike.
   */
  @FuzzTest(maxDuration = "5m")
  void any_bytes_give_a_policy_or_a_positioned_error_and_policies_round_trip(byte[] data) {
    Policy policy;
    try {
      policy = PolicyReader.standard().read(new ByteArrayInputStream(data));
    } catch (PolicyParseException e) {
      assertThat(e.position()).as(e.getMessage()).isPresent();
      assertInside(e.position().get(), new String(data, StandardCharsets.UTF_8), e.getMessage());
      return;
    }
    for (PolicyWriter writer : List.of(PolicyWriter.compact(), PolicyWriter.pretty())) {
      String canonical = writer.write(policy);
      Policy again = PolicyReader.standard().read(canonical);
      assertThat(again).as(canonical).isEqualTo(policy);
      assertThat(writer.write(again)).isEqualTo(canonical);
    }
  }

  /**
   * Law: reading leniently and validating as every kind never throws, and every problem, the reader's and the
   * validator's, has a position inside the document.
   */
  @FuzzTest(maxDuration = "5m")
  void validation_never_throws_and_positions_every_problem_inside_the_document(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ReadResult read = PolicyReader.standard().readLenient(text, "fuzz.json");
    List<PolicyProblem> problems = new ArrayList<>(read.problems());
    if (read.policy().isPresent()) {
      for (PolicyKind kind : PolicyKind.values()) {
        for (PolicyProblem p : PolicyValidator.standard().validate(read.policy().get(), kind, read.documentText())) {
          problems.add(p.position().isPresent() ? p : read.positionOf(p.pointer()).map(p::withPosition).orElse(p));
        }
      }
    }
    for (PolicyProblem p : problems) {
      assertThat(p.position()).as("position of %s", p).isPresent();
      assertInside(p.position().get(), text, p.toString());
      assertThat(p.message()).isNotBlank();
    }
  }

  /** A line:column inside the text (the column may point just past the last character of its line). */
  static void assertInside(SourcePosition at, String text, String what) {
    List<String> lines = text.lines().toList();
    assertThat(at.line()).as("line of %s", what).isBetween(1, Math.max(1, lines.size() + 1));
    int length = at.line() <= lines.size() ? lines.get(at.line() - 1).length() : 0;
    assertThat(at.column()).as("column of %s", what).isBetween(1, length + 1);
  }
}
