package dev.iamkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.policy.ProblemCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The standard simulation reader validates every policy of a file as its kind (issue 11 §4, S1.11). */
class SimulationValidationTest {
  private static final String REQUESTS = "'requests': [{'principal': 'arn:aws:iam::111122223333:user/alice', "
      + "'action': 's3:GetObject', 'resource': 'arn:aws:s3:::bucket/key', 'resourceAccount': '111122223333'}]}";

  private static Simulation read(SimulationReader reader, String singleQuoted) {
    return reader.read(singleQuoted.replace('\'', '"'), "test.sim.json");
  }

  @Test
  @DisplayName("S1.11 a resource policy statement without Principal is refused with its position and pointer")
  void resource_policy_without_principal_is_refused() {
    String text = "{'policies': {'resource': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
        + "'Action': 's3:GetObject', 'Resource': '*'}]}},\n" + REQUESTS;
    assertThatThrownBy(() -> read(SimulationReader.standard(), text))
        .isInstanceOfSatisfying(PolicyParseException.class, e -> {
          assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED_ELEMENT);
          assertThat(e.pointer()).startsWith("/policies/resource/Statement");
          assertThat(e.position()).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(1));
          assertThat(e.getMessage()).contains("test.sim.json").contains("Principal");
        });
    assertThat(read(SimulationReader.withoutValidation(), text).requests()).hasSize(1);
  }

  @Test
  @DisplayName("S1.11, S9.4 an RCP with Allow is refused as a customer RCP, and read without validation")
  void rcp_allow_is_refused() {
    String text = "{'policies': {'rcp': [[{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
        + "'Principal': '*', 'Action': 's3:*', 'Resource': '*'}]}]]},\n" + REQUESTS;
    assertThatThrownBy(() -> read(SimulationReader.standard(), text))
        .isInstanceOfSatisfying(PolicyParseException.class, e -> {
          assertThat(e.code()).isEqualTo(ProblemCode.RCP_ALLOW);
          assertThat(e.pointer()).isEqualTo("/policies/rcp/0/0/Statement/0/Effect");
        });
    assertThat(read(SimulationReader.withoutValidation(), text).requests()).hasSize(1);
  }

  @Test
  @DisplayName("S9.4 AWS's RCPFullAWSAccess (Allow * to *) may stand in an RCP level")
  void rcp_full_aws_access_is_accepted() {
    String text = "{'policies': {'rcp': [[{'name': 'RCPFullAWSAccess', 'document': {'Version': '2012-10-17', "
        + "'Statement': [{'Effect': 'Allow', 'Principal': '*', 'Action': '*', 'Resource': '*'}]}}]]},\n" + REQUESTS;
    assertThat(read(SimulationReader.standard(), text).requests()).hasSize(1);
  }

  @Test
  @DisplayName("S9.4 RCPFullAWSAccess written with a Sid and a single statement object may stand in an RCP level")
  void rcp_full_aws_access_single_statement_with_sid_is_accepted() {
    String text = "{'policies': {'rcp': [[{'Version': '2012-10-17', "
        + "'Statement': {'Sid': 'All', 'Effect': 'Allow', 'Principal': '*', 'Action': '*', 'Resource': '*'}}]]},\n"
        + REQUESTS;
    assertThat(read(SimulationReader.standard(), text).requests()).hasSize(1);
  }

  @Test
  @DisplayName("S9.4 an Allow in an RCP that is not RCPFullAWSAccess (here: a narrower action) is still refused")
  void other_rcp_allow_is_refused() {
    String text = "{'policies': {'rcp': [[{'Version': '2012-10-17', 'Statement': ["
        + "{'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*', 'Resource': '*'},"
        + "{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:*', 'Resource': '*'}]}]]},\n" + REQUESTS;
    assertThatThrownBy(() -> read(SimulationReader.standard(), text))
        .isInstanceOfSatisfying(PolicyParseException.class,
            e -> assertThat(e.pointer()).isEqualTo("/policies/rcp/0/0/Statement/1/Effect"));
  }

  @Test
  @DisplayName("S1.11 an identity policy beyond the managed-policy quota (6,144) is refused as too large")
  void identity_policy_over_its_quota_is_refused() {
    StringBuilder actions = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      actions.append(i == 0 ? "" : ", ").append("'s3:GetObjectVersion").append(i).append("'");
    }
    String text = "{'policies': {'identity': [{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
        + "'Action': [" + actions + "], 'Resource': '*'}]}]},\n" + REQUESTS;
    assertThatThrownBy(() -> read(SimulationReader.standard(), text))
        .isInstanceOfSatisfying(PolicyParseException.class,
            e -> assertThat(e.pointer()).startsWith("/policies/identity/0"));
  }

  @Test
  @DisplayName("S1.11 a valid file reads as before")
  void valid_file_reads() {
    String text = "{'policies': {'identity': [{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
        + "'Action': 's3:GetObject', 'Resource': 'arn:aws:s3:::bucket/*'}]}]},\n" + REQUESTS;
    assertThat(read(SimulationReader.standard(), text).requests()).hasSize(1);
    assertThat(SimulationReader.withoutValidation()).hasToString("SimulationReader.withoutValidation()");
  }
}
