package dev.iamkit.core.eval;

import java.util.Objects;

/**
 * Something the evaluator had to assume, or could not model, while deciding one request: the decision stands,
 * but the user should know (issue 11 §4, S6.16). Immutable.
 *
 * <pre>{@code
 * for (EvaluationWarning w : evaluation.warnings()) {
 *   System.out.println(w.code().id() + ": " + w.message());
 * }
 * }</pre>
 *
 * @param code what kind of warning, stable for tools
 * @param message what was assumed or left out, in words, naming the request's field or the policy concerned
 */
public record EvaluationWarning(Code code, String message) {

  /** The kinds of warnings, each with a stable {@link #id()} used in machine output. */
  public enum Code {
    /**
     * The resource's ARN names no account (an S3 bucket or object, for instance) and the request gives no
     * {@code resourceAccount}: the resource is taken to be in the caller's account (same-account evaluation).
     */
    RESOURCE_ACCOUNT_ASSUMED("resource-account-assumed"),
    /** A request on a KMS key came with no key policy; every KMS key has one, so the request is denied (S6.16). */
    KMS_KEY_POLICY_MISSING("kms-key-policy-missing"),
    /** A request on a KMS key was denied; KMS grants, which could allow it, are not modelled (S6.16). */
    KMS_GRANTS_NOT_MODELLED("kms-grants-not-modelled"),
    /**
     * A VPC endpoint policy was given but the request carries no {@code aws:SourceVpce}: it did not come through
     * an endpoint, so the endpoint policy took no part (S6.16).
     */
    VPC_ENDPOINT_POLICY_NOT_USED("vpc-endpoint-policy-not-used"),
    /**
     * The service refuses the call whatever the policies say: it changes or deletes an entity AWS protects (an AWS
     * managed policy, a service-linked role, a role under {@code /aws-reserved/}); the decision is still the
     * policies' answer (issue 13 §5).
     */
    SERVICE_WOULD_REFUSE("service-would-refuse");

    private final String id;

    Code(String id) {
      this.id = id;
    }

    /** The stable lower-case name used in JSON output: {@code resource-account-assumed}, ... */
    public String id() {
      return id;
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /** Checks that both parts are present. */
  public EvaluationWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** A warning of {@code code} saying {@code message}. */
  public static EvaluationWarning of(Code code, String message) {
    return new EvaluationWarning(code, message);
  }

  /** {@code resource-account-assumed: the resource ...}. */
  @Override
  public String toString() {
    return code.id() + ": " + message;
  }
}
