package dev.iamkit.json.internal;

import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
import dev.iamkit.core.policy.SourcePosition;
import dev.iamkit.json.PolicyParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads iamkit's own files (worlds, scenarios) as strict UTF-8 text, never more than a bound. */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * The text of {@code file}.
   *
   * @throws PolicyParseException if the bytes are not UTF-8 (at the position where decoding stopped)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String read(Path file, int maxChars) {
    return read(file, maxChars, "a file", "maxFileChars");
  }

  /**
   * The text of {@code file}, refused from its size before it is read when it has more bytes than
   * {@code maxChars} ({@code what} names the kind of file, {@code limit} the {@link dev.iamkit.json.ReadLimits}
   * limit), and read no further than that; a text longer than {@code maxChars} is the caller's to report.
   *
   * @throws PolicyParseException if the file is too large or its bytes are not UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String read(Path file, int maxChars, String what, String limit) {
    TextInput.Decoded decoded;
    try {
      long size = TextInput.oversize(file, maxChars);
      if (size >= 0) {
        throw new PolicyParseException(PolicyProblem.error(ProblemCode.DOCUMENT_TOO_LARGE,
            TextInput.oversizeMessage(size, what, limit, maxChars), "").withPosition(new SourcePosition(1, 1)),
            file.toString());
      }
      try (InputStream in = Files.newInputStream(file)) {
        decoded = TextInput.readUtf8(in, maxChars, Files.size(file));
      }
    } catch (IOException e) {
      throw TextInput.cannotRead(file, e);
    }
    if (decoded.error() != null) {
      PolicyProblem p = PolicyProblem.error(ProblemCode.INVALID_CHARACTER, decoded.error(), "")
          .withPosition(LineIndex.of(decoded.text()).at(decoded.text().length()));
      throw new PolicyParseException(p, file.toString());
    }
    return decoded.text();
  }
}
