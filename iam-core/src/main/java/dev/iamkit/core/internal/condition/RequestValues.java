package dev.iamkit.core.internal.condition;

import dev.iamkit.core.eval.ContextType;
import dev.iamkit.core.eval.ContextValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Request context values read once, when the {@link ContextValue} is made, as the operator family of their declared
 * type (an {@code IP} value as an address, a {@code DATE} as an instant, a {@code NUMERIC} as a decimal, a
 * {@code BOOLEAN} as a boolean, {@code BINARY} as bytes, and a {@code STRING} that starts with {@code arn:} as an
 * ARN), so that conditions compare them without parsing per request (S3.4 to S3.10). A value read by another
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
    /** The values {@code value} read as {@link #familyOf} its type, one per value; null entries where none. */
    @Nullable Object[] read(ContextValue value);
  }

  private static volatile @Nullable Source source;

  /** Called once by {@link ContextValue}'s class initialisation. */
  public static void install(Source s) {
    source = Objects.requireNonNull(s, "s");
  }

  /** {@code values} of {@code type} read by the family that reads that type; null entries where it cannot. */
  public static @Nullable Object[] read(ContextType type, List<String> values) {
    ValueType<?> family = familyOf(type);
    @Nullable Object[] out = new Object[values.size()];
    if (family == null) {
      return out;
    }
    for (int i = 0; i < out.length; i++) {
      String v = values.get(i);
      if (family != ArnOperand.TYPE || v.startsWith("arn:")) {
        out[i] = family.read(v);
      }
    }
    return out;
  }

  /** The family whose reading is kept for values of {@code type}; null when none is. */
  static @Nullable ValueType<?> familyOf(ContextType type) {
    return switch (type) {
      case STRING -> ArnOperand.TYPE;
      case NUMERIC -> NumericOperand.TYPE;
      case BOOLEAN -> BoolOperand.TYPE;
      case DATE -> DateOperand.TYPE;
      case IP -> IpOperand.TYPE;
      case BINARY -> BinaryOperand.TYPE;
    };
  }

  /** Value {@code index} of {@code cv} read as {@code type}: kept when it was made, read now otherwise. */
  static <T> @Nullable T read(ValueType<T> type, ContextValue cv, int index) {
    Source s = source;
    if (s != null && familyOf(cv.type()) == type) {
      Object kept = s.read(cv)[index];
      if (kept != null) {
        return type.javaType().cast(kept);
      }
    }
    return type.read(cv.values().get(index));
  }
}
