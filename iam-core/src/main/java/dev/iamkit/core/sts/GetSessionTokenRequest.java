package dev.iamkit.core.sts;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of {@code GetSessionToken} (S8.11). Immutable and thread-safe; {@link #toString()} hides
 * the token code.
 *
 * <pre>{@code
 * GetSessionTokenRequest r = GetSessionTokenRequest.of().withDurationSeconds(3600)
 *     .withMfa("arn:aws:iam::111122223333:mfa/alice", "123456");
 * }</pre>
 */
public final class GetSessionTokenRequest {
  private final Optional<Integer> durationSeconds;
  private final Optional<String> serialNumber;
  private final Optional<String> tokenCode;

  private GetSessionTokenRequest(@Nullable Integer durationSeconds, @Nullable String serialNumber,
      @Nullable String tokenCode) {
    this.durationSeconds = Optional.ofNullable(durationSeconds);
    this.serialNumber = Optional.ofNullable(serialNumber);
    this.tokenCode = Optional.ofNullable(tokenCode);
  }

  /** The duration; absent means 43,200 for users and 3,600 for root (S8.3). */
  public Optional<Integer> durationSeconds() {
    return durationSeconds;
  }

  /** The caller's MFA device. */
  public Optional<String> serialNumber() {
    return serialNumber;
  }

  /** Its current six-digit code. */
  public Optional<String> tokenCode() {
    return tokenCode;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || obj instanceof GetSessionTokenRequest o
        && durationSeconds.equals(o.durationSeconds) && serialNumber.equals(o.serialNumber)
            && tokenCode.equals(o.tokenCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(durationSeconds, serialNumber, tokenCode);
  }

  /** A request with no parameter. */
  public static GetSessionTokenRequest of() {
    return new GetSessionTokenRequest(null, null, null);
  }

  /** This request with DurationSeconds. */
  public GetSessionTokenRequest withDurationSeconds(int seconds) {
    return new GetSessionTokenRequest(seconds, serialNumber.orElse(null), tokenCode.orElse(null));
  }

  /** This request with SerialNumber and TokenCode. */
  public GetSessionTokenRequest withMfa(String serial, String code) {
    return new GetSessionTokenRequest(durationSeconds.orElse(null), Objects.requireNonNull(serial, "serial"),
        Objects.requireNonNull(code, "code"));
  }

  @Override
  public String toString() {
    return "GetSessionTokenRequest[durationSeconds=" + durationSeconds + ", serialNumber=" + serialNumber
        + ", tokenCode=" + (tokenCode.isPresent() ? "******" : "none") + "]";
  }
}
