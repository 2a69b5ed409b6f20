package dev.iamkit.core.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.internal.condition.ValueReadability;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.Condition;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.Effect;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.PolicyVersion;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * S3.14: the validator reports exactly the condition values the evaluator cannot read, for every operator and a
 * spread of values of every type (the issue 13 §4 contract: every value that would fail a condition closed is
 * warned about, and no readable value is).
 */
class UnreadableValuesAgreementTest {
  private static final List<String> VALUES = List.of("abc", "10", "-2.5", "1e3", "", "true", "FALSE", "maybe",
      "2026-01-31", "2026-01-31T12:00:00Z", "1767225600", "203.0.113.0/24", "203.0.113.0/33", "123456789012",
      "2001:db8::/32", "QmluYXJ5", "not base64!", "arn:aws:s3:::bucket-name", "arn:::bucket-name",
      "arn:aws:sns:*:111122223333:*", "*", "arn:aws:sns", "${aws:username}", "arn:aws:iam::${aws:PrincipalAccount}:root");

  @Test
  @DisplayName("S3.14: validator warns about a value iff the evaluator cannot read it, for every operator")
  void validator_and_evaluator_agree() {
    int unreadable = 0;
    for (BaseOperator base : BaseOperator.values()) {
      for (String value : VALUES) {
        boolean cannotRead = ValueReadability.whyUnreadable(base, ConditionValue.string(value), true).isPresent();
        Condition c = Condition.builder().add(ConditionOperator.parse(base.text()), "aws:RequestTag/team", value)
            .build();
        Policy p = Policy.builder().version(PolicyVersion.V2012_10_17).statements(List.of(Statement.builder()
            .effect(Effect.ALLOW).action("s3:GetObject").resource("*").condition(c).build())).build();
        List<PolicyProblem> problems = PolicyValidator.standard().validate(p, PolicyKind.IDENTITY);
        boolean reported = problems.stream().anyMatch(x -> x.code() == ProblemCode.INVALID_CONDITION_VALUE);
        assertThat(reported).as("%s %s: evaluator cannot read: %s; problems %s", base.text(), value, cannotRead,
            problems).isEqualTo(cannotRead);
        unreadable += cannotRead ? 1 : 0;
      }
    }
    assertThat(unreadable).as("the sample holds unreadable values").isGreaterThan(50);
  }
}
