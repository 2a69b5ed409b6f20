package dev.iamkit.cli.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.core.policy.PolicyKind;
import dev.iamkit.core.policy.SizeLimit;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters whose messages say what is accepted. */
final class Converters {
  private Converters() {}

  /** {@code identity}, {@code resource}, ... through {@link PolicyKind#fromId}. */
  public static final class KindConverter implements ITypeConverter<PolicyKind> {
    @Override
    public PolicyKind convert(String value) {
      try {
        return PolicyKind.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code managed}, {@code user-inline}, ... through {@link SizeLimit#fromId}. */
  public static final class SizeLimitConverter implements ITypeConverter<SizeLimit> {
    @Override
    public SizeLimit convert(String value) {
      try {
        return SizeLimit.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The {@code --output} of every command: {@code text} or {@code json}; {@code table} is an alias of text. */
  public static final class TextOrJson implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.equals("text") || value.equals("json")) {
        return value;
      }
      if (value.equals("table")) {
        return "text";
      }
      throw new TypeConversionException("Unknown output format " + IamException.quote(value)
          + ": expected text or json");
    }
  }

  /** An ISO-8601 instant such as {@code 2026-01-01T00:00:00Z}. */
  public static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("Invalid instant \"" + value
            + "\": expected ISO-8601 in UTC, such as 2026-01-01T12:00:00Z");
      }
    }
  }
}
