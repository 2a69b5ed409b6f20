package dev.iamkit.core.internal.validate;

/** RFC 6901 JSON pointers: {@code /Statement/0/Condition/StringEquals/aws:PrincipalTag~1team}. */
public final class Pointers {
  private Pointers() {}

  /** One reference token, with {@code ~} written {@code ~0} and {@code /} written {@code ~1}. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code base} followed by the member {@code name}. */
  public static String member(String base, String name) {
    return base + "/" + escape(name);
  }

  /** {@code base} followed by the array index {@code index}, or {@code base} itself when {@code index} is negative. */
  public static String at(String base, int index) {
    return index < 0 ? base : index(base, index);
  }

  /** {@code base} followed by the array index {@code index}. */
  public static String index(String base, int index) {
    return base + "/" + index;
  }
}
