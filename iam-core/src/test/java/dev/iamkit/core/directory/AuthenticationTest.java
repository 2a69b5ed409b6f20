package dev.iamkit.core.directory;

import static dev.iamkit.core.directory.TestWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iamkit.core.credentials.AccessKeyStatus;
import dev.iamkit.core.credentials.ExpiredTokenException;
import dev.iamkit.core.credentials.InvalidClientTokenIdException;
import dev.iamkit.core.credentials.InvalidMfaCodeException;
import dev.iamkit.core.credentials.SignInFailedException;
import dev.iamkit.core.credentials.SignatureDoesNotMatchException;
import dev.iamkit.core.credentials.TemporaryCredentials;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.SessionKind;
import dev.iamkit.core.sts.GetSessionTokenRequest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** S7.1, S7.2, S7.8: console sign-in and request authentication. */
class AuthenticationTest {
  static final String KEY = "AKIAIOSFODNN7EXAMPLE";
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private MutableClock clock;
  private Iam iam;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(START);
    Directory world = Directory.builder(clock, seeded()).passwordHashIterations(1_000)
        .createAccount(A)
        .rootPassword(A, "root-pw")
        .importRootMfaDevice(A, "arn:aws:iam::111122223333:mfa/root-account-mfa-device", SEED)
        .createUser(A, "/", "alice").importLoginProfile(A, "alice", "pw")
        .importAccessKey(A, "alice", KEY, SECRET, AccessKeyStatus.ACTIVE)
        .importAccessKey(A, "alice", "AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
            AccessKeyStatus.INACTIVE)
        .createUser(A, "/", "bob").importLoginProfile(A, "bob", "bob-pw")
        .importMfaDevice(A, "bob", "arn:aws:iam::111122223333:mfa/bob", SEED)
        .createUser(A, "/", "carol")
        .build();
    iam = Iam.builder().directory(world).clock(clock).random(seeded()).passwordHashIterations(1_000).build();
  }

  @Test
  @DisplayName("S7.2: a user signs in with its password; the session is a console session without MFA")
  void user_sign_in() {
    Session s = iam.signIn(A, "alice", "pw");
    assertThat(s.principal()).isInstanceOf(Principal.IamUser.class);
    assertThat(s.kind()).isEqualTo(SessionKind.CONSOLE);
    assertThat(s.mfaAuthenticated()).isFalse();
    assertThat(s.tokenIssueTime()).contains(START);
  }

  @Test
  @DisplayName("S7.8: unknown user, wrong password and no password give the same SignInFailed")
  void sign_in_failures_look_alike() {
    String m1 = catchMessage(() -> iam.signIn(A, "nobody", "pw"));
    String m2 = catchMessage(() -> iam.signIn(A, "alice", "wrong"));
    String m3 = catchMessage(() -> iam.signIn(A, "carol", ""));
    String m4 = catchMessage(() -> iam.signIn(B, "alice", "pw"));
    assertThat(m1).isEqualTo(m2).isEqualTo(m3).isEqualTo(m4).doesNotContain("alice").doesNotContain("nobody");
  }

  private static String catchMessage(Runnable r) {
    try {
      r.run();
    } catch (SignInFailedException e) {
      assertThat(e.errorCode()).isEqualTo("SignInFailed");
      return e.getMessage();
    }
    throw new AssertionError("expected SignInFailed");
  }

  @Test
  @DisplayName("S7.3: a user with an MFA device needs a valid code; the session carries MFA")
  void mfa_sign_in() {
    assertThatThrownBy(() -> iam.signIn(A, "bob", "bob-pw")).isInstanceOf(InvalidMfaCodeException.class);
    assertThatThrownBy(() -> iam.signIn(A, "bob", "bob-pw", "000000")).isInstanceOf(InvalidMfaCodeException.class)
        .satisfies(e -> assertThat(((InvalidMfaCodeException) e).errorCode()).isEqualTo("InvalidMfaCode"));
    assertThatThrownBy(() -> iam.signIn(A, "bob", "wrong", code(clock))).isInstanceOf(SignInFailedException.class);
    Session s = iam.signIn(A, "bob", "bob-pw", code(clock));
    assertThat(s.mfaAuthenticated()).isTrue();
    assertThat(s.mfaAuthenticatedAt()).contains(START);
  }

  @Test
  @DisplayName("S7.1: the root user signs in with account, password and MFA code")
  void root_sign_in() {
    assertThatThrownBy(() -> iam.signInRoot(A, "root-pw")).isInstanceOf(InvalidMfaCodeException.class);
    assertThatThrownBy(() -> iam.signInRoot(A, "nope", code(clock))).isInstanceOf(SignInFailedException.class);
    Session root = iam.signInRoot(A, "root-pw", code(clock));
    assertThat(root.principal()).isEqualTo(new Principal.RootUser(A, "aws"));
    assertThat(root.mfaAuthenticated()).isTrue();
  }

  @Test
  @DisplayName("S7.8: access keys: unknown or inactive InvalidClientTokenId, wrong secret SignatureDoesNotMatch")
  void access_keys() {
    Session s = iam.authenticate(KEY, SECRET);
    assertThat(s.kind()).isEqualTo(SessionKind.ACCESS_KEY);
    assertThat(s.accessKeyId()).contains(KEY);
    assertThat(s.principal().principalArn().orElseThrow().toString()).isEqualTo("arn:aws:iam::111122223333:user/alice");
    assertThatThrownBy(() -> iam.authenticate("AKIAUNKNOWNEXAMPLE00", SECRET))
        .isInstanceOf(InvalidClientTokenIdException.class);
    assertThatThrownBy(() -> iam.authenticate("AKIAI44QH8DHBEXAMPLE", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"))
        .isInstanceOf(InvalidClientTokenIdException.class);
    assertThatThrownBy(() -> iam.authenticate(KEY, "wrong")).isInstanceOf(SignatureDoesNotMatchException.class)
        .hasMessageNotContaining(SECRET).hasMessageNotContaining("wrong");
  }

  @Test
  @DisplayName("S7.8: temporary credentials need their token and expire with ExpiredToken")
  void temporary_credentials() {
    Session alice = iam.authenticate(KEY, SECRET);
    TemporaryCredentials c = iam.getSessionToken(alice, GetSessionTokenRequest.of().withDurationSeconds(900)).credentials();
    assertThat(c.accessKeyId()).startsWith("ASIA").hasSize(20);
    String secret = c.secretAccessKey().reveal();
    String token = c.sessionToken().reveal();
    assertThat(iam.authenticate(c.accessKeyId(), secret, token).kind()).isEqualTo(SessionKind.SESSION_TOKEN);
    assertThatThrownBy(() -> iam.authenticate(c.accessKeyId(), secret)).isInstanceOf(InvalidClientTokenIdException.class);
    assertThatThrownBy(() -> iam.authenticate(c.accessKeyId(), secret, token + "x"))
        .isInstanceOf(InvalidClientTokenIdException.class);
    assertThatThrownBy(() -> iam.authenticate(c.accessKeyId(), "bad", token))
        .isInstanceOf(SignatureDoesNotMatchException.class);
    assertThatThrownBy(() -> iam.authenticate(KEY, SECRET, token)).isInstanceOf(InvalidClientTokenIdException.class);
    clock.advance(Duration.ofSeconds(899));
    iam.authenticate(c.accessKeyId(), secret, token);
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> iam.authenticate(c.accessKeyId(), secret, token)).isInstanceOf(ExpiredTokenException.class)
        .satisfies(e -> assertThat(((ExpiredTokenException) e).errorCode()).isEqualTo("ExpiredToken"));
  }

  @Test
  @DisplayName("S7.2: a user without password or keys can do nothing")
  void carol_has_no_way_in() {
    assertThatThrownBy(() -> iam.signIn(A, "carol", "anything")).isInstanceOf(SignInFailedException.class);
    assertThat(iam.directory().user(A, "carol").orElseThrow().accessKeys()).isEmpty();
  }
}
