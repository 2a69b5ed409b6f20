package dev.iamkit.json;

import dev.iamkit.json.internal.JsonOutput;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * The one rendering of {@link Diagnostic}s, as text and as JSON, shared by every command of the {@code iam} tool.
 * Immutable and thread-safe.
 *
 * <p>Text: {@code FILE:LINE:COL: SEVERITY: MESSAGE [CODE]}, where the position is left out when unknown and the
 * file when there is none. JSON: an object per diagnostic, with every member always present:
 *
 * <pre>{@code
 * {"file": "policy.json", "line": 6, "column": 17, "severity": "error", "code": "invalid-action",
 *  "message": "Action \"s3GetObject\" has no service prefix: ...", "pointer": "/Statement/0/Action"}
 * }</pre>
 *
 * <p>{@code file}, {@code line} and {@code column} are {@code null} when unknown; {@code pointer} is {@code ""} for
 * the whole document.
 */
public final class DiagnosticWriter {
  private static final DiagnosticWriter STANDARD = new DiagnosticWriter();

  private DiagnosticWriter() {}

  /** The writer. */
  public static DiagnosticWriter standard() {
    return STANDARD;
  }

  /**
   * One line of text: {@code FILE:LINE:COL: SEVERITY: MESSAGE [CODE] at POINTER}; the pointer (RFC 6901) is left
   * out when the problem concerns the whole document.
   */
  public String toText(Diagnostic d) {
    Objects.requireNonNull(d, "d");
    String file = d.file().orElse("");
    String where = d.position().map(p -> (file.isEmpty() ? "" : file + ":") + p.line() + ":" + p.column())
        .orElse(file);
    return (where.isEmpty() ? "" : where + ": ") + d.severity().label() + ": " + d.message() + " [" + d.code().id()
        + "]" + (d.pointer().isEmpty() ? "" : " at " + d.pointer());
  }

  /** The diagnostics as a JSON array, one object per line, with a final line break. */
  public String toJson(List<Diagnostic> diagnostics) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonOutput.rowsGenerator(out)) {
      g.writeStartArray();
      for (Diagnostic d : diagnostics) {
        write(g, d);
      }
      g.writeEndArray();
    }
    return out + "\n";
  }

  /**
   * The diagnostics as one JSON object {@code {"diagnostics": [...]}} on one line, with a final line break: what a
   * command whose JSON output is an object prints when its input is invalid.
   */
  public String toJsonDocument(List<Diagnostic> diagnostics) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonOutput.generator(out, false)) {
      g.writeStartObject();
      g.writeName("diagnostics");
      g.writeStartArray();
      for (Diagnostic d : diagnostics) {
        write(g, d);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out + "\n";
  }

  /** One diagnostic as a compact JSON object. */
  public String toJsonObject(Diagnostic d) {
    Objects.requireNonNull(d, "d");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonOutput.generator(out, false)) {
      write(g, d);
    }
    return out.toString();
  }

  /** Writes one diagnostic object to a generator; for writers of larger documents. */
  static void write(JsonGenerator g, Diagnostic d) {
    g.writeStartObject();
    g.writeName("file");
    if (d.file().isPresent()) {
      g.writeString(d.file().get());
    } else {
      g.writeNull();
    }
    g.writeName("line");
    if (d.position().isPresent()) {
      g.writeNumber(d.position().get().line());
    } else {
      g.writeNull();
    }
    g.writeName("column");
    if (d.position().isPresent()) {
      g.writeNumber(d.position().get().column());
    } else {
      g.writeNull();
    }
    g.writeStringProperty("severity", d.severity().label());
    g.writeStringProperty("code", d.code().id());
    g.writeStringProperty("message", d.message());
    g.writeStringProperty("pointer", d.pointer());
    g.writeEndObject();
  }
}
