package dev.iamkit.json;

import dev.iamkit.core.eval.Evaluation;
import dev.iamkit.core.eval.EvaluationWarning;
import dev.iamkit.core.eval.KindResult;
import dev.iamkit.core.eval.MatchedStatement;
import dev.iamkit.core.eval.StatementCoverage;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.json.internal.JsonOutput;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes simulation results as JSON (the {@code --output json} of {@code iam simulate}). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * {
 *   "results": [
 *     {
 *       "id": "read",                      // null when the request has no id
 *       "action": "s3:GetObject",
 *       "resource": "arn:aws:s3:::bucket/key",
 *       "principal": "arn:aws:iam::111122223333:user/alice",
 *       "decision": "allow",               // allow | explicit_deny | implicit_deny
 *       "expected": "allow",               // null without expectation
 *       "passed": true,                    // null without expectation
 *       "matched": [{"policy": "identity[0]", "kind": "identity", "sid": null, "statement": 0, "effect": "Allow"}],
 *       "missingContextKeys": [],
 *       "warnings": [],                    // e.g. {"code": "resource-account-assumed", "message": "..."}
 *       "kindResults": {"identity": "allowed", "resource": "not_applicable"}
 *     }
 *   ],
 *   "summary": {"total": 1, "passed": 1, "failed": 0, "withoutExpectation": 0},
 *   "warnings": [{"file": "bucket.sim.json", "line": 9, "column": 20, "severity": "warning",
 *                 "code": "unknown-context-key", "message": "...", "pointer": "/requests/0/context/aws:SoruceIp"}]
 * }
 * }</pre>
 *
 * <p>The principal is its ARN (the session ARN for role sessions), the service name for services, the
 * provider for web identities, or {@code anonymous}. {@code kindResults} lists the kinds the evaluation
 * reports, in {@link PolicyKind} order, as {@code allowed}, {@code explicit_deny}, {@code implicit_deny} or
 * {@code not_applicable} ({@code vpc-endpoint} only when the file gives an endpoint policy). {@code warnings} lists
 * what the evaluator assumed or does not model for the request ({@link dev.iamkit.core.eval.EvaluationWarning}),
 * each with its stable code; the top-level {@code warnings} lists the warnings of the files themselves (always
 * present, empty when there are none or when they were not given). The summary counts each {@link SimulationResult#check()}: {@code passed + failed +
 * withoutExpectation == total}, as in the table output. Output is indented with two spaces, without a final line
 * break.
 */
public final class SimulationReportWriter {
  private static final SimulationReportWriter STANDARD = new SimulationReportWriter();

  private SimulationReportWriter() {}

  /** The writer. */
  public static SimulationReportWriter standard() {
    return STANDARD;
  }

  /** The results and their summary as JSON, with no file warnings. */
  public String toJson(List<SimulationResult> results) {
    return write(results, List.of(), null);
  }

  /**
   * The results, their summary and, under the top-level {@code "warnings"}, the warnings of the files
   * ({@link Simulation#warnings()}) as {@link DiagnosticWriter} writes diagnostics.
   */
  public String toJson(List<SimulationResult> results, List<Diagnostic> fileWarnings) {
    return write(results, Objects.requireNonNull(fileWarnings, "fileWarnings"), null);
  }

  /** The results, their summary, the warnings of the files and the statement coverage (see the other methods). */
  public String toJson(List<SimulationResult> results, List<Diagnostic> fileWarnings, StatementCoverage coverage) {
    return write(results, Objects.requireNonNull(fileWarnings, "fileWarnings"),
        Objects.requireNonNull(coverage, "coverage"));
  }

  /**
   * The results, their summary and, under {@code "coverage"}, the statement coverage of the policies
   * ({@code iam simulate --coverage}):
   * {@code {"statements": 5, "matched": 4, "unmatched": [{"kind": "identity", "policy": "identity[0]", "level": 0,
   * "statement": 2, "sid": null, "effect": "Allow"}]}}.
   */
  public String toJson(List<SimulationResult> results, StatementCoverage coverage) {
    return write(results, List.of(), Objects.requireNonNull(coverage, "coverage"));
  }

  private String write(List<SimulationResult> results, List<Diagnostic> fileWarnings,
      @Nullable StatementCoverage coverage) {
    Objects.requireNonNull(results, "results");
    StringWriter out = new StringWriter();
    int passed = 0;
    int failed = 0;
    int withoutExpectation = 0;
    try (JsonGenerator g = JsonOutput.generator(out, true)) {
      g.writeStartObject();
      g.writeName("results");
      g.writeStartArray();
      for (SimulationResult r : results) {
        Objects.requireNonNull(r, "result");
        writeResult(g, r);
        switch (r.check()) {
          case PASSED -> passed++;
          case FAILED -> failed++;
          case NO_EXPECTATION -> withoutExpectation++;
        }
      }
      g.writeEndArray();
      g.writeName("summary");
      g.writeStartObject();
      g.writeNumberProperty("total", results.size());
      g.writeNumberProperty("passed", passed);
      g.writeNumberProperty("failed", failed);
      g.writeNumberProperty("withoutExpectation", withoutExpectation);
      g.writeEndObject();
      g.writeName("warnings");
      g.writeStartArray();
      for (Diagnostic d : fileWarnings) {
        DiagnosticWriter.write(g, d);
      }
      g.writeEndArray();
      if (coverage != null) {
        writeCoverage(g, coverage);
      }
      g.writeEndObject();
    }
    return out.toString();
  }

  private static void writeResult(JsonGenerator g, SimulationResult r) {
    SimulationRequest req = r.request();
    Evaluation e = r.evaluation();
    g.writeStartObject();
    g.writeName("id");
    writeNullable(g, req.id().orElse(null));
    g.writeStringProperty("action", req.request().action());
    g.writeStringProperty("resource", req.request().resource());
    g.writeStringProperty("principal", principal(req.request().principal()));
    g.writeStringProperty("decision", e.decision().id());
    g.writeName("expected");
    writeNullable(g, req.expected().map(d -> d.id()).orElse(null));
    g.writeName("passed");
    switch (r.check()) {
      case PASSED -> g.writeBoolean(true);
      case FAILED -> g.writeBoolean(false);
      case NO_EXPECTATION -> g.writeNull();
    }
    g.writeName("matched");
    g.writeStartArray();
    for (MatchedStatement m : e.matchedStatements()) {
      g.writeStartObject();
      g.writeStringProperty("policy", m.policyName());
      g.writeStringProperty("kind", m.kind().id());
      g.writeName("sid");
      writeNullable(g, m.sid().orElse(null));
      g.writeNumberProperty("statement", m.statementIndex());
      g.writeStringProperty("effect", m.effect().text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("missingContextKeys");
    g.writeStartArray();
    for (String key : e.missingContextKeys()) {
      g.writeString(key);
    }
    g.writeEndArray();
    g.writeName("warnings");
    g.writeStartArray();
    for (EvaluationWarning w : e.warnings()) {
      g.writeStartObject();
      g.writeStringProperty("code", w.code().id());
      g.writeStringProperty("message", w.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("kindResults");
    g.writeStartObject();
    for (Map.Entry<PolicyKind, KindResult> k : e.kindResults().entrySet()) {
      g.writeStringProperty(k.getKey().id(), k.getValue().name().toLowerCase(Locale.ROOT));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeCoverage(JsonGenerator g, StatementCoverage coverage) {
    List<StatementCoverage.Entry> all = coverage.statements();
    g.writeName("coverage");
    g.writeStartObject();
    g.writeNumberProperty("statements", all.size());
    g.writeNumberProperty("matched", all.stream().filter(StatementCoverage.Entry::isCovered).count());
    g.writeName("unmatched");
    g.writeStartArray();
    for (StatementCoverage.Entry e : all) {
      if (!e.isCovered()) {
        g.writeStartObject();
        g.writeStringProperty("kind", e.kind().id());
        g.writeStringProperty("policy", e.policyName());
        g.writeNumberProperty("level", e.level());
        g.writeNumberProperty("statement", e.statementIndex());
        g.writeName("sid");
        writeNullable(g, e.sid().orElse(null));
        g.writeStringProperty("effect", e.effect().text());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeNullable(JsonGenerator g, @Nullable String value) {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  /** How a principal is shown: its ARN (session ARN for role sessions), service name, provider or "anonymous". */
  static String principal(Principal p) {
    if (p instanceof Principal.RoleSession rs) {
      return rs.sessionArn().toString();
    } else if (p instanceof Principal.ServicePrincipal s) {
      return s.name();
    } else if (p instanceof Principal.WebIdentityUser w) {
      return w.provider();
    } else if (p instanceof Principal.Anonymous) {
      return "anonymous";
    }
    return p.principalArn().map(Object::toString).orElse(p.toString());
  }

  @Override
  public String toString() {
    return "SimulationReportWriter.standard()";
  }
}
