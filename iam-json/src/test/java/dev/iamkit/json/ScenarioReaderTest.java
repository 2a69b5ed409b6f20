package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.eval.ContextType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {
  static final String WORLD = "{\"accounts\": {\"111122223333\": {\"users\": {\"alice\": {\"accessKeys\":"
      + " [{\"id\": \"AKIAIOSFODNN7EXAMPLE\", \"secret\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}]}}}}}";
  static final String KEYS = "{\"authenticate\": {\"accessKeyId\": \"AKIAIOSFODNN7EXAMPLE\", \"secretAccessKey\":"
      + " \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}, \"as\": \"alice\"}";

  static String scenario(String... steps) {
    return "{\"world\": " + WORLD + ",\n\"steps\": [\n" + String.join(",\n", steps) + "\n]}";
  }

  static Scenario read(String text) {
    return ScenarioReader.standard().read(text, "s.json", null);
  }

  @Test
  void reads_every_step_kind_with_its_parameters() {
    Scenario s = read(scenario(KEYS,
        "{\"signIn\": {\"account\": \"111122223333\", \"root\": true, \"password\": \"pw\", \"mfaCode\": \"valid\"},"
            + " \"as\": \"root\", \"expect\": \"InvalidMfaCode\"}",
        "{\"getSessionToken\": {\"caller\": \"alice\", \"mfaCode\": \"123456\", \"durationSeconds\": 3600}, \"as\": \"t\"}",
        "{\"assumeRole\": {\"caller\": \"alice\", \"roleArn\": \"arn:aws:iam::111122223333:role/R\","
            + " \"roleSessionName\": \"s\", \"durationSeconds\": 900, \"externalId\": \"e\", \"policy\": {\"Version\":"
            + " \"2012-10-17\", \"Statement\": []}, \"tags\": {\"k\": \"v\"}, \"sourceIdentity\": \"alice\"}, \"as\": \"r\"}",
        "{\"assumeRole\": {\"service\": \"ec2.amazonaws.com\", \"roleArn\": \"arn:aws:iam::111122223333:role/R\","
            + " \"roleSessionName\": \"i-0abc\"}, \"as\": \"ec2\"}",
        "{\"authorize\": {\"caller\": \"r\", \"action\": \"s3:GetObject\", \"resource\": \"*\", \"context\":"
            + " {\"aws:SourceIp\": \"203.0.113.5\", \"n\": 3}}, \"expect\": \"explicit_deny\"}",
        "{\"advanceClock\": \"PT1H\"}",
        "{\"authenticate\": {\"credentialsOf\": \"r\"}, \"expect\": \"ExpiredToken\"}"));

    assertThat(s.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(s.steps()).extracting(st -> st.operation().kind()).containsExactly("authenticate", "signIn",
        "getSessionToken", "assumeRole", "assumeRole", "authorize", "advanceClock", "authenticate");
    ScenarioStep.SignIn signIn = (ScenarioStep.SignIn) s.steps().get(1).operation();
    assertThat(signIn.user()).isNull();
    assertThat(signIn.toString()).doesNotContain("pw");
    assertThat(s.steps().get(1).expected()).isEqualTo(ScenarioOutcome.error("InvalidMfaCode"));
    ScenarioStep.AssumeRole ar = (ScenarioStep.AssumeRole) s.steps().get(3).operation();
    assertThat(ar.policy()).startsWith("{\"Version\"");
    assertThat(ar.tags()).containsEntry("k", "v");
    assertThat(ar.toString()).doesNotContain("\"e\"").doesNotContain("Statement");
    assertThat(s.steps().get(2).operation().toString()).doesNotContain("123456");
    assertThat(((ScenarioStep.AssumeRole) s.steps().get(4).operation()).service()).isEqualTo("ec2.amazonaws.com");
    ScenarioStep.Authorize az = (ScenarioStep.Authorize) s.steps().get(5).operation();
    assertThat(az.context().get("aws:SourceIp").type()).isEqualTo(ContextType.IP);
    assertThat(az.context().get("n").type()).isEqualTo(ContextType.NUMERIC);
    assertThat(((ScenarioStep.AdvanceClock) s.steps().get(6).operation()).by()).isEqualTo(Duration.ofHours(1));
    assertThat(s.steps().get(7).position().line()).isEqualTo(10);
  }

  @Test
  void without_expect_ok_is_expected_and_for_authorize_any_decision() {
    Scenario s = read(scenario(KEYS, "{\"authorize\": {\"caller\": \"alice\", \"action\": \"s3:GetObject\","
        + " \"resource\": \"*\"}}"));

    assertThat(s.steps().get(0).accepts(ScenarioOutcome.ok())).isTrue();
    assertThat(s.steps().get(0).accepts(ScenarioOutcome.error("AccessDenied"))).isFalse();
    assertThat(s.steps().get(1).accepts(ScenarioOutcome.parse("implicit_deny"))).isTrue();
    assertThat(s.steps().get(1).accepts(ScenarioOutcome.error("ExpiredToken"))).isFalse();
  }

  @Test
  void for_authorize_access_denied_means_either_deny_and_ok_means_allow() {
    Scenario s = read(scenario(KEYS,
        "{\"authorize\": {\"caller\": \"alice\", \"action\": \"s3:GetObject\", \"resource\": \"*\"},"
            + " \"expect\": \"AccessDenied\"}",
        "{\"authorize\": {\"caller\": \"alice\", \"action\": \"s3:GetObject\", \"resource\": \"*\"},"
            + " \"expect\": \"ok\"}"));

    ScenarioStep denied = s.steps().get(1);
    assertThat(denied.accepts(ScenarioOutcome.parse("implicit_deny"))).isTrue();
    assertThat(denied.accepts(ScenarioOutcome.parse("explicit_deny"))).isTrue();
    assertThat(denied.accepts(ScenarioOutcome.parse("allow"))).isFalse();
    ScenarioStep ok = s.steps().get(2);
    assertThat(ok.accepts(ScenarioOutcome.parse("allow"))).isTrue();
    assertThat(ok.accepts(ScenarioOutcome.parse("implicit_deny"))).isFalse();
    assertThat(s.steps().get(0).accepts(ScenarioOutcome.error("AccessDenied"))).isFalse();
  }

  @Test
  void durations_may_be_written_as_digit_strings() {
    Scenario s = read(scenario(KEYS, "{\"getSessionToken\": {\"caller\": \"alice\", \"durationSeconds\": \"900\"}}"));

    assertThat(((ScenarioStep.GetSessionToken) s.steps().get(1).operation()).durationSeconds()).isEqualTo(900L);
  }

  @Test
  void a_run_is_repeatable() {
    Scenario s = read(scenario(KEYS, "{\"authorize\": {\"caller\": \"alice\", \"action\": \"s3:GetObject\","
        + " \"resource\": \"*\"}, \"expect\": \"implicit_deny\"}"));

    ScenarioReport first = s.run();
    assertThat(first.passed()).as(first.toString()).isTrue();
    assertThat(s.run()).isEqualTo(first);
  }

  @Nested
  class Invalid_scenarios {
    void rejects(String json, String pointer, int line, String... fragments) {
      assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(PolicyParseException.class, e -> {
        assertThat(e.pointer()).isEqualTo(pointer);
        assertThat(e.position()).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(line));
        assertThat(e.getMessage()).contains(fragments);
      });
    }

    @Test
    void a_caller_must_be_named_by_an_earlier_step() {
      rejects(scenario("{\"authorize\": {\"caller\": \"alice\", \"action\": \"s3:GetObject\", \"resource\": \"*\"}}",
          KEYS), "/steps/0/authorize/caller", 3, "names no earlier step");
    }

    @Test
    void a_step_does_one_thing() {
      rejects(scenario("{\"advanceClock\": \"PT1M\", \"authenticate\": {\"credentialsOf\": \"x\"}}"),
          "/steps/0/authenticate", 3, "one thing");
    }

    @Test
    void a_step_needs_an_operation() {
      rejects(scenario("{\"as\": \"x\"}"), "/steps/0", 3, "needs one of");
    }

    @Test
    void expect_is_ok_a_decision_or_an_error_code() {
      rejects(scenario(KEYS.replace("}, \"as\"", "}, \"expect\": \"Allow\", \"as\"")), "/steps/0/expect", 3,
          "lower case");
      rejects(scenario(KEYS.replace("}, \"as\"", "}, \"expect\": \"no such thing\", \"as\"")), "/steps/0/expect", 3,
          "error code");
    }

    @Test
    void unknown_members_are_named() {
      rejects(scenario("{\"assumeRole\": {\"service\": \"ec2.amazonaws.com\", \"roleArn\": \"r\", \"RoleSessionName\":"
          + " \"s\"}}"), "/steps/0/assumeRole/RoleSessionName", 3, "roleSessionName");
    }

    @Test
    void assume_role_has_caller_or_service() {
      rejects(scenario("{\"assumeRole\": {\"roleArn\": \"r\", \"roleSessionName\": \"s\"}}"), "/steps/0/assumeRole",
          3, "exactly one of");
    }

    @Test
    void context_values_are_typed_as_in_simulations() {
      rejects(scenario(KEYS, "{\"authorize\": {\"caller\": \"alice\", \"action\": \"s3:GetObject\", \"resource\": \"*\","
          + "\n \"context\": {\"aws:SourceIp\": \"not-an-ip\"}}}"), "/steps/1/authorize/context/aws:SourceIp", 5,
          "IPv4");
    }

    @Test
    void advance_clock_is_a_positive_duration() {
      rejects(scenario("{\"advanceClock\": \"-PT1H\"}"), "/steps/0/advanceClock", 3, "positive");
    }

    @Test
    void the_clock_stays_between_the_epoch_and_the_last_four_digit_year() {
      // one step far past year 9999: refused where it is written, not an arithmetic overflow when it runs
      rejects(scenario("{\"advanceClock\": \"PT2562047788015215H\"}", "{\"advanceClock\": \"PT1H\"}"),
          "/steps/0/advanceClock", 3, "past 9999-12-31T23:59:59Z", "PT2562047788015215H");
      // each step within the bound, their sum past it: the step that crosses it is named
      String late = "{\"world\": " + WORLD + ",\n\"start\": \"9999-12-31T00:00:00Z\",\n\"steps\": [\n"
          + "{\"advanceClock\": \"PT12H\"},\n{\"advanceClock\": 43200}\n]}";
      rejects(late, "/steps/1/advanceClock", 5, "from 9999-12-31T12:00:00Z past");
      // exactly to the bound is allowed
      Scenario atTheEnd = read("{\"world\": " + WORLD + ", \"start\": \"9999-12-31T00:00:00Z\", \"steps\":"
          + " [{\"advanceClock\": \"PT23H59M59S\"}]}");
      assertThat(atTheEnd.run().passed()).isTrue();
      rejects("{\"world\": " + WORLD + ",\n\"start\": \"+10000-01-01T00:00:00Z\", \"steps\": []}", "/start", 2,
          "is after 9999-12-31T23:59:59Z");
      // aws:EpochTime counts seconds since 1970: a clock before it would give every request an unreadable time
      rejects("{\"world\": " + WORLD + ",\n\"start\": \"1969-06-01T00:00:00Z\", \"steps\": []}", "/start", 2,
          "is before 1970-01-01T00:00:00Z");
      assertThat(read("{\"world\": " + WORLD + ", \"start\": \"1970-01-01T00:00:00Z\", \"steps\": [" + KEYS + "]}")
          .run().passed()).isTrue();
    }

    @Test
    void the_world_is_required_and_checked_inline() {
      rejects("{\"steps\": []}", "", 1, "Missing world");
      rejects("{\"world\": {\"accounts\": {\"111122223333\": {\"roles\": {\"R\": {}}}}}, \"steps\": []}",
          "/world/accounts/111122223333/roles/R", 1, "Missing trust");
    }

    @Test
    void a_world_path_needs_a_file_to_be_relative_to() {
      rejects("{\"world\": \"world.json\", \"steps\": []}", "/world", 1, "relative");
    }
  }
}
