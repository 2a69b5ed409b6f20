package dev.iamkit.json;

import dev.iamkit.json.internal.JsonOutput;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the result of {@code iam simulate --benchmark} as JSON. Immutable and thread-safe.
 *
 * <pre>{@code
 * {
 *   "requests": 240,
 *   "decisions": 1200000,
 *   "decisionsPerSecond": 240000.0,
 *   "nsPerDecision": 4166.7,
 *   "expectationsMet": true
 * }
 * }</pre>
 *
 * <p>Output is indented with two spaces, without a final line break.
 */
public final class BenchmarkReportWriter {
  private static final BenchmarkReportWriter STANDARD = new BenchmarkReportWriter();

  private BenchmarkReportWriter() {}

  /** The writer. */
  public static BenchmarkReportWriter standard() {
    return STANDARD;
  }

  /**
   * The benchmark report as JSON.
   *
   * @param requests the number of distinct requests evaluated round-robin
   * @param decisions the number of decisions made in the measured time
   * @param nanos the measured time in nanoseconds
   * @param expectationsMet whether every decision matched its request's {@code expect}
   * @throws IllegalArgumentException if a count is negative or {@code nanos} is not positive
   */
  public String toJson(int requests, long decisions, long nanos, boolean expectationsMet) {
    if (requests < 0 || decisions < 0 || nanos <= 0) {
      throw new IllegalArgumentException("requests and decisions must be >= 0 and nanos > 0, got requests="
          + requests + ", decisions=" + decisions + ", nanos=" + nanos);
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonOutput.generator(out, true)) {
      g.writeStartObject();
      g.writeNumberProperty("requests", requests);
      g.writeNumberProperty("decisions", decisions);
      g.writeNumberProperty("decisionsPerSecond", decisionsPerSecond(decisions, nanos));
      g.writeNumberProperty("nsPerDecision", nsPerDecision(decisions, nanos));
      g.writeBooleanProperty("expectationsMet", expectationsMet);
      g.writeEndObject();
    }
    return out.toString();
  }

  /** Decisions per second, rounded to one decimal. */
  public static double decisionsPerSecond(long decisions, long nanos) {
    return round1(decisions * 1e9 / nanos);
  }

  /** Nanoseconds per decision, rounded to one decimal; 0 when there was no decision. */
  public static double nsPerDecision(long decisions, long nanos) {
    return decisions == 0 ? 0 : round1((double) nanos / decisions);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
