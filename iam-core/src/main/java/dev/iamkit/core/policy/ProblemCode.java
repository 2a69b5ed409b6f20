package dev.iamkit.core.policy;

/**
 * Stable identifiers of the problems the reader and the validator report. The identifier printed by
 * tools is {@link #id()} (kebab case, for example {@code duplicate-sid}); new codes may be added in
 * later versions, existing ones are never renamed.
 *
 * <p>Where AWS rejects a policy for the same cause, {@link #awsMessage()} is the text IAM answers
 * (S1.13); it is empty for iamkit's own warnings.
 */
public enum ProblemCode {
  // ---- document and JSON level (reported by iam-json) ----
  /** Not valid JSON. */
  JSON_SYNTAX("Syntax errors in policy."),
  /** A member occurs twice in one object (S1.1). */
  DUPLICATE_KEY("Syntax errors in policy."),
  /** Something follows the document's closing brace. */
  TRAILING_CONTENT("Syntax errors in policy."),
  /** Nesting deeper than the reader allows. */
  NESTING_TOO_DEEP("Syntax errors in policy."),
  /** Larger than the reader's hard bound on document size. */
  DOCUMENT_TOO_LARGE("Syntax errors in policy."),
  /** A character outside TAB, LF, CR, U+0020 to U+00FF (S1.1). */
  INVALID_CHARACTER("Syntax errors in policy."),
  /** A value of the wrong JSON type (for example a number for Action, an object for Sid). */
  WRONG_TYPE("Syntax errors in policy."),
  /** A member that the policy grammar does not know (S1.1). */
  UNKNOWN_ELEMENT("Syntax errors in policy."),
  /** A required member is missing (Statement, Effect). */
  MISSING_ELEMENT("Syntax errors in policy."),
  /** Effect other than exactly Allow or Deny (S1.6). */
  INVALID_EFFECT("The policy failed legacy parsing"),
  /** Version other than 2012-10-17 or 2008-10-17 (S1.2). */
  INVALID_VERSION("Syntax errors in policy."),
  /** A null where the grammar wants a value; null Resource entries are tolerated with a warning (S1.1). */
  NULL_VALUE("Syntax errors in policy."),
  /**
   * A string whose escapes decode to a control character or an unpaired surrogate ({@code "\u0000"},
   * {@code "\ud800"}): AWS accepts the text (S1.1 counts the characters of the escape), but no action, resource,
   * key or principal holds such a character, so the value can never match. A warning.
   */
  UNUSABLE_CHARACTER(""),

  // ---- policy level (reported by PolicyValidator) ----
  /** Managed policies, SCPs and RCPs must say 2012-10-17 (S1.2, A3). */
  VERSION_REQUIRED("Policy document must be version 2012-10-17 or greater."),
  /** Statement is an empty array (S1.4). */
  EMPTY_STATEMENT("Syntax errors in policy."),
  /** An element this policy kind does not allow (S1.11). */
  FORBIDDEN_ELEMENT("Syntax errors in policy."),
  /** An element this policy kind needs is missing (S1.11). */
  REQUIRED_ELEMENT("Syntax errors in policy."),
  /** Both elements of an exclusive pair: Action/NotAction, Resource/NotResource, Principal/NotPrincipal. */
  MUTUALLY_EXCLUSIVE("Syntax errors in policy."),
  /** No Action or NotAction, or an empty array (S1.8). */
  MISSING_ACTION("Policy statement must contain actions."),
  /** No Resource or NotResource, or an empty array, where the kind needs one (S1.9). */
  MISSING_RESOURCE("Policy statement must contain resources."),
  /** An empty string or empty array where a value is needed. */
  EMPTY_VALUE("Syntax errors in policy."),
  /** Sid with characters other than ASCII letters and digits where the kind requires that (S1.5). */
  INVALID_SID("Syntax errors in policy."),
  /** Two statements with the same non-empty Sid (S1.5). */
  DUPLICATE_SID("Statement IDs (SID) in a single policy must be unique."),
  /** Id in a policy kind that should not carry one (S1.3, A2). */
  ID_DISCOURAGED(""),
  /** Action entry not {@code *} or {@code prefix:name}, bad prefix, several colons (S1.8). */
  INVALID_ACTION("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
  /** Action entry unknown to the service reference (warning, S1.8). */
  UNKNOWN_ACTION(""),
  /** Action entry that can never match (white space in it, empty name, S1.8 and S2.1). */
  UNMATCHABLE_ACTION(""),
  /** Trust policy action other than the STS trust actions (S1.11). */
  INVALID_TRUST_ACTION("Trust Policy statement actions can only be sts:AssumeRole, sts:AssumeRoleWithSAML,  and sts:AssumeRoleWithWebIdentity"),
  /** Resource entry not {@code *} or a valid ARN (S1.9). */
  INVALID_RESOURCE("Resource must be in ARN format or \"*\"."),
  /** Resource ARN with an unknown partition (S1.9). */
  INVALID_PARTITION("Partition is not valid for resource."),
  /** Resource ARN of fewer than six fields, matched by AWS in kind-specific ways (S2.2, A14). */
  SHORT_RESOURCE_ARN(""),
  /** A null entry in a Resource array: tolerated by IAM, ignored by the evaluator (S1.1). */
  NULL_RESOURCE(""),
  /** Malformed Principal or NotPrincipal (S1.7): bad key, partial wildcard, malformed ARN or service. */
  INVALID_PRINCIPAL("Invalid principal in policy."),
  /** RCP Principal other than {@code "*"} (S1.11, S9.4). */
  RCP_PRINCIPAL("Syntax errors in policy."),
  /** Allow in a customer RCP (S1.11, S9.4). */
  RCP_ALLOW(""),
  /** Unknown condition operator or malformed qualifier (S1.10). */
  UNKNOWN_OPERATOR("Syntax errors in policy."),
  /** Unknown operator with no keys: accepted by AWS, evaluated as true (S1.10). */
  UNKNOWN_OPERATOR_NO_KEYS(""),
  /** Malformed condition key name (S1.10). */
  INVALID_CONDITION_KEY("Syntax errors in policy."),
  /** Unknown condition key (warning). */
  UNKNOWN_CONDITION_KEY(""),
  /**
   * A request context key (in a simulation file) that no service defines and that no policy of the file mentions,
   * such as the typo {@code aws:SoruceIp}: no condition can test it.
   */
  UNKNOWN_CONTEXT_KEY(""),
  /** Condition value that cannot be parsed for its operator (bad date, number, CIDR, base64, boolean) (S3.14). */
  INVALID_CONDITION_VALUE("The policy failed legacy parsing"),
  /** Policy variable where it is not recognised, or under a Version that takes it literally (S4.2, S4.3). */
  VARIABLE_NOT_RECOGNIZED(""),
  /** Malformed policy variable. */
  INVALID_VARIABLE(""),
  /** NotPrincipal, NotAction or NotResource with Allow (S1.13 warnings). */
  NOT_ELEMENT_WITH_ALLOW(""),
  /** ForAllValues with Allow, set qualifier on a single-valued key, or multivalued key without qualifier (S3.13). */
  SET_QUALIFIER_MISUSE(""),
  /** Deny with Bool aws:MultiFactorAuthPresent false: misses long-term keys (S5.2). */
  MFA_BOOL_FALSE_IN_DENY(""),
  /**
   * Date value of exactly four digits, such as {@code "2027"}: AWS reads every all-digit date as epoch seconds
   * (a moment in 1970), not as the year of the W3C {@code YYYY} form (S3.6).
   */
  DATE_READ_AS_EPOCH(""),
  /** Over the size quota of the policy kind (S10.2). */
  SIZE_LIMIT_EXCEEDED("LimitExceeded");

  private final String awsMessage;

  ProblemCode(String awsMessage) {
    this.awsMessage = awsMessage;
  }

  /** The stable kebab-case identifier, for example {@code duplicate-sid}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The message AWS gives for the same cause, or the empty string for iamkit's own warnings. */
  public String awsMessage() {
    return awsMessage;
  }

  @Override
  public String toString() {
    return id();
  }
}
