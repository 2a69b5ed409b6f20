package dev.iamkit.json;

import dev.iamkit.json.internal.JsonOutput;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes scenario reports as JSON (the {@code --output json} of {@code iam scenario}). Immutable and
 * thread-safe. Never writes a secret: passwords, secret keys, session tokens and MFA codes are not part of
 * a report.
 *
 * <pre>{@code
 * {
 *   "steps": [
 *     {
 *       "file": "examples/company.scenario.json",
 *       "index": 0,                          // the step's position in "steps", from 0
 *       "kind": "signIn",                    // signIn | authenticate | getSessionToken | assumeRole | authorize | advanceClock
 *       "as": "alice-console",               // null when the step names no session
 *       "expected": "ok",                    // null when the step has no "expect"
 *       "actual": "ok",                      // ok | allow | explicit_deny | implicit_deny | an AWS error code
 *       "passed": true,
 *       "message": "signed in as arn:aws:iam::111122223333:user/alice with MFA",
 *       "principal": "arn:aws:iam::111122223333:user/alice",   // or null
 *       "time": "2026-01-01T00:00:00Z"       // the scenario clock when the step ran
 *     }
 *   ],
 *   "summary": {"scenarios": 1, "total": 1, "passed": 1, "failed": 0},
 *   "warnings": [{"file": "world.json", "line": 12, "column": 21, "severity": "warning", "code": "unknown-action",
 *                 "message": "...", "pointer": "/accounts/111122223333/policies/P/Statement/Action"}]
 * }
 * }</pre>
 *
 * <p>The top-level {@code warnings} (the warnings of the scenario files and their worlds,
 * {@link Scenario#warnings()}, as {@link DiagnosticWriter} writes diagnostics) is present only when there is at
 * least one, so a report of scenarios without warnings is as it was before they were reported.
 *
 * <p>Output is indented with two spaces, without a final line break.
 */
public final class ScenarioReportWriter {
  private static final ScenarioReportWriter STANDARD = new ScenarioReportWriter();

  private ScenarioReportWriter() {}

  /** The writer. */
  public static ScenarioReportWriter standard() {
    return STANDARD;
  }

  /** The reports' steps and their summary as JSON. */
  public String toJson(List<ScenarioReport> reports) {
    return toJson(reports, List.of());
  }

  /**
   * The reports' steps, their summary and, when there are any, under the top-level {@code "warnings"}, the
   * warnings of the scenario files and their worlds ({@link Scenario#warnings()}).
   */
  public String toJson(List<ScenarioReport> reports, List<Diagnostic> warnings) {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(warnings, "warnings");
    StringWriter out = new StringWriter();
    int total = 0;
    int failed = 0;
    try (JsonGenerator g = JsonOutput.generator(out, true)) {
      g.writeStartObject();
      g.writeName("steps");
      g.writeStartArray();
      for (ScenarioReport report : reports) {
        Objects.requireNonNull(report, "report");
        for (ScenarioStepResult r : report.steps()) {
          writeStep(g, report.source(), r);
          total++;
          failed += r.passed() ? 0 : 1;
        }
      }
      g.writeEndArray();
      g.writeName("summary");
      g.writeStartObject();
      g.writeNumberProperty("scenarios", reports.size());
      g.writeNumberProperty("total", total);
      g.writeNumberProperty("passed", total - failed);
      g.writeNumberProperty("failed", failed);
      g.writeEndObject();
      if (!warnings.isEmpty()) {
        g.writeName("warnings");
        g.writeStartArray();
        for (Diagnostic d : warnings) {
          DiagnosticWriter.write(g, Objects.requireNonNull(d, "warning"));
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return out.toString();
  }

  private static void writeStep(JsonGenerator g, String source, ScenarioStepResult r) {
    ScenarioStep step = r.step();
    g.writeStartObject();
    g.writeStringProperty("file", source);
    g.writeNumberProperty("index", step.index());
    g.writeStringProperty("kind", step.operation().kind());
    g.writeName("as");
    writeNullable(g, step.as());
    g.writeName("expected");
    writeNullable(g, step.expectation().map(ScenarioOutcome::id).orElse(null));
    g.writeStringProperty("actual", r.actual().id());
    g.writeBooleanProperty("passed", r.passed());
    g.writeStringProperty("message", r.message());
    g.writeName("principal");
    writeNullable(g, r.principal());
    g.writeStringProperty("time", r.at().toString());
    g.writeEndObject();
  }

  private static void writeNullable(JsonGenerator g, @Nullable String value) {
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  @Override
  public String toString() {
    return "ScenarioReportWriter.standard()";
  }
}
