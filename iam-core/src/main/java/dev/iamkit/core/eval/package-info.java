/**
 * The decision function: {@link dev.iamkit.core.eval.Evaluator} decides a
 * {@link dev.iamkit.core.eval.RequestContext} against a {@link dev.iamkit.core.eval.PolicySet} and explains
 * the result in an {@link dev.iamkit.core.eval.Evaluation}.
 *
 * <p>All types are immutable and thread-safe unless documented otherwise (builders are not). No method
 * accepts or returns {@code null}.
 *
 * <h2>How a request is decided</h2>
 * The evaluator follows S6.3 of iamkit's semantics reference ({@code docs/semantics.md} in the source
 * repository, which defines every S and A identifier cited here): requests for {@code sts:GetCallerIdentity} and
 * {@code sts:GetSessionToken} by signed callers are allowed outright; then any applicable Deny in a participating
 * policy gives EXPLICIT_DENY; then every RCP level and every SCP level must have an applicable Allow, and so must
 * the policy of the VPC endpoint a request comes through (one carrying {@code aws:SourceVpce}, S6.16); then the
 * caller's branch decides (anonymous callers and services need a resource-policy grant of their class, the root
 * user is allowed in its own account, IAM principals combine identity policies, boundary, session policies and the
 * resource or trust policy by the match class of the resource grant, same-account or cross-account). Which kinds
 * take part for which principal follows the table of S6.1. A KMS key's policy ({@code arn:P:kms:R:A:key/ID},
 * S6.16) must grant like a trust policy, even in the key's own account and to its root user: identity policies
 * count only through a grant to the caller's account (the default key policy's root statement), a principal the
 * key policy names needs none; KMS grants are not modelled.
 *
 * <p>Inputs the evaluator has to interpret:
 * <ul>
 *   <li>A request whose resource account is unknown (resource {@code *}, or an ARN without an account such as an
 *       S3 ARN, and no {@link dev.iamkit.core.eval.RequestContext#resourceAccount()}) addresses the caller's own
 *       account. Give the resource account for cross-account S3 requests; for an ARN without account the
 *       evaluation carries the warning {@code resource-account-assumed} ({@link
 *       dev.iamkit.core.eval.Evaluation#warnings()}).</li>
 *   <li>A condition value that cannot be read as its operator's type fails its condition closed (S3.14): the
 *       condition is false in an Allow and true in a Deny, whatever the operator's polarity and the other keys,
 *       and a diagnostic names the value.</li>
 *   <li>A web-identity or SAML caller ({@link dev.iamkit.core.identity.Principal.WebIdentityUser}) has no identity
 *       side: like a service, it needs a grant naming its provider ({@code Federated}) or everyone.</li>
 *   <li>Statements AWS would refuse to save are evaluated literally and reported in
 *       {@link dev.iamkit.core.eval.Evaluation#diagnostics()}: no Action/NotAction matches nothing; an identity,
 *       boundary, session, SCP or RCP statement without Resource/NotResource matches nothing, a resource-policy
 *       statement without one covers its own resource; a resource or trust statement without Principal applies to
 *       nobody (an RCP statement to everyone); a Principal in an identity-kind policy is ignored.</li>
 *   <li>{@link dev.iamkit.core.eval.Evaluation#kindResults()} holds IDENTITY, PERMISSIONS_BOUNDARY, SESSION, RESOURCE
 *       (or TRUST), SCP and RCP. IDENTITY takes part for every IAM user, role session and federated user, even one
 *       without identity policies (then IMPLICIT_DENY); SESSION takes part for role sessions that carry session
 *       policies and for every federated user.</li>
 * </ul>
 *
 * <h2>Performance: a decision at once, its explanation on demand</h2>
 * {@link dev.iamkit.core.eval.Evaluator#evaluate} takes the decision on a path that collects nothing but the
 * decision and allocates nothing (no deciding statements, missing keys, diagnostics or warnings are gathered, and it
 * stops at the first applicable Deny); the {@link dev.iamkit.core.eval.Evaluation} it returns keeps the policy set
 * and the request and builds the explanation on the first call of any accessor other than
 * {@link dev.iamkit.core.eval.Evaluation#decision()} and {@link dev.iamkit.core.eval.Evaluation#isAllowed()}, by
 * the explaining run of the same algorithm (same participants, statement tests and gates). The two always agree;
 * a caller that only needs the decision pays only for the decision, one that reads the explanation pays for both.
 * Policies are compiled once when the {@link dev.iamkit.core.eval.PolicySet} is built: patterns, principal
 * matchers and condition values are parsed then, and every kind's statements (each SCP and RCP level's) are
 * indexed across its policies by exact action and by service prefix, so that a request visits only the statements
 * whose Action part can match it (NotAction and {@code *} statements are visited by every request). A
 * {@link dev.iamkit.core.eval.RequestContext} lower-cases its action, splits its resource ARN and reads its typed
 * context values (addresses, dates, numbers, booleans, ARNs) once, when it is built. No regular expression is used.
 *
 * <h2>Deviations from AWS</h2>
 * Where AWS is silent or its sources disagree, iamkit decides as follows (docs/semantics.md S12):
 * <ul>
 *   <li>A1: a resource grant naming the session ARN (or everyone) is not limited by session policies, as AWS
 *       documents; iam-simulate disagrees.</li>
 *   <li>A7: NotPrincipal excludes a principal only when its whole chain is listed (a user: its ARN and its account;
 *       a role session: its session ARN, its role ARN and its account; the root user: its account); anonymous
 *       callers are never excluded by a list, and {@code "NotPrincipal": "*"} excludes every caller, anonymous
 *       included. With {@code Allow} (which AWS no longer supports; the validator warns), a principal listed
 *       without its whole chain is covered only through its account: an account-class match, so in the same
 *       account its identity policies must allow too, and the statement never grants it directly; an unlisted
 *       principal is covered as by {@code "Principal": "*"}.</li>
 *   <li>A8: {@code ...IfExists} with a set qualifier is true when the key is absent.</li>
 *   <li>A9: negated operators under a set qualifier apply to each request value (as iam-simulate).</li>
 *   <li>A10: text substituted for a policy variable is literal: {@code *} and {@code ?} in it match only
 *       themselves.</li>
 *   <li>A11: no applicable Allow at an SCP level is IMPLICIT_DENY, with the SCP level as blocking gate.</li>
 *   <li>A12: inline and managed session policies form one set: an Allow in any of them passes the session
 *       gate.</li>
 *   <li>A13: a multivalued key used without a set qualifier makes the condition false.</li>
 *   <li>S2.2: a wildcard in the partition, service, region or account field of a Resource entry matches within
 *       that field and never a {@code :}; only the resource field (the sixth) spans colons. AWS's
 *       <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html">Resource
 *       element page</a> now adds that a {@code *} ending a segment "can expand to match beyond the colon
 *       boundaries", without saying when or with an example; iamkit follows its semantics reference and iam-simulate,
 *       so {@code arn:aws:sqs:us-*:111122223333:queue} does not match {@code ...:us-east-1:111122223333:x:111122223333:queue}
 *       and a five-field pattern such as {@code arn:aws:dynamodb:*:table/prod-*} is padded or refused per A14
 *       instead of letting {@code *} absorb the account.</li>
 *   <li>S3.6: an all-digit date value is epoch seconds, so the W3C {@code YYYY} form cannot be written:
 *       {@code "2027"} is 2,027 seconds after 1970-01-01T00:00:00Z (as iam-simulate reads it; the validator warns
 *       with {@code date-read-as-epoch}).</li>
 *   <li>A14: Resource entries with fewer than six ARN fields are padded or refused per policy kind, as
 *       iam-simulate.</li>
 *   <li>A15: ARN partition, service, region and account fields match ignoring case; the resource field does
 *       not.</li>
 *   <li>A16: a same-account grant to a role ARN is limited by the role's boundary and session policies.</li>
 *   <li>A17: aws:PrincipalArn, aws:PrincipalAccount and aws:PrincipalType are absent for service principals.</li>
 *   <li>A18: for Null, an empty list counts as absent and an empty string as present.</li>
 *   <li>A21: requests for actions without resource-level permissions carry the resource {@code *}, which only the
 *       Resource entry {@code *} matches.</li>
 *   <li>A22: {@code sts:GetCallerIdentity} and {@code sts:GetSessionToken} are allowed to every signed caller,
 *       over any explicit deny.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</a>
 */
@NullMarked
package dev.iamkit.core.eval;

import org.jspecify.annotations.NullMarked;
