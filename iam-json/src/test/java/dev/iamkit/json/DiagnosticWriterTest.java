package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticWriterTest {
  private static final DiagnosticWriter WRITER = DiagnosticWriter.standard();
  private static final PolicyProblem PROBLEM = PolicyProblem.error(ProblemCode.INVALID_ACTION,
      "Action \"s3GetObject\" has no service prefix", "/Statement/0/Action");

  @Test
  void text_names_file_line_column_severity_message_and_code() {
    Diagnostic d = Diagnostic.of(PROBLEM.withPosition(new SourcePosition(6, 17))).withFile("policy.json");
    assertThat(WRITER.toText(d)).isEqualTo(
        "policy.json:6:17: error: Action \"s3GetObject\" has no service prefix [invalid-action] at /Statement/0/Action");
    assertThat(d).hasToString(WRITER.toText(d));
  }

  @Test
  void text_leaves_out_what_is_unknown() {
    assertThat(WRITER.toText(Diagnostic.of(PROBLEM).withFile("p.json")))
        .isEqualTo("p.json: error: Action \"s3GetObject\" has no service prefix [invalid-action] at /Statement/0/Action");
    assertThat(WRITER.toText(Diagnostic.of(PROBLEM)))
        .isEqualTo("error: Action \"s3GetObject\" has no service prefix [invalid-action] at /Statement/0/Action");
  }

  @Test
  void json_has_every_member_with_nulls_for_the_unknown() {
    Diagnostic located = Diagnostic.of(PROBLEM.withPosition(new SourcePosition(6, 17))).withFile("a\"b.json");
    assertThat(WRITER.toJson(List.of(located, Diagnostic.of(PROBLEM)))).isEqualTo("[\n"
        + "  {\"file\":\"a\\\"b.json\",\"line\":6,\"column\":17,\"severity\":\"error\",\"code\":\"invalid-action\","
        + "\"message\":\"Action \\\"s3GetObject\\\" has no service prefix\",\"pointer\":\"/Statement/0/Action\"},\n"
        + "  {\"file\":null,\"line\":null,\"column\":null,\"severity\":\"error\",\"code\":\"invalid-action\","
        + "\"message\":\"Action \\\"s3GetObject\\\" has no service prefix\",\"pointer\":\"/Statement/0/Action\"}\n"
        + "]\n");
    assertThat(WRITER.toJson(List.of())).isEqualTo("[]\n");
  }

  @Test
  void json_document_wraps_the_same_objects() {
    Diagnostic d = Diagnostic.of(PROBLEM).withFile("f.json");
    assertThat(WRITER.toJsonDocument(List.of(d))).isEqualTo("{\"diagnostics\":[" + WRITER.toJsonObject(d) + "]}\n");
    assertThat(WRITER.toJsonDocument(List.of())).isEqualTo("{\"diagnostics\":[]}\n");
  }

  @Test
  void a_parse_exception_keeps_its_source_file() {
    PolicyParseException e = new PolicyParseException(PROBLEM, "in.json");
    assertThat(Diagnostic.of(e).file()).contains("in.json");
    assertThat(Diagnostic.of(e).code()).isEqualTo(ProblemCode.INVALID_ACTION);
  }
}
