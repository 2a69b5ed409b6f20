package dev.iamkit.json.internal;

import dev.iamkit.core.eval.NamedPolicy;
import dev.iamkit.core.policy.Policy;
import dev.iamkit.core.policy.ProblemCode;
import java.util.List;
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

  /** Resolves policies of {@code text} (the whole file), reporting to {@code fields}' problems. */
  public PolicyReferences(String text, Fields fields) {
    this.text = text;
    this.fields = fields;
    this.problems = fields.problems();
  }

  /**
   * Reads a {@code <policy>}: a policy document object, or {@code {"name": ..., "document": {...}}}; null after
   * reporting its problems. {@code defaultName} names a document without a name.
   */
  public @Nullable NamedPolicy policy(JsonValue v, String ptr, String defaultName) {
    if (!(v instanceof JsonValue.Obj o)) {
      fields.wrongType(v, ptr, "a policy document object or {\"name\": ..., \"document\": {...}}");
      return null;
    }
    if (o.member("document") == null) {
      Policy p = document(o, ptr);
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
            p = document(doc, mp);
          } else {
            fields.wrongType(m.value(), mp, "a policy document object");
          }
        }
        default -> fields.unknown(m, ptr, NAMED_POLICY_MEMBERS, "a named policy");
      }
    }
    return p == null ? null : new NamedPolicy(name, p);
  }

  /** Reads one policy document of the file, checking its characters as IAM does (S1.1). */
  public @Nullable Policy document(JsonValue.Obj doc, String ptr) {
    String docText = text.substring(doc.start(), doc.end());
    for (int rel : CharacterCheck.scan(docText)) {
      int off = doc.start() + rel;
      problems.error(ProblemCode.INVALID_CHARACTER, CharacterCheck.message(text, off),
          ptr + Trees.pointerAt(doc, off), off);
    }
    return new PolicyShapeReader(problems, ptr).read(doc);
  }
}
