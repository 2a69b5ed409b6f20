package dev.iamkit.core.internal.validate;

import dev.iamkit.core.IamException;
import dev.iamkit.core.internal.condition.ValueReadability;
import dev.iamkit.core.policy.BaseOperator;
import dev.iamkit.core.policy.ConditionOperator;
import dev.iamkit.core.policy.ConditionValue;
import dev.iamkit.core.policy.OperatorFamily;
import dev.iamkit.core.policy.ProblemCode;
import java.util.Optional;

/**
 * Checks of one condition value against its operator (S3.4 to S3.11, S3.14, S4.2). AWS parses dates when
 * the policy is saved and rejects bad ones (S3.6): an error. Other bad values are accepted by AWS and make
 * their condition fail closed (S3.14): a warning that says so, for every value the evaluator cannot read
 * ({@link ValueReadability} is the one answer to that).
 */
final class ValueChecks {
  private static final String FAILS_CLOSED = ": AWS accepts the policy, but iamkit cannot read this value, so the"
      + " condition fails closed: it never makes an Allow apply and never keeps a Deny from applying (S3.14)";

  private ValueChecks() {}

  /** The checks of value {@code index} (-1 for a single value) of the condition key being checked. */
  static void check(Context ctx, ConditionOperator op, BaseOperator base, ConditionValue value, int index) {
    int before = ctx.problems.size();
    byFamily(ctx, op, base, value, index);
    // An ARN value was already put to ValueReadability by byFamily, and reported when unreadable.
    if (base.family() != OperatorFamily.ARN && !ctx.problems.hasSince(before, ProblemCode.INVALID_CONDITION_VALUE)) {
      // S3.14: every value the evaluator cannot read is reported, whatever the family-specific checks said.
      Optional<String> why = ValueReadability.whyUnreadable(base, value, ctx.policy.supportsVariables());
      if (why.isPresent()) {
        ctx.problems.warning(ProblemCode.INVALID_CONDITION_VALUE, Pointers.at(ctx.keyPointer(), index),
            IamException.quote(op.text()) + " " + why.get() + FAILS_CLOSED);
      }
    }
  }

  private static void byFamily(Context ctx, ConditionOperator op, BaseOperator base, ConditionValue value,
      int index) {
    String text = value.text();
    OperatorFamily family = base.family();
    switch (family) {
      case STRING -> {
        if (Variables.mentions(text)) {
          ctx.recognisedValueVariables(text, index);
        }
      }
      case ARN -> {
        if (Variables.mentions(text)) {
          ctx.recognisedValueVariables(text, index);
        }
        if (ValueReadability.whyUnreadable(base, value, ctx.policy.supportsVariables()).isPresent()) {
          ctx.problems.warning(ProblemCode.INVALID_CONDITION_VALUE, Pointers.at(ctx.keyPointer(), index), label(op, text)
              + " is not an ARN pattern: expected six ':'-separated fields such as"
              + " \"arn:aws:s3:::bucket-name\" or \"arn:aws:sns:*:111122223333:*\" (S3.10)" + FAILS_CLOSED);
        }
      }
      case BOOLEAN -> {
        if (Variables.mentions(text)) {
          ctx.problems.warning(ProblemCode.VARIABLE_NOT_RECOGNIZED, Pointers.at(ctx.keyPointer(), index),
              "Policy variable in Bool value "
              + IamException.quote(text) + ": AWS documents variables in Bool values in one place and forbids them in"
              + " another; iamkit substitutes them, AWS may take the text literally (A6)");
        } else if (!isBoolean(text)) {
          ctx.problems.warning(ProblemCode.INVALID_CONDITION_VALUE, Pointers.at(ctx.keyPointer(), index), label(op, text)
              + " is not a boolean: expected \"true\" or \"false\"" + FAILS_CLOSED);
        }
      }
      case NULL -> {
        if (Variables.mentions(text)) {
          ctx.unrecognisedVariables(text, Pointers.at(ctx.keyPointer(), index), "Null value");
        }
        if (!Variables.mentions(text) && !isBoolean(text)) {
          ctx.problems.warning(ProblemCode.INVALID_CONDITION_VALUE, Pointers.at(ctx.keyPointer(), index), label(op, text)
              + " is not a boolean: expected \"true\" (key absent) or \"false\" (key present)" + FAILS_CLOSED);
        }
      }
      case DATE -> {
        if (Variables.mentions(text)) {
          ctx.unrecognisedVariables(text, Pointers.at(ctx.keyPointer(), index), "date value");
        }
        if (value.type() == ConditionValue.Type.BOOLEAN || !ValueSyntax.isDate(text)) {
          ctx.problems.error(ProblemCode.INVALID_CONDITION_VALUE, Pointers.at(ctx.keyPointer(), index), label(op, text)
              + " is not a date: expected ISO 8601 such as \"2026-01-31\" or \"2026-01-31T12:00:00Z\", or epoch"
              + " seconds; AWS parses dates when the policy is saved and rejects it (S3.6)"
              + Texts.aws(ProblemCode.INVALID_CONDITION_VALUE.awsMessage()));
        } else if (ValueSyntax.isYearShaped(text)) {
          ctx.problems.warning(ProblemCode.DATE_READ_AS_EPOCH, Pointers.at(ctx.keyPointer(), index), label(op, text)
              + " is read as epoch seconds, " + Long.parseLong(text) + " seconds after 1970-01-01T00:00:00Z, not as the"
              + " year " + text + ": AWS takes every all-digit date as epoch seconds; write \"" + text
              + "-01-01T00:00:00Z\" for the start of the year (S3.6)");
        }
      }
      case NUMERIC -> {
        if (Variables.mentions(text)) {
          ctx.unrecognisedVariables(text, Pointers.at(ctx.keyPointer(), index), "numeric value");
        }
        if (!Variables.mentions(text) && !ValueSyntax.isNumber(text)) {
          ctx.problems.warning(ProblemCode.INVALID_CONDITION_VALUE, Pointers.at(ctx.keyPointer(), index), label(op, text)
              + " is not a number: expected an integer or decimal such as \"10\" or \"-2.5\"" + FAILS_CLOSED);
        }
      }
      case IP_ADDRESS -> {
        if (Variables.mentions(text)) {
          ctx.unrecognisedVariables(text, Pointers.at(ctx.keyPointer(), index), "IP address value");
        }
        if (!Variables.mentions(text) && !ValueSyntax.isIpRange(text)) {
          ctx.problems.warning(ProblemCode.INVALID_CONDITION_VALUE, Pointers.at(ctx.keyPointer(), index), label(op, text)
              + " is not an IP address or CIDR range: expected such as \"203.0.113.0/24\" or \"2001:db8::/32\""
              + FAILS_CLOSED);
        }
      }
      case BINARY -> {
        if (Variables.mentions(text)) {
          ctx.unrecognisedVariables(text, Pointers.at(ctx.keyPointer(), index), "binary value");
        }
        if (!Variables.mentions(text) && !ValueSyntax.isBase64(text)) {
          ctx.problems.warning(ProblemCode.INVALID_CONDITION_VALUE, Pointers.at(ctx.keyPointer(), index), label(op, text)
              + " is not base64: expected the bytes in base64 such as \"QmluYXJ5\"" + FAILS_CLOSED);
        }
      }
    }
  }

  /** {@code "Operator" value "text"}, the start of a message about one value (built only for a problem). */
  private static String label(ConditionOperator op, String text) {
    return IamException.quote(op.text()) + " value " + IamException.quote(text);
  }

  private static boolean isBoolean(String text) {
    return ValueSyntax.isBoolean(text);
  }
}
