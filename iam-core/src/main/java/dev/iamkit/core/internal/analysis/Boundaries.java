package dev.iamkit.core.internal.analysis;

import dev.iamkit.core.internal.value.IpRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Representative values of ordered domains compared against finitely many constants: numbers (S3.5), dates (S3.6)
 * and IP addresses (S3.9). Pure functions.
 *
 * <p>Comparisons of a value with constants c1 &lt; ... &lt; ck (equal, less, greater, inside a range) are constant
 * on each point ci and on each open interval between neighbours, below c1 and above ck. One value of each piece
 * is enough: each constant, a value between each pair of neighbours, one below the least and one above the
 * greatest.
 */
public final class Boundaries {
  private Boundaries() {}

  /** One number per piece of the line cut at {@code bounds}, as plain decimal text. */
  public static List<String> numbers(List<BigDecimal> bounds) {
    TreeSet<BigDecimal> sorted = new TreeSet<>(bounds);
    List<String> out = new ArrayList<>();
    if (sorted.isEmpty()) {
      out.add("0");
      return out;
    }
    out.add(sorted.first().subtract(BigDecimal.ONE).toPlainString());
    BigDecimal previous = null;
    for (BigDecimal b : sorted) {
      if (previous != null) {
        out.add(previous.add(b).divide(BigDecimal.valueOf(2)).toPlainString());
      }
      out.add(b.toPlainString());
      previous = b;
    }
    out.add(sorted.last().add(BigDecimal.ONE).toPlainString());
    return out;
  }

  /** One instant per piece of the time line cut at {@code bounds}, as ISO 8601 text. */
  public static List<String> dates(List<Instant> bounds) {
    TreeSet<Instant> sorted = new TreeSet<>(bounds);
    List<String> out = new ArrayList<>();
    if (sorted.isEmpty()) {
      out.add("2026-01-01T00:00:00Z");
      return out;
    }
    Duration day = Duration.ofDays(1);
    out.add(safeMinus(sorted.first(), day).toString());
    Instant previous = null;
    for (Instant b : sorted) {
      if (previous != null) {
        Duration gap = Duration.between(previous, b);
        if (gap.toNanos() > 1 || gap.toSeconds() > 0) {
          out.add(previous.plus(gap.dividedBy(2)).toString());
        }
      }
      out.add(b.toString());
      previous = b;
    }
    out.add(safePlus(sorted.last(), day).toString());
    return out;
  }

  private static Instant safeMinus(Instant i, Duration d) {
    return i.isBefore(Instant.MIN.plus(d)) ? Instant.MIN : i.minus(d);
  }

  private static Instant safePlus(Instant i, Duration d) {
    return i.isAfter(Instant.MAX.minus(d)) ? Instant.MAX : i.plus(d);
  }

  /**
   * One address per piece of each address family cut at the first and last address of every range: both ends of
   * each range, the addresses just outside them, and the least and greatest address of the family.
   */
  public static List<String> addresses(List<IpRange> ranges) {
    List<String> out = new ArrayList<>();
    for (int bytes : new int[] {4, 16}) {
      TreeSet<BigInteger> points = new TreeSet<>();
      BigInteger max = BigInteger.ONE.shiftLeft(bytes * 8).subtract(BigInteger.ONE);
      points.add(BigInteger.ZERO);
      points.add(max);
      for (IpRange r : ranges) {
        byte[] network = r.network();
        if (network.length != bytes) {
          continue;
        }
        BigInteger first = new BigInteger(1, network);
        BigInteger last = first.or(BigInteger.ONE.shiftLeft(bytes * 8 - r.prefixLength()).subtract(BigInteger.ONE));
        for (BigInteger p : new BigInteger[] {first, last, first.subtract(BigInteger.ONE), last.add(BigInteger.ONE)}) {
          if (p.signum() >= 0 && p.compareTo(max) <= 0) {
            points.add(p);
          }
        }
      }
      for (BigInteger p : points) {
        out.add(format(p, bytes));
      }
    }
    return out;
  }

  private static String format(BigInteger value, int bytes) {
    StringBuilder sb = new StringBuilder();
    if (bytes == 4) {
      for (int k = 3; k >= 0; k--) {
        sb.append(value.shiftRight(k * 8).intValue() & 0xFF);
        if (k > 0) {
          sb.append('.');
        }
      }
      return sb.toString();
    }
    for (int k = 7; k >= 0; k--) {
      sb.append(Integer.toHexString(value.shiftRight(k * 16).intValue() & 0xFFFF));
      if (k > 0) {
        sb.append(':');
      }
    }
    return sb.toString();
  }
}
