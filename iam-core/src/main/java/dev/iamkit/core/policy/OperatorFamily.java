package dev.iamkit.core.policy;

/** The value type a condition operator compares (S3.4 to S3.11). */
public enum OperatorFamily {
  STRING, NUMERIC, DATE, BOOLEAN, BINARY, IP_ADDRESS, ARN, NULL
}
