package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.ContextType;
import dev.iamkit.core.eval.ContextValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Request context values read once, when the {@link ContextValue} is made, by the operator families of their
 * declared type (an {@code IP} value as an address, a {@code DATE} as an instant and as a number, a {@code NUMERIC}
 * as a number and as a date, a {@code BOOLEAN} as a boolean, {@code BINARY} as bytes, and a {@code STRING} that
 * starts with {@code arn:} as an ARN), so that conditions compare them without parsing per request (S3.4 to S3.10). A value read by another
 * family (a string compared with {@code IpAddress}) is still read when compared. The reading itself is the
 * family's own ({@link ValueType#read}).
 *
 * <p>{@link ContextValue} keeps the values read and hands them over through the {@link Source} it installs, so that
 * the exported type shows nothing of this. Thread-safe: what is kept is never changed after the value is made.
 */
public final class RequestValues {
  private RequestValues() {}

  /** Gives the values a {@link ContextValue} read when it was made. */
  public interface Source {
    /** The values {@code value} read when it was made (see {@link RequestValues#read(ContextType, List)}). */
    @Nullable Object[] read(ContextValue value);
  }

  private static volatile @Nullable Source source;

  /** Called once by {@link ContextValue}'s class initialisation. */
  public static void install(Source s) {
    source = Objects.requireNonNull(s, "s");
  }

  /**
   * {@code values} of {@code type} read by each family of {@link #familiesOf} that type: entry
   * {@code i * families + f} holds value {@code i} read by family {@code f}, null where it cannot be read.
   */
  public static @Nullable Object[] read(ContextType type, List<String> values) {
    ValueType<?>[] families = familiesOf(type);
    @Nullable Object[] out = new Object[values.size() * families.length];
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      for (int f = 0; f < families.length; f++) {
        if (families[f] != ArnOperand.TYPE || v.startsWith("arn:")) {
          out[i * families.length + f] = families[f].read(v);
        }
      }
    }
    return out;
  }

  private static final ValueType<?>[] STRING = {ArnOperand.TYPE};
  private static final ValueType<?>[] NUMERIC = {NumericOperand.TYPE, DateOperand.TYPE};
  private static final ValueType<?>[] BOOLEAN = {BoolOperand.TYPE};
  private static final ValueType<?>[] DATE = {DateOperand.TYPE, NumericOperand.TYPE};
  private static final ValueType<?>[] IP = {IpOperand.TYPE};
  private static final ValueType<?>[] BINARY = {BinaryOperand.TYPE};

  /**
   * The families whose reading is kept for values of {@code type}: its own, plus the one that also reads it
   * ({@code aws:EpochTime} with Numeric operators, a number with Date operators, a string ARN with ARN operators).
   * Never modified.
   */
  private static ValueType<?>[] familiesOf(ContextType type) {
    return switch (type) {
      case STRING -> STRING;
      case NUMERIC -> NUMERIC;
      case BOOLEAN -> BOOLEAN;
      case DATE -> DATE;
      case IP -> IP;
      case BINARY -> BINARY;
    };
  }

  /** Value {@code index} of {@code cv} read as {@code type}: kept when it was made, read now otherwise. */
  static <T> @Nullable T read(ValueType<T> type, ContextValue cv, int index) {
    Source s = source;
    if (s != null) {
      ValueType<?>[] families = familiesOf(cv.type());
      for (int f = 0; f < families.length; f++) {
        if (families[f] == type) {
          Object kept = s.read(cv)[index * families.length + f];
          if (kept != null) {
            return type.javaType().cast(kept);
          }
          break;
        }
      }
    }
    return type.read(cv.values().get(index));
  }
}
