package dev.iamkit.core.policy;

/** The set qualifiers for multivalued context keys (S3.13). */
public enum SetQualifier {
  /** {@code ForAllValues:}: every request value must satisfy the operator; true when the key is absent or empty. */
  FOR_ALL_VALUES("ForAllValues"),
  /** {@code ForAnyValue:}: at least one request value must satisfy the operator; false when absent or empty. */
  FOR_ANY_VALUE("ForAnyValue");

  private final String text;

  SetQualifier(String text) {
    this.text = text;
  }

  /** {@code ForAllValues} or {@code ForAnyValue}, without the colon. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
