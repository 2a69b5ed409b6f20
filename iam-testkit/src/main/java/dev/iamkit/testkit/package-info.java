/**
 * Test support for code that uses iamkit, in three parts:
 *
 * <ul>
 *   <li>{@link dev.iamkit.testkit.IamAssertions}: the single entry point of the AssertJ assertions on
 *       evaluations ({@link dev.iamkit.testkit.EvaluationAssert}), policies
 *       ({@link dev.iamkit.testkit.PolicyAssert}) and policy problems
 *       ({@link dev.iamkit.testkit.PolicyProblemsAssert}); failure messages show the whole value;</li>
 *   <li>{@link dev.iamkit.testkit.Fixtures}: the documentation's example accounts, principals, tiny
 *       policies and requests;</li>
 *   <li>{@link dev.iamkit.testkit.PolicyGenerators} and {@link dev.iamkit.testkit.RequestGenerators}:
 *       QuickTheories generators of policies valid by construction for each kind, requests and policy sets,
 *       deterministic for a seed.</li>
 * </ul>
 *
 * <pre>{@code
 * import static dev.iamkit.testkit.Fixtures.*;
 * import static dev.iamkit.testkit.IamAssertions.assertThat;
 *
 * Evaluation e = Evaluator.standard().evaluate(
 *     identityPolicies(allow("s3:GetObject", "arn:aws:s3:::bucket/*")),
 *     request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/key"));
 * assertThat(e).isAllowed().wasDecidedBy(PolicyKind.IDENTITY, "identity[0]", 0);
 * }</pre>
 *
 * <p>Fixtures and generators are immutable and thread-safe; assert objects are not (as in AssertJ). No
 * method accepts or returns {@code null}.
 */
@NullMarked
package dev.iamkit.testkit;

import org.jspecify.annotations.NullMarked;
