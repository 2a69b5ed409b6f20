package dev.iamkit.core.internal.validate;

import dev.iamkit.core.IamException;
import dev.iamkit.core.internal.match.Glob;
import dev.iamkit.core.policy.ProblemCode;
import java.util.Locale;

/** Checks of one Resource or NotResource entry (S1.9, S1.13, S2.2, S4.2). */
final class ResourceChecks {
  private ResourceChecks() {}

  /**
   * Reports the problems of one entry of the statement being checked; {@code element} is {@code Resource} or
   * {@code NotResource}, the member that holds it ({@code index} -1 for a single value; problem pointers are built
   * only when a problem is reported). The first error found ends the checks of the entry, as AWS stops at it.
   */
  static void check(Context ctx, String text, int index, String element) {
    Problems problems = ctx.problems;
    if (text.equals("*")) {
      return;
    }
    if (!text.startsWith("arn:")) {
      problems.error(ProblemCode.INVALID_RESOURCE, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " is not an ARN: expected \"*\" or arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE"
          + Texts.aws("Resource " + text + " must be in ARN format or \"*\"."));
      return;
    }
    // Fields: 0 "arn", 1 partition, 2 service, 3 region, 4 account, 5 resource (keeps further colons). ends[f] is
    // the end of field f, starts[f] its start (the thread's scratch arrays); the fields are cut out of the text only
    // where a check needs one.
    int[] starts = ctx.scratch.arnStarts;
    int[] ends = ctx.scratch.arnEnds;
    int count = 0;
    int start = 0;
    while (count < 5) {
      int colon = text.indexOf(':', start);
      if (colon < 0) {
        break;
      }
      starts[count] = start;
      ends[count++] = colon;
      start = colon + 1;
    }
    starts[count] = start;
    ends[count++] = text.length();
    int colons = count - 1;

    if (!ArnRules.instance().isPartitionOrWildcard(text, starts[1], ends[1])) {
      String partition = text.substring(starts[1], ends[1]);
      problems.error(ProblemCode.INVALID_PARTITION, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " names the unknown partition " + IamException.quote(partition)
          + ": expected aws, aws-cn, aws-us-gov, another AWS partition or \"*\""
          + Texts.aws("Partition \"" + partition + "\" is not valid for resource \"" + text + "\"."));
      return;
    }
    String service = count > 2 ? ctx.scratch.field(text, starts[2], ends[2]) : "";
    if (service.isEmpty() || Glob.hasWildcard(service)) {
      problems.error(ProblemCode.INVALID_RESOURCE, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + (service.isEmpty() ? " has no service" : " has a wildcard in its service " + IamException.quote(service))
          + ": expected the service namespace spelled out, such as s3 or iam, in the third field"
          + Texts.aws("Resource vendor must be fully qualified and cannot contain regexes."));
      return;
    }
    boolean iam = isService(service, "iam");
    boolean s3 = !iam && isService(service, "s3");
    boolean hasRegion = count > 3 && ends[3] > starts[3];
    // The resource field (with further colons), from resourceStart on; -1 when there are fewer than six fields.
    int resourceStart = count > 5 ? starts[5] : -1;
    if (iam && hasRegion) {
      String region = text.substring(starts[3], ends[3]);
      problems.error(ProblemCode.INVALID_RESOURCE, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " has the region " + IamException.quote(region) + ": IAM is global, expected an empty region field"
          + Texts.aws("IAM resource " + text + " cannot contain region information."));
      return;
    }
    if (s3 && hasRegion && (resourceStart < 0 || !ArnRules.instance().isS3Regional(text, resourceStart))) {
      String region = text.substring(starts[3], ends[3]);
      problems.error(ProblemCode.INVALID_RESOURCE, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " has the region " + IamException.quote(region)
          + ": S3 bucket and object ARNs have an empty region field (only access points and other regional"
          + " S3 resources have one)"
          + Texts.aws("Resource " + text + " can not contain region information."));
      return;
    }
    if (iam && resourceStart >= 0 && !ArnRules.instance().isIamResource(text, resourceStart)) {
      String resourceField = text.substring(resourceStart);
      problems.error(ProblemCode.INVALID_RESOURCE, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " has the IAM resource " + IamException.quote(resourceField)
          + ": expected \"*\" or a resource type such as user/, role/, group/ or policy/"
          + Texts.aws("IAM resource path must either be \"*\" or start with " + ArnRules.IAM_PREFIX_LIST + "."));
      return;
    }
    if (colons < 5 && text.contains("::")) {
      problems.error(ProblemCode.INVALID_RESOURCE, ctx.entryPointer(element, index), element + " " + IamException.quote(text)
          + " contains \"::\" but has only " + colons
          + " colons: expected the six fields arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE"
          + Texts.aws("The policy failed legacy parsing"));
      return;
    }
    if (colons < 5) {
      String pointer = ctx.entryPointer(element, index);
      shortArn(ctx, text, colons, pointer, element);
      ctx.unrecognisedVariables(text, pointer, "the partition, service, region or account field of " + element);
      return;
    }
    if (!Variables.mentions(text)) {
      return; // neither part below can mention a variable
    }
    String sixth = text.substring(starts[5]); // six fields from here on
    if (Variables.mentions(text.substring(0, text.length() - sixth.length()))) {
      ctx.unrecognisedVariables(text, ctx.entryPointer(element, index), "the partition, service, region or account field of "
          + element);
    }
    if (Variables.mentions(sixth)) {
      ctx.recognisedVariables(sixth, text, ctx.entryPointer(element, index), element);
    }
  }

  /** Whether the service field {@code service} is {@code lower} (lower case) once lower-cased with Locale.ROOT. */
  private static boolean isService(String service, String lower) {
    return service.toLowerCase(Locale.ROOT).equals(lower);
  }

  /** SHORT_RESOURCE_ARN: how AWS matches an ARN of fewer than six fields depends on the kind (S2.2, A14). */
  private static void shortArn(Context ctx, String text, int colons, String pointer, String element) {
    StringBuilder padded = new StringBuilder(text);
    for (int i = colons; i < 5; i++) {
      padded.append(":*");
    }
    String pad = " is matched as " + IamException.quote(padded.toString());
    String lastField = text.substring(text.lastIndexOf(':') + 1);
    String how = switch (ctx.kind) {
      case IDENTITY, PERMISSIONS_BOUNDARY, SESSION -> pad;
      case RESOURCE -> Glob.hasWildcard(text) ? pad : " matches nothing in a resource policy (no wildcard)";
      case SCP -> lastField.endsWith("*") ? pad : " matches nothing in an SCP (its last field does not end in \"*\")";
      case RCP -> " matches nothing in an RCP";
      case VPC_ENDPOINT -> " matches nothing in a VPC endpoint policy";
      case TRUST -> " matches nothing";
    };
    ctx.problems.warning(ProblemCode.SHORT_RESOURCE_ARN, pointer, element + " " + IamException.quote(text) + " has "
        + (colons + 1) + " of the 6 ARN fields: AWS accepts it, but it" + how
        + "; write all six fields arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE (S2.2)");
  }
}
