package dev.iamkit.core.directory;

import dev.iamkit.core.arn.AccountId;
import dev.iamkit.core.credentials.ExpiredTokenException;
import dev.iamkit.core.credentials.InvalidClientTokenIdException;
import dev.iamkit.core.credentials.InvalidMfaCodeException;
import dev.iamkit.core.credentials.LoginProfile;
import dev.iamkit.core.credentials.MfaDevice;
import dev.iamkit.core.credentials.PasswordHash;
import dev.iamkit.core.credentials.SignInFailedException;
import dev.iamkit.core.credentials.SignatureDoesNotMatchException;
import dev.iamkit.core.credentials.TemporaryCredentials;
import dev.iamkit.core.identity.Principal;
import dev.iamkit.core.identity.Session;
import dev.iamkit.core.identity.SessionKind;
import dev.iamkit.core.identity.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Console sign-in and request authentication (S7.1, S7.2, S7.8), and the register of temporary
 * credentials STS issued. Thread-safe.
 */
final class Authenticator {
  /** How long a console session lasts: 12 hours [DOC console sessions]. */
  static final Duration CONSOLE_SESSION = Duration.ofHours(12);
  /** Time steps of clock drift accepted on each side of the current TOTP step. */
  static final int MFA_WINDOW = 1;
  private static final String SIGN_IN_FAILED = "Your authentication information is incorrect. Please try again.";
  private static final String INVALID_TOKEN = "The security token included in the request is invalid.";
  /** The fewest registrations between two purges of long-expired temporary credentials. */
  private static final long PURGE_EVERY = 1024;

  private final Clock clock;
  private final SecureRandom random;
  private final int iterations;
  private final Map<String, Issued> temporary = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong registrations = new java.util.concurrent.atomic.AtomicLong();
  /** The registration count at which the next purge runs: at least as many registrations as the last one scanned. */
  private final java.util.concurrent.atomic.AtomicLong nextPurge = new java.util.concurrent.atomic.AtomicLong(PURGE_EVERY);
  private volatile @Nullable PasswordHash decoy;

  /** Temporary credentials and the session they stand for. */
  private record Issued(TemporaryCredentials credentials, Session session) {}

  Authenticator(Clock clock, SecureRandom random, int iterations) {
    this.clock = clock;
    this.random = random;
    this.iterations = iterations;
  }

  Session signIn(Directory d, AccountId account, @Nullable String userName, String password, @Nullable String mfaCode) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(password, "password");
    Optional<Account> a = d.account(account);
    Optional<LoginProfile> login = Optional.empty();
    List<MfaDevice> devices = List.of();
    @Nullable Principal principal = null;
    if (a.isPresent() && userName == null) {
      login = a.get().root().loginProfile();
      devices = a.get().root().mfaDevices();
      principal = new Principal.RootUser(account, "aws");
    } else if (a.isPresent() && userName != null) {
      Optional<User> u = a.get().user(userName);
      if (u.isPresent()) {
        login = u.get().loginProfile();
        devices = u.get().mfaDevices();
        principal = u.get().principal();
      }
    }
    if (login.isEmpty() || principal == null) {
      // Spend the time of a hash anyway, so that unknown users cannot be told apart by timing (S7.8).
      decoy().matches(password);
      throw new SignInFailedException(SIGN_IN_FAILED);
    }
    if (!login.get().passwordHash().matches(password)) {
      throw new SignInFailedException(SIGN_IN_FAILED);
    }
    Instant now = clock.instant();
    boolean mfa = false;
    if (!devices.isEmpty()) {
      if (mfaCode == null) {
        throw new InvalidMfaCodeException("An MFA code is required: the principal has an MFA device");
      }
      if (!validCode(devices, mfaCode, now)) {
        throw new InvalidMfaCodeException("The MFA code is not valid");
      }
      mfa = true;
    }
    return Session.of(principal, SessionKind.CONSOLE, mfa, mfa ? now : null, now, now.plus(CONSOLE_SESSION),
        List.of(), Map.of(), Set.of(), null, null);
  }

  /** Whether {@code code} is the current code (within {@link #MFA_WINDOW}) of one of {@code devices}. */
  static boolean validCode(List<MfaDevice> devices, String code, Instant now) {
    if (code.length() != 6) {
      return false;
    }
    for (MfaDevice device : devices) {
      if (device.totp().matchingCounter(code, now, MFA_WINDOW) >= 0) {
        return true;
      }
    }
    return false;
  }

  private PasswordHash decoy() {
    PasswordHash h = decoy;
    if (h == null) {
      h = PasswordHash.of("decoy", random, iterations);
      decoy = h;
    }
    return h;
  }

  Session authenticate(Directory d, String accessKeyId, String secret, @Nullable String token) {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secret, "secret");
    if (token == null) {
      Optional<Directory.KeyHolder> holder = d.accessKey(accessKeyId);
      if (holder.isEmpty()) {
        throw new InvalidClientTokenIdException(temporary.containsKey(accessKeyId)
            ? "Temporary credentials need their session token" : INVALID_TOKEN);
      }
      Directory.KeyHolder h = holder.get();
      if (!h.key().isActive()) {
        throw new InvalidClientTokenIdException(INVALID_TOKEN);
      }
      if (!h.key().secretAccessKey().matches(secret)) {
        throw new SignatureDoesNotMatchException("The request signature we calculated does not match the signature"
            + " you provided. Check your AWS Secret Access Key and signing method.");
      }
      return Session.longTerm(h.principal(), accessKeyId);
    }
    @Nullable Issued issued = temporary.get(accessKeyId);
    if (issued == null || !issued.credentials().sessionToken().matches(token)) {
      throw new InvalidClientTokenIdException(INVALID_TOKEN);
    }
    if (!issued.credentials().secretAccessKey().matches(secret)) {
      throw new SignatureDoesNotMatchException("The request signature we calculated does not match the signature"
          + " you provided. Check your AWS Secret Access Key and signing method.");
    }
    if (!clock.instant().isBefore(issued.credentials().expiration())) {
      throw new ExpiredTokenException("The security token included in the request is expired");
    }
    return issued.session();
  }

  /** Registers temporary credentials STS issued, so that {@link #authenticate} knows them. */
  void register(TemporaryCredentials credentials, Session session) {
    temporary.put(credentials.accessKeyId(), new Issued(credentials, session));
    long n = registrations.incrementAndGet();
    long at = nextPurge.get();
    // Forget credentials long expired (they would answer ExpiredToken), now and then, not on every call: a purge
    // scans every entry, so the next one waits for at least as many registrations (constant cost per call).
    if (n >= at && nextPurge.compareAndSet(at, n + Math.max(PURGE_EVERY, temporary.size()))) {
      Instant longAgo = clock.instant().minus(Duration.ofDays(30));
      temporary.values().removeIf(i -> i.credentials().expiration().isBefore(longAgo));
    }
  }
}
