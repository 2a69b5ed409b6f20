package dev.iamkit.core.eval;

import static dev.iamkit.core.eval.Fixtures.ALICE;
import static dev.iamkit.core.eval.Fixtures.TARGET_ROLE_A;
import static dev.iamkit.core.eval.Fixtures.allow;
import static dev.iamkit.core.eval.Fixtures.aws;
import static dev.iamkit.core.eval.Fixtures.policy;
import static dev.iamkit.core.eval.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validator and the evaluator read each rule of the language the same way, because each rule has one owner
 * (wildcards: {@code Glob}; policy variables: {@code VariableSyntax}; dates: {@code Dates}; trust actions:
 * {@code Action.trustActions()}). Each case gives the same text to both and checks that they agree.
 */
@DisplayName("validator and evaluator agree on the edge cases of each rule")
class ValidatorEvaluatorAgreementTest {
  private static final PolicyValidator VALIDATOR = PolicyValidator.standard();
  private static final String BUCKET = "arn:aws:s3:::bucket/";

  private static List<ProblemCode> problems(NamedPolicy p, PolicyKind kind) {
    return VALIDATOR.validate(p.policy(), kind).stream().filter(PolicyProblem::isError).map(PolicyProblem::code)
        .toList();
  }

  private static Decision decide(NamedPolicy identity, RequestContext.Builder request) {
    return Evaluator.standard().evaluate(PolicySet.builder().identity(identity).build(), request.build()).decision();
  }

  private static Decision decideTrust(NamedPolicy trust, String action) {
    return Evaluator.standard().evaluate(PolicySet.builder().trustPolicy(trust).build(),
        request(ALICE, action, TARGET_ROLE_A).build()).decision();
  }

  private static NamedPolicy trustPolicy(String action) {
    return policy("Trust", Statement.builder().effect(Effect.ALLOW).action(action)
        .principal(aws(Fixtures.ALICE_ARN)));
  }

  @Test
  @DisplayName("S2: ? is one character, a supplementary character (a surrogate pair) included")
  void question_mark_is_one_code_point() {
    String emoji = new String(Character.toChars(0x1F600));
    NamedPolicy p = policy("P", allow("s3:GetObject", BUCKET + "?"));
    assertThat(problems(p, PolicyKind.IDENTITY)).isEmpty();
    assertThat(decide(p, request(ALICE, "s3:GetObject", BUCKET + emoji))).isEqualTo(Decision.ALLOW);
    assertThat(decide(p, request(ALICE, "s3:GetObject", BUCKET + "ab"))).isEqualTo(Decision.IMPLICIT_DENY);
    // the validator's trust-action check matches with the same glob: ? stands for one character there too
    assertThat(problems(trustPolicy("sts:AssumeRol?"), PolicyKind.TRUST)).isEmpty();
    assertThat(decideTrust(trustPolicy("sts:AssumeRol?"), "sts:AssumeRole")).isEqualTo(Decision.ALLOW);
    assertThat(problems(trustPolicy("sts:AssumeRole?"), PolicyKind.TRUST)).containsExactly(
        ProblemCode.INVALID_TRUST_ACTION);
  }

  @Test
  @DisplayName("S2.1, S3.4: case is folded with Locale.ROOT: a capital I is i (not the Turkish dotless i)")
  void case_folding_uses_locale_root() {
    assertThat(Locale.getDefault().getLanguage()).as("tests run with -Duser.language=tr").isEqualTo("tr");
    // capital I folds to i: a trust action for the validator, a match for the evaluator
    assertThat(problems(trustPolicy("STS:ASSUMEROLEWITHSAML"), PolicyKind.TRUST)).isEmpty();
    assertThat(problems(trustPolicy("sts:AssumeRoleW?th*"), PolicyKind.TRUST)).isEmpty();
    assertThat(decideTrust(trustPolicy("STS:ASSUMEROLEWITHSAML"), "sts:AssumeRoleWithSAML"))
        .isEqualTo(Decision.ALLOW);
    // the dotless i is another letter: not a trust action, and no match
    assertThat(problems(trustPolicy("sts:AssumeRoleW\u0131thSAML"), PolicyKind.TRUST)).containsExactly(
        ProblemCode.INVALID_TRUST_ACTION);
    assertThat(decideTrust(trustPolicy("sts:AssumeRoleW\u0131thSAML"), "sts:AssumeRoleWithSAML"))
        .isEqualTo(Decision.IMPLICIT_DENY);
    NamedPolicy like = policy("P", allow("s3:GetObject", "*").condition(Condition.builder()
        .add(ConditionOperator.parse("StringEqualsIgnoreCase"), "aws:PrincipalTag/team", "ADMIN").build()));
    assertThat(problems(like, PolicyKind.IDENTITY)).isEmpty();
    assertThat(decide(like, request(ALICE, "s3:GetObject", BUCKET + "k")
        .context("aws:PrincipalTag/team", ContextValue.string("admin")))).isEqualTo(Decision.ALLOW);
    assertThat(decide(like, request(ALICE, "s3:GetObject", BUCKET + "k")
        .context("aws:PrincipalTag/team", ContextValue.string("adm\u0131n")))).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @Test
  @DisplayName("S4.1: a default is taken literally, an escaped quote included; a default without quotes is malformed")
  void variable_defaults() {
    NamedPolicy quoted = policy("P", allow("s3:GetObject", BUCKET + "${aws:PrincipalTag/x, 'O\\'Brien'}"));
    assertThat(problems(quoted, PolicyKind.IDENTITY)).isEmpty();
    assertThat(decide(quoted, request(ALICE, "s3:GetObject", BUCKET + "O\\'Brien"))).isEqualTo(Decision.ALLOW);
    assertThat(decide(quoted, request(ALICE, "s3:GetObject", BUCKET + "O'Brien"))).isEqualTo(Decision.IMPLICIT_DENY);

    NamedPolicy spaced = policy("P", allow("s3:GetObject", BUCKET + "${ aws:PrincipalTag/x ,   'a b' }"));
    assertThat(problems(spaced, PolicyKind.IDENTITY)).isEmpty();
    assertThat(decide(spaced, request(ALICE, "s3:GetObject", BUCKET + "a b"))).isEqualTo(Decision.ALLOW);

    NamedPolicy unquoted = policy("P", allow("s3:GetObject", BUCKET + "${aws:PrincipalTag/x, none}"));
    assertThat(VALIDATOR.validate(unquoted.policy(), PolicyKind.IDENTITY)).extracting(PolicyProblem::code)
        .contains(ProblemCode.INVALID_VARIABLE);
    assertThat(decide(unquoted, request(ALICE, "s3:GetObject", BUCKET + "none"))).isEqualTo(Decision.IMPLICIT_DENY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-31T23:59:59Z", "2026-01-31T23:59:59.123456789Z", "2026-01-31T23:59:59+05:30",
      "2026-01-31T23:59:59-05:00", "2026-01-31T23:59+02", "2026-01-31t9:30z", "2026-01-31T23:59:59",
      "2026-01-31", "2026-01", "1767225600", "0"})
  @DisplayName("S3.6: every accepted date form is valid for the validator, a request value and the evaluator")
  void accepted_date_forms(String date) {
    NamedPolicy p = policy("P", allow("s3:GetObject", "*").condition(Condition.builder()
        .add(ConditionOperator.parse("DateEquals"), "aws:CurrentTime", date).build()));
    assertThat(problems(p, PolicyKind.IDENTITY)).isEmpty();
    assertThat(ContextType.DATE.isValid(date)).isTrue();
    assertThat(decide(p, request(ALICE, "s3:GetObject", BUCKET + "k")
        .context("aws:CurrentTime", ContextValue.date(date)))).isEqualTo(Decision.ALLOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-31T23:59:59+0530", "2026-01-31T23:59+1", "2026-01-31T10:00:00.1234567890Z",
      "2026-13-01", "2026-02-30", "2026-01-31T24:00Z", "2026-01-31 10:00Z", "-1", "9223372036854775808"})
  @DisplayName("S3.6: a rejected date form is an error for the validator, no request value, and fails closed")
  void rejected_date_forms(String date) {
    NamedPolicy p = policy("P", allow("s3:GetObject", "*").condition(Condition.builder()
        .add(ConditionOperator.parse("DateLessThan"), "aws:CurrentTime", date).build()));
    assertThat(problems(p, PolicyKind.IDENTITY)).contains(ProblemCode.INVALID_CONDITION_VALUE);
    assertThat(ContextType.DATE.isValid(date)).isFalse();
    assertThat(decide(p, request(ALICE, "s3:GetObject", BUCKET + "k")
        .context("aws:CurrentTime", ContextValue.date("2000-01-01T00:00:00Z")))).isEqualTo(Decision.IMPLICIT_DENY);
  }
}
