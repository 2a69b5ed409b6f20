package dev.iamkit.core.directory;

import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.identity.Session;
import java.time.Clock;
import java.util.Map;

/** Gathers the policy set and context keys of a request (S5.9, S6.1) and asks the evaluator. */
final class Authorizer {
  Authorizer(Clock clock) {}

  Evaluation authorize(Directory d, Session session, String action, String resource, Map<String, ContextValue> context) {
    throw new UnsupportedOperationException("not yet");
  }
}
