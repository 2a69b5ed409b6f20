/**
 * Policy documents and iamkit files (simulations, worlds, scenarios) to and from iam-core types, on Jackson's
 * streaming parser.
 */
module dev.iamkit.json {
  requires transitive dev.iamkit.core;
  requires tools.jackson.core;
  requires static transitive org.jspecify;

  exports dev.iamkit.json;
}
