package dev.iamkit.core.sts;

import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of {@code GetSessionToken} (S8.11). Immutable and thread-safe; {@link #toString()} hides
 * the token code.
 *
 * <pre>{@code
 * GetSessionTokenRequest r = GetSessionTokenRequest.of().withDurationSeconds(3600)
 *     .withMfa("arn:aws:iam::111122223333:mfa/alice", "123456");
 * }</pre>
 *
 * @param durationSeconds the duration; absent means 43,200 for users and 3,600 for root (S8.3)
 * @param serialNumber the caller's MFA device
 * @param tokenCode its current six-digit code
 */
public record GetSessionTokenRequest(Optional<Integer> durationSeconds, Optional<String> serialNumber,
    Optional<String> tokenCode) {
  /** Checks that no component is null. */
  public GetSessionTokenRequest {
    Objects.requireNonNull(durationSeconds, "durationSeconds");
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(tokenCode, "tokenCode");
  }

  /** A request with no parameter. */
  public static GetSessionTokenRequest of() {
    return new GetSessionTokenRequest(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This request with DurationSeconds. */
  public GetSessionTokenRequest withDurationSeconds(int seconds) {
    return new GetSessionTokenRequest(Optional.of(seconds), serialNumber, tokenCode);
  }

  /** This request with SerialNumber and TokenCode. */
  public GetSessionTokenRequest withMfa(String serial, String code) {
    return new GetSessionTokenRequest(durationSeconds, Optional.of(serial), Optional.of(code));
  }

  @Override
  public String toString() {
    return "GetSessionTokenRequest[durationSeconds=" + durationSeconds + ", serialNumber=" + serialNumber
        + ", tokenCode=" + (tokenCode.isPresent() ? "******" : "none") + "]";
  }
}
