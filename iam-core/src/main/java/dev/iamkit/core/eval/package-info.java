/**
 * The decision function: {@link dev.iamkit.core.eval.Evaluator} decides a
 * {@link dev.iamkit.core.eval.RequestContext} against a {@link dev.iamkit.core.eval.PolicySet} and explains
 * the result in an {@link dev.iamkit.core.eval.Evaluation}.
 *
 * <p>All types are immutable and thread-safe unless documented otherwise (builders are not). No method
 * accepts or returns {@code null}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</a>
 */
@NullMarked
package dev.iamkit.core.eval;

import org.jspecify.annotations.NullMarked;
