package dev.iamkit.core.directory;

import dev.iamkit.core.identity.Session;
import dev.iamkit.core.sts.AssumeRoleRequest;
import dev.iamkit.core.sts.AssumeRoleResult;
import dev.iamkit.core.sts.GetSessionTokenRequest;
import dev.iamkit.core.sts.GetSessionTokenResult;
import java.security.SecureRandom;
import java.time.Clock;

/** The rules of STS (S8). */
final class TokenService {
  TokenService(Clock clock, SecureRandom random, Authorizer authorizer, Authenticator authenticator) {}

  GetSessionTokenResult getSessionToken(Directory d, Session caller, GetSessionTokenRequest request) {
    throw new UnsupportedOperationException("not yet");
  }

  AssumeRoleResult assumeRole(Directory d, Session caller, AssumeRoleRequest request) {
    throw new UnsupportedOperationException("not yet");
  }
}
