/**
 * iamkit core: the AWS IAM policy language, principals and the evaluator, as pure Java values.
 * No I/O, no clock reads, no JSON.
 *
 * <p>The Javadoc cites rules of the IAM language as {@code S1.1} ... {@code S10.5} and iamkit's deliberate
 * choices where AWS is silent as {@code A1} ... {@code A22}. Each is defined, with its source in AWS's
 * documentation and its reason, in the semantics reference {@code docs/semantics.md} of the source repository.
 */
module dev.iamkit.core {
  requires static transitive org.jspecify;
  requires com.google.common;

  exports dev.iamkit.core;
  exports dev.iamkit.core.arn;
  exports dev.iamkit.core.identity;
  exports dev.iamkit.core.policy;
  exports dev.iamkit.core.eval;
  exports dev.iamkit.core.credentials;
  exports dev.iamkit.core.sts;
  exports dev.iamkit.core.directory;
  exports dev.iamkit.core.analysis;
}
