package dev.iamkit.json;

import dev.iamkit.core.analysis.ComparisonResult;
import dev.iamkit.core.analysis.Counterexample;
import dev.iamkit.core.eval.ContextValue;
import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.eval.RequestContext;
import dev.iamkit.json.internal.JsonOutput;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the result of a policy comparison as JSON (the {@code --output json} of {@code iam compare}). Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * {
 *   "kind": "identity",
 *   "old": "old.json",
 *   "new": "new.json",
 *   "noMorePermissive": false,
 *   "complete": true,
 *   "requestsEvaluated": 42,
 *   "incompleteReasons": [],
 *   "counterexamples": [
 *     {
 *       "principal": "arn:aws:iam::111122223333:user/alice",
 *       "action": "s3:DeleteObject",
 *       "resource": "arn:aws:s3:::reports/q1.csv",
 *       "resourceAccount": "111122223333",      // null when the request gives none
 *       "context": {"aws:SourceIp": "203.0.113.5", "aws:TagKeys": ["a", "b"]},
 *       "setting": "the policy alone",
 *       "old": {"decision": "implicit_deny", "matched": []},
 *       "new": {"decision": "allow", "matched": [{"policy": "new.json", "sid": null, "statement": 0, "effect": "Allow"}]}
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>Principals are shown as in {@link SimulationReportWriter}; context keys keep the spelling of the request.
 * Output is indented with two spaces, without a final line break.
 */
public final class ComparisonReportWriter {
  private static final ComparisonReportWriter STANDARD = new ComparisonReportWriter();

  private ComparisonReportWriter() {}

  /** The writer. */
  public static ComparisonReportWriter standard() {
    return STANDARD;
  }

  /** {@code result} as JSON, naming the old and the new policy {@code oldName} and {@code newName}. */
  public String toJson(ComparisonResult result, String oldName, String newName) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(oldName, "oldName");
    Objects.requireNonNull(newName, "newName");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonOutput.generator(out, true)) {
      g.writeStartObject();
      g.writeStringProperty("kind", result.kind().id());
      g.writeStringProperty("old", oldName);
      g.writeStringProperty("new", newName);
      g.writeBooleanProperty("noMorePermissive", result.isNoMorePermissive());
      g.writeBooleanProperty("complete", result.complete());
      g.writeNumberProperty("requestsEvaluated", result.requestsEvaluated());
      g.writeName("incompleteReasons");
      writeStrings(g, result.incompleteReasons());
      g.writeName("counterexamples");
      g.writeStartArray();
      for (Counterexample c : result.counterexamples()) {
        writeCounterexample(g, c);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }

  private static void writeCounterexample(JsonGenerator g, Counterexample c) {
    RequestContext r = c.request();
    g.writeStartObject();
    g.writeStringProperty("principal", SimulationReportWriter.principal(r.principal()));
    g.writeStringProperty("action", r.action());
    g.writeStringProperty("resource", r.resource());
    g.writeName("resourceAccount");
    if (r.resourceAccount().isPresent()) {
      g.writeString(r.resourceAccount().get().value());
    } else {
      g.writeNull();
    }
    g.writeName("context");
    g.writeStartObject();
    for (Map.Entry<String, ContextValue> e : r.values().entrySet()) {
      g.writeName(r.keyNames().getOrDefault(e.getKey(), e.getKey()));
      if (e.getValue().isList()) {
        writeStrings(g, e.getValue().values());
      } else {
        g.writeString(e.getValue().values().get(0));
      }
    }
    g.writeEndObject();
    g.writeStringProperty("setting", c.setting());
    g.writeName("old");
    writeEvaluation(g, c.older());
    g.writeName("new");
    writeEvaluation(g, c.newer());
    g.writeEndObject();
  }

  private static void writeEvaluation(JsonGenerator g, Evaluation e) {
    g.writeStartObject();
    g.writeStringProperty("decision", e.decision().id());
    g.writeName("matched");
    g.writeStartArray();
    for (MatchedStatement m : e.matchedStatements()) {
      g.writeStartObject();
      g.writeStringProperty("policy", m.policyName());
      g.writeName("sid");
      if (m.sid().isPresent()) {
        g.writeString(m.sid().get());
      } else {
        g.writeNull();
      }
      g.writeNumberProperty("statement", m.statementIndex());
      g.writeStringProperty("effect", m.effect().text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, List<String> values) {
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
