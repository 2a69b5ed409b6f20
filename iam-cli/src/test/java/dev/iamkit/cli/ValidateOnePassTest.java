package dev.iamkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 §4: {@code iam validate} reports every problem in one pass, and strings that decode to characters no
 * real value holds.
 */
class ValidateOnePassTest {
  @TempDir
  Path dir;

  @Test
  void a_bad_or_missing_effect_hides_nothing_else_of_its_statement_or_the_next() throws Exception {
    Path policy = dir.resolve("p.json");
    Files.writeString(policy, """
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Alow", "Action": "s3:GetObjectt", "Resource": "arn:aws:s3:::b/*"},
          {"Effect": "Allow", "Action": "s3:GetObjcet", "Resource": "arn:aws:s3:::b/*"},
          {"Action": "s3:PutObjcet", "Resource": "arn:aws:s3::us-east-1:b"}
        ]}
        """);
    Cli.Result r = Cli.run("validate", policy.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.outLines()).as(r.toString()).anySatisfy(l -> assertThat(l).contains(":2:", "[invalid-effect]"))
        .anySatisfy(l -> assertThat(l).contains(":2:", "s3:GetObjectt", "[unknown-action]"))
        .anySatisfy(l -> assertThat(l).contains(":3:", "s3:GetObjcet", "[unknown-action]"))
        .anySatisfy(l -> assertThat(l).contains(":4:", "Missing Effect"))
        .anySatisfy(l -> assertThat(l).contains(":4:", "s3:PutObjcet", "[unknown-action]"));
  }

  @Test
  void escapes_that_decode_to_a_control_character_or_a_lone_surrogate_are_reported_never_as_a_question_mark()
      throws Exception {
    Path policy = dir.resolve("p.json");
    Files.writeString(policy, """
        {"Version": "2012-10-17", "Statement": {"Effect": "Allow",
          "Action": ["s3:GetObject\\u0000", "s3:\\ud800"], "Resource": "*"}}
        """);
    Cli.Result r = Cli.run("validate", policy.toString());

    assertThat(r.outLines()).as(r.toString())
        .anySatisfy(l -> assertThat(l).contains(":2:", "control character U+0000", "[unusable-character]"))
        .anySatisfy(l -> assertThat(l).contains(":2:", "unpaired surrogate U+D800", "[unusable-character]"));
    assertThat(r.out()).contains("\\ud800").doesNotContain("?", "\ud800");
  }
}
