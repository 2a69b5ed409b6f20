package dev.iamkit.json.internal;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Jackson generators for iamkit's JSON output: compact, or pretty with two-space indentation, LF line ends,
 * {@code "name": value} and {@code []}/{@code {}} for empty containers. Characters outside TAB, LF, CR and
 * U+0020 to U+00FF are written as {@code \\uXXXX} escapes, so the output is always text IAM accepts (S1.1);
 * {@code /} is not escaped. The caller's {@link Writer} is flushed, never closed. Thread-safe.
 */
public final class JsonOutput {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .highestNonEscapedChar(0xff)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(new Separators()
      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
      .withObjectEntrySpacing(Separators.Spacing.NONE)
      .withArrayElementSpacing(Separators.Spacing.NONE)
      .withObjectEmptySeparator("")
      .withArrayEmptySeparator("")
      .withRootSeparator("\n"))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final ObjectWriteContext PRETTY_CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRETTY.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private static final ObjectWriteContext ROWS_CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return Rows.INSTANCE;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private JsonOutput() {}

  /**
   * A generator writing to {@code out} for a document that is an array of compact values, each on a line of its own
   * indented by two spaces ({@code [}, the values, {@code ]} on lines of their own; {@code []} when empty). The values
   * must hold no arrays. Close it to flush (the writer stays open).
   */
  public static JsonGenerator rowsGenerator(Writer out) {
    return FACTORY.createGenerator(ROWS_CONTEXT, out);
  }

  /** The layout of {@link #rowsGenerator}: compact objects, and line breaks only around the elements of arrays. */
  private static final class Rows implements PrettyPrinter {
    static final Rows INSTANCE = new Rows();

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
      g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
      g.writeRaw('{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
      g.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
      g.writeRaw(',');
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
      g.writeRaw(':');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
      g.writeRaw('[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
      g.writeRaw(values == 0 ? "]" : "\n]");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
      g.writeRaw(",\n  ");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
      g.writeRaw("\n  ");
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {}
  }

  /**
   * A writer into a {@link StringBuilder} of a given initial capacity: unlike {@link java.io.StringWriter} it takes
   * no lock per write and, sized well, never copies what it holds. Not thread-safe.
   */
  public static final class TextWriter extends Writer {
    private final StringBuilder text;

    /** A writer whose buffer starts with room for {@code capacity} chars. */
    public TextWriter(int capacity) {
      this.text = new StringBuilder(Math.max(16, capacity));
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** What was written. */
    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** A generator writing to {@code out}; close it to flush (the writer stays open). */
  public static JsonGenerator generator(Writer out, boolean pretty) {
    return FACTORY.createGenerator(pretty ? PRETTY_CONTEXT : ObjectWriteContext.empty(), out);
  }
}
