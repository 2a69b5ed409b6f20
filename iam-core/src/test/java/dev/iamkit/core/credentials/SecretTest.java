package dev.iamkit.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Secrets never print; comparisons go through constant-time matching. */
class SecretTest {
  @Test
  void secrets_match_only_their_value_and_never_print() {
    Secret s = Secret.of("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    assertThat(s.matches("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).isTrue();
    assertThat(s.matches("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEz")).isFalse();
    assertThat(s.toString()).isEqualTo("Secret[****]");
    AccessKey key = new AccessKey("AKIAIOSFODNN7EXAMPLE", s, AccessKeyStatus.ACTIVE, Instant.EPOCH);
    assertThat(key.toString()).contains("AKIAIOSFODNN7EXAMPLE").doesNotContain("wJalr");
    TemporaryCredentials t = new TemporaryCredentials("ASIAIOSFODNN7EXAMPLE", s, Secret.of("token-xyz"), Instant.EPOCH);
    assertThat(t.toString()).doesNotContain("wJalr").doesNotContain("token-xyz");
    MfaDevice d = new MfaDevice("arn:aws:iam::111122223333:mfa/alice", Secret.of("JBSWY3DPEHPK3PXP"), Instant.EPOCH);
    assertThat(d.toString()).doesNotContain("JBSWY3DPEHPK3PXP");
  }

  @Test
  void access_key_status_uses_aws_spelling() {
    assertThat(AccessKeyStatus.parse("Inactive")).isEqualTo(AccessKeyStatus.INACTIVE);
    assertThat(AccessKeyStatus.ACTIVE.awsName()).isEqualTo("Active");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AccessKeyStatus.parse("active"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
