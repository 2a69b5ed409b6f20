/**
 * Test support for code that uses iamkit:
 *
 * <ul>
 *   <li>{@link dev.iamkit.testkit.IamAssertions}: the single entry point of the AssertJ assertions (it extends
 *       AssertJ's {@code Assertions}, so one static import serves both) on policies
 *       ({@link dev.iamkit.testkit.PolicyAssert}: "allows ... on ...", validity, problems), evaluations
 *       ({@link dev.iamkit.testkit.EvaluationAssert}) and policy problems
 *       ({@link dev.iamkit.testkit.PolicyProblemsAssert}); each has a self-typed {@code Abstract...Assert} to
 *       extend; failure messages show the request, the decision and why;</li>
 *   <li>{@link dev.iamkit.testkit.Policies} (with {@link dev.iamkit.testkit.Conditions}): fluent policy
 *       fixtures that refuse what AWS would refuse; {@link dev.iamkit.testkit.Fixtures}: the documentation's
 *       example accounts, principals, tiny policies and requests;</li>
 *   <li>{@link dev.iamkit.testkit.IamGenerators}: framework-neutral generators
 *       ({@link dev.iamkit.testkit.IamGenerator}: a {@code RandomGenerator} in, a value out, shrinking), with
 *       the QuickTheories views {@link dev.iamkit.testkit.PolicyGenerators} and
 *       {@link dev.iamkit.testkit.RequestGenerators};</li>
 *   <li>{@link dev.iamkit.testkit.ScenarioTests}: simulation files as JUnit 5 dynamic tests, and
 *       {@link dev.iamkit.testkit.IamCoverage}: the statements no test request matched.</li>
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
 * <p>Fixtures and generators are immutable and thread-safe; assert objects and policy drafts are not (as in
 * AssertJ). No method accepts or returns {@code null}.
 */
@NullMarked
package dev.iamkit.testkit;

import org.jspecify.annotations.NullMarked;
