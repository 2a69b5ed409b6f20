package dev.iamkit.json.internal;

import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.eval.OrganizationPolicies;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.PolicyValidator;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.Statement;
import dev.iamkit.json.ReadLimits;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the policies a file names: inline documents, optionally named, read with the policy reader's rules and
 * located inside the file. Not thread-safe; one per read.
 */
public final class PolicyReferences {
  private static final List<String> NAMED_POLICY_MEMBERS = List.of("name", "document");

  private final String text;
  private final Problems problems;
  private final Fields fields;
  private final boolean validates;
  private final ReadLimits limits;

  /**
   * Resolves policies of {@code text} (the whole file), reporting to {@code fields}' problems; with
   * {@code validates}, each document is also validated as its kind. Each document is first held to
   * {@code limits} (see {@link Limits#embeddedPolicy}).
   */
  public PolicyReferences(String text, Fields fields, boolean validates, ReadLimits limits) {
    this.text = text;
    this.limits = limits;
    this.validates = validates;
    this.fields = fields;
    this.problems = fields.problems();
  }

  /**
   * Reads a {@code <policy>}: a policy document object, or {@code {"name": ..., "document": {...}}}; null after
   * reporting its problems. {@code defaultName} names a document without a name; the document is validated as
   * {@code kind} (see {@link #document}).
   */
  public @Nullable NamedPolicy policy(JsonValue v, String ptr, String defaultName, PolicyKind kind) {
    if (!(v instanceof JsonValue.Obj o)) {
      fields.wrongType(v, ptr, "a policy document object or {\"name\": ..., \"document\": {...}}");
      return null;
    }
    if (o.member("document") == null) {
      Policy p = document(o, ptr, kind);
      return p == null ? null : new NamedPolicy(defaultName, p);
    }
    String name = defaultName;
    Policy p = null;
    for (JsonValue.Member m : o.members()) {
      String mp = Pointers.child(ptr, m.name());
      switch (m.name()) {
        case "name" -> {
          String n = fields.string(m.value(), mp, "name");
          if (n != null && n.isEmpty()) {
            problems.error(ProblemCode.EMPTY_VALUE, "A policy name must not be empty", mp, m.value().start());
          } else if (n != null) {
            name = n;
          }
        }
        case "document" -> {
          if (m.value() instanceof JsonValue.Obj doc) {
            p = document(doc, mp, kind);
          } else {
            fields.wrongType(m.value(), mp, "a policy document object");
          }
        }
        default -> fields.unknown(m, ptr, NAMED_POLICY_MEMBERS, "a named policy");
      }
    }
    return p == null ? null : new NamedPolicy(name, p);
  }

  /**
   * Reads one policy document of the file, checking its characters as IAM does (S1.1), then validates it as
   * {@code kind} with the standard validator (its grammar, elements and the default size quota of the kind,
   * S1.11): what IAM would reject is an error and what it would accept with a warning is a warning, each located
   * in the file (when this reads with validation). A document with reading errors is not validated (the validator would repeat them as follow-ons).
   */
  public @Nullable Policy document(JsonValue.Obj doc, String ptr, PolicyKind kind) {
    if (!Limits.embeddedPolicy(doc, text, ptr, kind, limits, problems)) {
      return null;
    }
    String docText = text.substring(doc.start(), doc.end());
    int errorsBefore = problems.errorCount();
    for (int rel : CharacterCheck.scan(docText)) {
      int off = doc.start() + rel;
      problems.error(ProblemCode.INVALID_CHARACTER, CharacterCheck.message(text, off),
          ptr + Trees.pointerAt(doc, off), off);
    }
    Policy policy = new PolicyShapeReader(problems, ptr).read(doc);
    if (validates && policy != null && problems.errorCount() == errorsBefore) {
      validate(policy, kind, doc, docText, ptr, problems, false);
    }
    return policy;
  }

  /**
   * Validates a document of a file as {@code kind} with the standard validator (S1.11) and reports its problems
   * where they are in the file: at {@code ptr} followed by the validator's pointer, positioned at the value that
   * pointer names in {@code doc}. With {@code warningsOnly}, only the warnings are reported: for documents whose
   * errors someone else decides, such as a world's policies, which the directory's own operations accept or refuse.
   *
   * @param docText the exact text of {@code doc}, for the size quota of the kind
   */
  static void validate(Policy policy, PolicyKind kind, JsonValue.Obj doc, String docText, String ptr,
      Problems problems, boolean warningsOnly) {
    for (PolicyProblem p : PolicyValidator.standard().validate(policy, kind, docText)) {
      if ((warningsOnly && p.isError())
          || (p.code() == ProblemCode.RCP_ALLOW && isFullAccessStatement(policy, p.pointer()))) {
        continue;
      }
      int at = Trees.resolve(doc, p.pointer(), Map.of()).start();
      String pointer = ptr + p.pointer();
      if (p.isError()) {
        problems.error(p.code(), p.message(), pointer, at);
      } else {
        problems.warning(p.code(), p.message(), pointer, at);
      }
    }
  }

  /**
   * Whether the Effect at {@code effectPointer} ({@code /Statement/Effect} or {@code /Statement/N/Effect}) belongs
   * to the statement of AWS's RCPFullAWSAccess, which AWS attaches at every level of an organization (S9.4): a file
   * modelling the organization may hold it, though a customer RCP may not allow.
   */
  private static boolean isFullAccessStatement(Policy policy, String effectPointer) {
    List<Statement> statements = policy.statements();
    if (effectPointer.equals("/Statement/Effect")) {
      return statements.size() == 1 && OrganizationPolicies.isRcpFullAwsAccess(statements.get(0));
    }
    String prefix = "/Statement/";
    if (!effectPointer.startsWith(prefix) || !effectPointer.endsWith("/Effect")
        || effectPointer.length() <= prefix.length() + "/Effect".length()) {
      return false;
    }
    String index = effectPointer.substring(prefix.length(), effectPointer.length() - "/Effect".length());
    int i;
    try {
      i = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      return false;
    }
    return i >= 0 && i < statements.size() && OrganizationPolicies.isRcpFullAwsAccess(statements.get(i));
  }
}
