/**
 * iamkit core: the AWS IAM policy language, principals and the evaluator, as pure Java values.
 * No I/O, no clock reads, no JSON.
 */
module dev.iamkit.core {
  requires static org.jspecify;
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
