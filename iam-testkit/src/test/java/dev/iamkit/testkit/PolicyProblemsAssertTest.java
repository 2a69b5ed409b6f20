package dev.iamkit.testkit;

import static dev.iamkit.testkit.IamAssertions.assertThatProblems;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyProblemsAssertTest {

  private static final PolicyProblem DUPLICATE_SID = PolicyProblem.error(ProblemCode.DUPLICATE_SID,
      "Duplicate Sid \"Read\": Statement IDs (SID) in a single policy must be unique.", "/Statement/1/Sid")
      .withPosition(new SourcePosition(9, 14));
  private static final PolicyProblem ID_DISCOURAGED = PolicyProblem.warning(ProblemCode.ID_DISCOURAGED,
      "Id in an identity policy", "/Id");
  private static final List<PolicyProblem> BOTH = List.of(DUPLICATE_SID, ID_DISCOURAGED);

  @Nested
  class NoErrors {
    @Test
    void passes_for_warnings_only_or_nothing() {
      assertThatProblems(List.of(ID_DISCOURAGED)).hasNoErrors();
      assertThatProblems(List.of()).hasNoErrors().hasNoProblems().hasProblemCount(0);
    }

    @Test
    void failure_lists_every_problem_with_pointer_and_position() {
      assertThatThrownBy(() -> assertThatProblems(BOTH).hasNoErrors())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected no errors but found:")
          .hasMessageContaining("error: Duplicate Sid \"Read\": Statement IDs (SID) in a single policy must be unique."
              + " [duplicate-sid] at /Statement/1/Sid (line 9, column 14)")
          .hasMessageContaining("warning: Id in an identity policy [id-discouraged] at /Id");
      assertThatThrownBy(() -> assertThatProblems(List.of(ID_DISCOURAGED)).hasNoProblems())
          .hasMessageContaining("Expected no problems but found:")
          .hasMessageContaining("[id-discouraged]");
    }
  }

  @Nested
  class HasError {
    @Test
    void passes_for_an_error_with_that_code_and_pointer() {
      assertThatProblems(BOTH).hasError(ProblemCode.DUPLICATE_SID).hasError(ProblemCode.DUPLICATE_SID, "/Statement/1/Sid");
    }

    @Test
    void fails_for_another_pointer_code_or_severity() {
      assertThatThrownBy(() -> assertThatProblems(BOTH).hasError(ProblemCode.DUPLICATE_SID, "/Statement/0/Sid"))
          .hasMessageContaining("Expected an error [duplicate-sid] at /Statement/0/Sid but found:")
          .hasMessageContaining("at /Statement/1/Sid");
      assertThatThrownBy(() -> assertThatProblems(BOTH).hasError(ProblemCode.INVALID_SID))
          .hasMessageContaining("Expected an error [invalid-sid] but found:");
      assertThatThrownBy(() -> assertThatProblems(BOTH).hasError(ProblemCode.ID_DISCOURAGED))
          .hasMessageContaining("Expected an error [id-discouraged]");
      assertThatThrownBy(() -> assertThatProblems(List.of()).hasError(ProblemCode.JSON_SYNTAX, ""))
          .hasMessageContaining("Expected an error [json-syntax] at / but found: (none)");
    }
  }

  @Nested
  class HasWarning {
    @Test
    void passes_for_a_warning_with_that_code() {
      assertThatProblems(BOTH).hasWarning(ProblemCode.ID_DISCOURAGED).hasWarning(ProblemCode.ID_DISCOURAGED, "/Id");
    }

    @Test
    void fails_for_an_error_with_that_code_or_another_pointer() {
      assertThatThrownBy(() -> assertThatProblems(BOTH).hasWarning(ProblemCode.DUPLICATE_SID))
          .hasMessageContaining("Expected a warning [duplicate-sid] but found:");
      assertThatThrownBy(() -> assertThatProblems(BOTH).hasWarning(ProblemCode.ID_DISCOURAGED, "/Statement/0"))
          .hasMessageContaining("Expected a warning [id-discouraged] at /Statement/0");
    }
  }

  @Nested
  class ContainsOnlyCodes {
    @Test
    void passes_for_exactly_the_codes_in_any_order() {
      assertThatProblems(BOTH).containsOnlyCodes(ProblemCode.ID_DISCOURAGED, ProblemCode.DUPLICATE_SID);
      assertThatProblems(List.of(DUPLICATE_SID, DUPLICATE_SID)).containsOnlyCodes(ProblemCode.DUPLICATE_SID);
      assertThatProblems(List.of()).containsOnlyCodes();
    }

    @Test
    void fails_for_missing_or_extra_codes() {
      assertThatThrownBy(() -> assertThatProblems(BOTH).containsOnlyCodes(ProblemCode.DUPLICATE_SID))
          .hasMessageContaining("Expected only the codes [duplicate-sid] but found:")
          .hasMessageContaining("[id-discouraged]");
      assertThatThrownBy(() -> assertThatProblems(List.of(ID_DISCOURAGED))
          .containsOnlyCodes(ProblemCode.ID_DISCOURAGED, ProblemCode.INVALID_SID))
          .hasMessageContaining("Expected only the codes [invalid-sid, id-discouraged]");
      assertThatThrownBy(() -> assertThatProblems(BOTH).hasProblemCount(1))
          .hasMessageContaining("Expected 1 problems but found 2:");
    }
  }
}
