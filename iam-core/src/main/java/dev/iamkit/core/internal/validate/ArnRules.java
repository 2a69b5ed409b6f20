package dev.iamkit.core.internal.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data behind the Resource ARN checks (S1.9): valid partitions, IAM resource-type prefixes and the
 * regional S3 resource types, read once from {@code arn-rules.txt}. Immutable and thread-safe.
 */
final class ArnRules {
  private static final class Holder {
    static final ArnRules INSTANCE = load();
  }

  /**
   * The partitions (a handful), the IAM resource prefixes and the regional S3 prefixes, each compared with a part of
   * a text in place; arrays, walked by index, so that a check allocates no iterator.
   */
  private final String[] partitions;
  private final String[] iamResourcePrefixes;
  private final String[] s3RegionalPrefixes;

  private ArnRules(List<String> partitions, List<String> iamResourcePrefixes, List<String> s3RegionalPrefixes) {
    this.partitions = partitions.toArray(new String[0]);
    this.iamResourcePrefixes = iamResourcePrefixes.toArray(new String[0]);
    this.s3RegionalPrefixes = s3RegionalPrefixes.toArray(new String[0]);
  }

  static ArnRules instance() {
    return Holder.INSTANCE;
  }

  /** Whether {@code partition} is a known partition (exact, lower case as AWS writes them). */
  boolean isPartition(String partition) {
    return isPartition(partition, 0, partition.length());
  }

  /** Whether {@code text[from, to)} is {@code *} or a known partition, without cutting it out of the text. */
  boolean isPartitionOrWildcard(String text, int from, int to) {
    return to - from == 1 && text.charAt(from) == '*' || isPartition(text, from, to);
  }

  /** Whether {@code text[from, to)} is a known partition (exact). */
  private boolean isPartition(String text, int from, int to) {
    int length = to - from;
    for (String p : partitions) {
      if (p.length() == length && text.startsWith(p, from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the IAM resource field {@code text[from, end)} is {@code *}, starts with an IAM resource type
   * ({@code user/}, ...) or is one of the whole-field values ({@code root}), without cutting it out.
   */
  boolean isIamResource(String text, int from) {
    int length = text.length() - from;
    if (length == 1 && text.charAt(from) == '*') {
      return true;
    }
    for (String p : iamResourcePrefixes) {
      if ((p.endsWith("/") || p.length() == length) && text.startsWith(p, from)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the S3 resource field {@code text[from, end)} names a regional resource type (access point, ...). */
  boolean isS3Regional(String text, int from) {
    for (String p : s3RegionalPrefixes) {
      if (text.startsWith(p, from)) {
        return true;
      }
    }
    return false;
  }

  private static ArnRules load() {
    List<String> partitions = new ArrayList<>();
    List<String> iam = new ArrayList<>();
    List<String> s3 = new ArrayList<>();
    InputStream in = ArnRules.class.getResourceAsStream("arn-rules.txt");
    if (in == null) {
      throw new IllegalStateException("Validator resource arn-rules.txt is missing from the class path");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int space = line.indexOf(' ');
        String section = space < 0 ? line : line.substring(0, space);
        String value = space < 0 ? "" : line.substring(space + 1).trim();
        switch (section) {
          case "partition" -> partitions.add(value);
          case "iam-resource" -> iam.add(value);
          case "s3-regional" -> s3.add(value);
          default -> throw new IllegalStateException("Unknown section \"" + section + "\" in arn-rules.txt");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read arn-rules.txt", e);
    }
    return new ArnRules(List.copyOf(partitions), List.copyOf(iam), List.copyOf(s3));
  }

  /** The IAM resource-type prefixes as AWS's error message lists them. */
  static final String IAM_PREFIX_LIST = "user/, federated-user/, role/, group/, instance-profile/, mfa/, "
      + "server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/";
}
