package dev.iamkit.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** S7.2: passwords are kept only as a salted slow hash (PBKDF2-HMAC-SHA256, per-password salt). */
class PasswordHashTest {
  private final SecureRandom random = new SecureRandom();

  @Test
  void verifies_the_password_and_refuses_others() {
    PasswordHash h = PasswordHash.of("correct horse", random, 1_000);
    assertThat(h.matches("correct horse")).isTrue();
    assertThat(h.matches("correct horsE")).isFalse();
    assertThat(h.matches("")).isFalse();
  }

  @Test
  void each_password_gets_its_own_salt() {
    PasswordHash a = PasswordHash.of("same", random, 1_000);
    PasswordHash b = PasswordHash.of("same", random, 1_000);
    assertThat(a.salt()).hasSize(PasswordHash.SALT_BYTES).isNotEqualTo(b.salt());
    assertThat(a.encoded()).isNotEqualTo(b.encoded());
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void the_default_cost_is_600000_iterations_and_is_stored_with_the_hash() {
    assertThat(PasswordHash.DEFAULT_ITERATIONS).isEqualTo(600_000);
    PasswordHash h = PasswordHash.of("pw", random);
    assertThat(h.iterations()).isEqualTo(600_000);
    assertThat(h.encoded()).startsWith("pbkdf2-sha256$600000$");
    PasswordHash cheap = PasswordHash.of("pw", random, 2_000);
    PasswordHash read = PasswordHash.parse(cheap.encoded());
    assertThat(read.iterations()).isEqualTo(2_000);
    assertThat(read.matches("pw")).isTrue();
    assertThat(read).isEqualTo(cheap);
  }

  @Test
  void a_cost_below_the_minimum_is_refused() {
    assertThatThrownBy(() -> PasswordHash.of("pw", random, 999)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000");
    assertThatThrownBy(() -> PasswordHash.parse("pbkdf2-sha256$10$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformed_encodings_are_refused_without_echoing_them() {
    assertThatThrownBy(() -> PasswordHash.parse("md5$secretstuff")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secretstuff");
  }

  @Test
  void to_string_shows_neither_salt_nor_hash() {
    PasswordHash h = PasswordHash.of("hunter2", random, 1_000);
    assertThat(h.toString()).isEqualTo("PasswordHash[pbkdf2-sha256, 1000 iterations]");
    assertThat(new LoginProfile(h, false, java.time.Instant.EPOCH).toString()).doesNotContain("hunter2")
        .doesNotContain(h.encoded().split("\\$")[3]);
  }
}
