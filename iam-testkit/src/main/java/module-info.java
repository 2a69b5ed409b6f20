/** Fixtures, AssertJ assertions and QuickTheories generators for code that uses iamkit. */
module dev.iamkit.testkit {
  requires transitive dev.iamkit.json;
  requires transitive org.assertj.core;
  requires static transitive org.jspecify;
  requires transitive quicktheories;
  requires transitive org.junit.jupiter.api;

  exports dev.iamkit.testkit;
}
