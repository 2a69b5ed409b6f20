package dev.iamkit.core.directory;

import dev.iamkit.core.arn.Arn;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Entities AWS protects whatever the policies say (issue 13 §5): AWS managed policies, service-linked roles
 * ({@code /aws-service-role/}, S7.5) and roles under {@code /aws-reserved/}. The one owner of these rules:
 * the directory builder refuses changes with them, and {@link Iam#serviceRefusal} names the refusal for
 * requests that a policy evaluation would otherwise answer.
 */
final class Protection {
  private static final Set<String> ROLE_CHANGES = Set.of("iam:deleterole", "iam:updateassumerolepolicy",
      "iam:putrolepolicy", "iam:deleterolepolicy", "iam:attachrolepolicy", "iam:detachrolepolicy",
      "iam:putrolepermissionsboundary", "iam:deleterolepermissionsboundary", "iam:updaterole",
      "iam:updateroledescription");
  private static final Set<String> POLICY_CHANGES = Set.of("iam:deletepolicy", "iam:createpolicyversion",
      "iam:deletepolicyversion", "iam:setdefaultpolicyversion");

  private Protection() {}

  /** Whether a role with this path is changed only by AWS: service-linked or reserved. */
  static boolean isProtectedRolePath(String path) {
    return path.startsWith("/aws-service-role/") || path.startsWith("/aws-reserved/");
  }

  /** Whether a policy ARN names an AWS managed policy ({@code arn:aws:iam::aws:policy/...}). */
  static boolean isAwsManagedPolicy(Arn arn) {
    return arn.service().equals("iam") && arn.account().equals("aws") && arn.resource().startsWith("policy/");
  }

  /** The UnmodifiableEntity refusal for {@code action} on {@code resource}, when AWS would refuse it. */
  static Optional<String> refusal(String action, String resource) {
    if (!action.regionMatches(true, 0, "iam:", 0, 4)) {
      return Optional.empty(); // a cheap filter on the request path: every protected change is an iam: action
    }
    String a = action.toLowerCase(Locale.ROOT);
    Optional<Arn> arn = Arn.tryParse(resource);
    if (arn.isEmpty() || !arn.get().service().equals("iam")) {
      return Optional.empty();
    }
    String res = arn.get().resource();
    if (ROLE_CHANGES.contains(a) && res.startsWith("role/") && isProtectedRolePath(res.substring(4))) {
      return Optional.of("UnmodifiableEntity: the role " + resource + " is modifiable only by AWS");
    }
    if (POLICY_CHANGES.contains(a) && isAwsManagedPolicy(arn.get())) {
      return Optional.of("UnmodifiableEntity: the AWS managed policy " + resource + " cannot be changed");
    }
    return Optional.empty();
  }
}
