package dev.iamkit.core.directory;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.identity.Session;
import java.security.SecureRandom;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** Console sign-in and request authentication (S7.8). */
final class Authenticator {
  Authenticator(Clock clock, SecureRandom random, int iterations) {}

  Session signIn(Directory d, AccountId account, @Nullable String userName, String password, @Nullable String mfaCode) {
    throw new UnsupportedOperationException("not yet");
  }

  Session authenticate(Directory d, String accessKeyId, String secret, @Nullable String token) {
    throw new UnsupportedOperationException("not yet");
  }
}
