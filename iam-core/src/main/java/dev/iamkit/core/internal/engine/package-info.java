/**
 * The decision engine behind {@link dev.iamkit.core.eval.Evaluator} (S6): policies compiled once per
 * {@link dev.iamkit.core.eval.PolicySet} (statements indexed by service prefix, principal matchers, patterns
 * and conditions pre-built), and the step-by-step algorithm of S6.3 with its explanation (S6.17).
 *
 * <p>Internal: not exported, no compatibility promises. Every type is immutable and thread-safe except the
 * per-request state inside {@link dev.iamkit.core.internal.engine.Engine}, which never escapes one call.
 */
@NullMarked
package dev.iamkit.core.internal.engine;

import org.jspecify.annotations.NullMarked;
