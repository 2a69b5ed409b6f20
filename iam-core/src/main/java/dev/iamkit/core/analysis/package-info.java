/**
 * Questions about policies rather than requests, answered with the evaluator: {@link
 * dev.iamkit.core.analysis.PolicyComparison} asks whether a newer policy is no more permissive than an older one,
 * exactly, with counterexamples. All types are immutable and thread-safe; no method accepts or returns
 * {@code null}.
 *
 * <h2>Method</h2>
 * A request is a caller, an action, a resource and context values. Two requests are <em>equivalent</em> for a
 * pair of policies when every element of every statement of both (each Action / NotAction entry, each Resource /
 * NotResource entry, each Principal / NotPrincipal entry, each condition operator on each key) says the same
 * about both; the evaluator's decision is a function of those answers (S6), so equivalent requests get the same
 * decision from each policy. The comparison builds a finite set of representative requests with at least one
 * member of every class that any request can reach, decides each with the real {@code Evaluator} against both
 * policies, and reports every request the newer policy allows and the older does not. The dimensions are
 * independent, so the representatives are the product of the representatives of each:
 * <ul>
 *   <li><b>Actions</b> (S2.1): for each service prefix written (plus one no policy names, and the actions the
 *       evaluator itself singles out, S6.16), the name globs of its entries are combined into the product of their
 *       automata over the characters they contain plus one fresh character; one shortest name reaching each
 *       reachable combination of matches is kept. A character no glob contains is read by every glob as the fresh
 *       one, so every combination realisable by any name is realised over this alphabet, and breadth-first search
 *       visits every reachable product state. Optionally actions range over the service reference's actions only
 *       ({@link dev.iamkit.core.analysis.PolicyComparison#withServiceReferenceActions()}): then one action per
 *       combination of matches among the reference's actions.</li>
 *   <li><b>Resources</b> (S2.2): {@code *}, and ARNs built field by field from the same construction applied to
 *       the globs of each ARN field (a field glob never reaches across a colon), one kept per combination of
 *       matches over the entries.</li>
 *   <li><b>Callers</b> (S2.4, S2.5), for kinds with a Principal element: every caller an entry names, and for the
 *       policy's own account, one other account and every account named, a root user, an unnamed user, role
 *       session and federated user; an unnamed service, web identity and the anonymous caller. Other kinds are
 *       decided for one caller of account 111122223333.</li>
 *   <li><b>Context</b> (S3): for each key the conditions of a statement that may apply to the action use: absent;
 *       for string operators one value per combination of matches of their values (the glob construction again,
 *       case-sensitive and ignoring case as each operator does); for numeric, date and IP operators each bound,
 *       a value between each pair of neighbouring bounds, one below the least and one above the greatest
 *       (for IP ranges: each end of each range, the address just outside it, and the least and greatest address
 *       of each family); for Bool true and false; for binary each value and another one; a value of the wrong
 *       type; and, unless the service reference says the key is single-valued, the empty list and, when a set
 *       qualifier uses the key, every non-empty set of those values (lists of one, two and all of them beyond five
 *       values). Conditions and ForAllValues / ForAnyValue depend on a list only through the set of classes of
 *       its members, so the subsets cover every list.</li>
 *   <li><b>Other policies</b>: each kind is decided with the other policies that let it decide alone (see {@link
 *       dev.iamkit.core.analysis.PolicyComparison}); for resource and trust policies beside every combination of
 *       the extremes of the caller's identity policies, permissions boundary and session policies, because a grant
 *       to an account delegates to identity policies and a grant to a role is limited by the boundary and the
 *       session policy (S6.7, S6.8, S6.10): for a given request each of those policies matters only through
 *       whether it allows that request, so the extremes cover every caller side.</li>
 * </ul>
 *
 * <h2>Proof sketch</h2>
 * Fix any request r. For every dimension the representatives contain an r' whose answers to every element of both
 * policies equal r's (argument per dimension above); the dimensions do not interact, except through policy
 * variables, so the product contains a request equivalent to r in every element, hence decided alike by each
 * policy. If the newer policy allows r and the older does not, the same holds for that representative, which is
 * therefore reported. Conversely every reported request is decided by the evaluator itself, so it is a real
 * counterexample. Hence: no counterexample and {@code complete()} means the newer policy allows nothing the older
 * does not.
 *
 * <h2>Limits, reported through {@code complete()} and {@code incompleteReasons()}</h2>
 * <ul>
 *   <li>Policy variables ({@code ${aws:username}}) in resources and condition values: their keys are tried
 *       absent, multivalued, empty, with a fresh value, with their defaults and with the values the policies
 *       compare them with; that these represent every value is not proven, so the result says so.</li>
 *   <li>A key compared with operators of several families (string and numeric, ...): the classes of each family
 *       are tried, not their intersections.</li>
 *   <li>Caps: at most 20,000 product states per set of globs, 100,000 ARN field combinations, 256 combinations
 *       of variable values, and the comparison's maximum number of requests.</li>
 *   <li>Patterns with characters outside the Basic Multilingual Plane (a {@code ?} reads a surrogate pair as one
 *       character). Case folding is modelled character by character ({@link Character#toLowerCase(char)}, every
 *       character that folds to a pattern's letter is tried); the few characters whose lower case expands or
 *       depends on context (U+0130, a final sigma) are not modelled and not reported.</li>
 *   <li>Context keys are independent of the caller: a counterexample may pair a caller with an
 *       {@code aws:PrincipalArn} that is not its own. Such a request cannot reach AWS, but it shows which
 *       statement widened. Keys no condition uses are absent from every request.</li>
 * </ul>
 */
@NullMarked
package dev.iamkit.core.analysis;

import org.jspecify.annotations.NullMarked;
