package dev.iamkit.core.internal.validate;

import java.util.Locale;

/** Pieces of problem messages; offending text is quoted by {@link dev.iamkit.core.IamException#quote}. */
final class Texts {
  private Texts() {}

  /** {@code " (AWS: message)"}, the text IAM answers for the same cause (S1.13). */
  static String aws(String awsMessage) {
    return " (AWS: " + awsMessage + ")";
  }

  /** A number with thousands separators, independent of the default locale. */
  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
