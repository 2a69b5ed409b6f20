/**
 * The AWS JSON policy language as immutable values.
 *
 * <p>A {@link dev.iamkit.core.policy.Policy} holds an optional {@link dev.iamkit.core.policy.PolicyVersion},
 * an optional Id and its {@link dev.iamkit.core.policy.Statement}s in document order. Element values keep
 * the form they were written in (a single string or an array, see {@link dev.iamkit.core.policy.OneOrMany}),
 * so a policy can be written back the way it was read. Equality is by value: two documents that differ
 * only in white space or member order are equal.
 *
 * <p>The model can hold policies that AWS would reject (an action without a service prefix, an empty
 * Action array): {@link dev.iamkit.core.policy.PolicyValidator} reports every such problem for a given
 * {@link dev.iamkit.core.policy.PolicyKind}. What cannot be represented at all (an unknown element, an
 * Effect other than Allow or Deny, a value of the wrong JSON type) is reported by the reader in iam-json
 * with the same {@link dev.iamkit.core.policy.PolicyProblem} type.
 *
 * <p>Every type here is immutable and thread-safe. No method accepts or returns {@code null}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">Grammar of the IAM JSON policy language</a>
 */
@NullMarked
package dev.iamkit.core.policy;

import org.jspecify.annotations.NullMarked;
