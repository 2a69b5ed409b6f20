package dev.iamkit.core.internal.engine;

import java.util.Set;

/**
 * The service prefixes whose resources resource control policies restrict (S6.5, S9.5): RCPs take part in a
 * request only when its action's service is one of these.
 *
 * <p>Source: {@code rcpSupportedServices.json} of the iam-data snapshot of the AWS service authorization
 * reference (Act Security), a snapshot of 62 prefixes, copied here as data under its MIT licence:
 *
 * <pre>
 * MIT License
 *
 * Copyright (c) 2024 Act Security
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 * </pre>
 */
public final class RcpSupportedServices {
  /** The lower-case service prefixes. */
  public static final Set<String> PREFIXES = Set.of(
      "aoss", "appconfig", "appstream", "autoscaling", "autoscaling-plans", "budgets",
      "clouddirectory", "cloudfront", "cloudsearch", "cloudtrail-data", "codeartifact", "codebuild",
      "codecommit", "codepipeline", "cognito-identity", "cognito-idp", "comprehend", "comprehendmedical",
      "compute-optimizer", "cost-optimization-hub", "dax", "dsql", "dynamodb", "ecr",
      "ecr-public", "events", "firehose", "fis", "fms", "gamelift",
      "health", "inspector-scan", "kendra", "kinesisvideo", "kms", "logs",
      "memorydb", "networkmonitor", "notifications", "opensearch", "pca-connector-ad", "personalize",
      "polly", "pricing", "resource-groups", "rolesanywhere", "s3", "secretsmanager",
      "servicediscovery", "signin", "sqs", "sts", "support", "swf",
      "textract", "timestream-influxdb", "transcribe", "transfer", "translate", "wafv2",
      "workspaces", "xray");

  private RcpSupportedServices() {}

  /** Whether RCPs apply to actions of {@code servicePrefix} (lower-case). */
  public static boolean supports(String servicePrefix) {
    return PREFIXES.contains(servicePrefix);
  }
}
