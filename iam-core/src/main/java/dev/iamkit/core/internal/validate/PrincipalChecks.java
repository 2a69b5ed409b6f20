package dev.iamkit.core.internal.validate;

import dev.iamkit.core.IamException;
import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.internal.match.Glob;
import dev.iamkit.core.policy.OneOrMany;
import dev.iamkit.core.policy.PrincipalElement;
import dev.iamkit.core.policy.PrincipalType;
import dev.iamkit.core.policy.ProblemCode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks of a Principal or NotPrincipal value (S1.7). */
final class PrincipalChecks {
  private PrincipalChecks() {}

  /** Reports the problems of {@code element}, written under {@code pointer}; {@code name} is the element name. */
  static void check(Context ctx, PrincipalElement element, String pointer, String name) {
    if (element.isWildcard()) {
      return;
    }
    if (element.entries().isEmpty()) {
      ctx.problems.error(ProblemCode.EMPTY_VALUE, pointer, name + " {} names no principal: expected \"*\" or an "
          + "object with AWS, Service, Federated or CanonicalUser" + Texts.aws("Syntax errors in policy."));
      return;
    }
    for (Map.Entry<PrincipalType, OneOrMany<String>> e : element.entries().entrySet()) {
      String typePointer = Pointers.member(pointer, e.getKey().key());
      OneOrMany<String> values = e.getValue();
      if (values.isEmpty()) {
        ctx.problems.error(ProblemCode.EMPTY_VALUE, typePointer, name + " " + e.getKey().key()
            + " is an empty array: expected a string or a non-empty array of strings" + Texts.aws("Syntax errors in policy."));
        continue;
      }
      for (int i = 0; i < values.size(); i++) {
        String p = values.array() ? Pointers.index(typePointer, i) : typePointer;
        checkValue(ctx, e.getKey(), values.get(i), p, name);
      }
    }
  }

  private static void checkValue(Context ctx, PrincipalType type, String value, String pointer, String name) {
    String label = name + " " + type.key() + " value " + IamException.quote(value);
    if (value.isEmpty()) {
      ctx.problems.error(ProblemCode.EMPTY_VALUE, pointer, label + " is empty: expected "
          + expected(type) + Texts.aws(ProblemCode.INVALID_PRINCIPAL.awsMessage()));
      return;
    }
    ctx.unrecognisedVariables(value, pointer, name);
    if (Glob.hasWildcard(value) && !(type == PrincipalType.AWS && value.equals("*"))) {
      ctx.problems.error(ProblemCode.INVALID_PRINCIPAL, pointer, label
          + " uses a wildcard for part of a principal: wildcards are allowed only as the whole AWS value \"*\"; "
          + "to admit many principals use \"*\" with a condition on aws:PrincipalArn (S1.7)"
          + Texts.aws(ProblemCode.INVALID_PRINCIPAL.awsMessage()));
      return;
    }
    boolean ok = switch (type) {
      case AWS -> isAwsPrincipal(value);
      case SERVICE -> isServiceName(value);
      case FEDERATED -> isFederated(value);
      case CANONICAL_USER -> isCanonicalUser(value);
    };
    if (!ok) {
      ctx.problems.error(ProblemCode.INVALID_PRINCIPAL, pointer, label + " is not a valid principal: expected "
          + expected(type) + " (S1.7)" + Texts.aws(ProblemCode.INVALID_PRINCIPAL.awsMessage()));
    }
  }

  private static String expected(PrincipalType type) {
    return switch (type) {
      case AWS -> "\"*\", a 12-digit account ID, an account root, user, role, assumed-role or federated-user ARN, "
          + "or a user or role unique ID (AIDA..., AROA...)";
      case SERVICE -> "a service principal name such as \"lambda.amazonaws.com\"";
      case FEDERATED -> "an OIDC provider name such as \"accounts.google.com\" or a SAML or OIDC provider ARN "
          + "arn:aws:iam::ACCOUNT:saml-provider/NAME";
      case CANONICAL_USER -> "a canonical user ID of 64 hexadecimal characters";
    };
  }

  static boolean isAwsPrincipal(String v) {
    if (v.equals("*") || AccountId.isValid(v)) {
      return true;
    }
    if ((v.startsWith("AIDA") || v.startsWith("AROA")) && v.length() >= 16 && v.length() <= 128) {
      for (int i = 4; i < v.length(); i++) {
        char c = v.charAt(i);
        if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
          return false;
        }
      }
      return true;
    }
    String[] f = arnFields(v);
    if (f == null || !f[3].isEmpty() || !AccountId.isValid(f[4])) {
      return false;
    }
    String resource = f[5];
    if (f[2].equals("iam")) {
      return resource.equals("root") || hasName(resource, "user/") || hasName(resource, "role/");
    }
    if (f[2].equals("sts")) {
      if (resource.startsWith("assumed-role/")) {
        String rest = resource.substring("assumed-role/".length());
        int slash = rest.indexOf('/');
        return slash > 0 && slash < rest.length() - 1 && rest.indexOf('/', slash + 1) < 0;
      }
      return hasName(resource, "federated-user/") && resource.indexOf('/', "federated-user/".length()) < 0;
    }
    return false;
  }

  /** {@code type/[path/]name} with a non-empty name after the last slash. */
  private static boolean hasName(String resource, String type) {
    return resource.startsWith(type) && resource.length() > type.length() && !resource.endsWith("/");
  }

  static boolean isServiceName(String v) {
    return isHostName(v);
  }

  static boolean isFederated(String v) {
    if (v.startsWith("arn:")) {
      String[] f = arnFields(v);
      return f != null && f[2].equals("iam") && f[3].isEmpty() && AccountId.isValid(f[4])
          && (hasName(f[5], "saml-provider/") || hasName(f[5], "oidc-provider/"));
    }
    int slash = v.indexOf('/');
    String host = slash < 0 ? v : v.substring(0, slash);
    if (!isHostName(host)) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) <= ' ') {
        return false;
      }
    }
    return true;
  }

  static boolean isCanonicalUser(String v) {
    if (v.length() != 64) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /** A DNS name of at least two labels: letters, digits and {@code -}, separated by single dots. */
  private static boolean isHostName(String v) {
    if (v.isEmpty() || v.indexOf('.') < 0) {
      return false;
    }
    int label = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '.') {
        if (label == 0) {
          return false;
        }
        label = 0;
      } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
        label++;
      } else {
        return false;
      }
    }
    return label > 0;
  }

  /** The six fields of an ARN with a known partition, or null. */
  private static String @Nullable [] arnFields(String v) {
    String[] f = new String[6];
    int start = 0;
    for (int i = 0; i < 5; i++) {
      int colon = v.indexOf(':', start);
      if (colon < 0) {
        return null;
      }
      f[i] = v.substring(start, colon);
      start = colon + 1;
    }
    f[5] = v.substring(start);
    if (!f[0].equals("arn") || !ArnRules.instance().isPartition(f[1])) {
      return null;
    }
    return f;
  }
}
