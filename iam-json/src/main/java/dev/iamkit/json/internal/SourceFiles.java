package dev.iamkit.json.internal;

import dev.iamkit.core.policy.PolicyProblem;
import dev.iamkit.core.policy.ProblemCode;
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
    TextInput.Decoded decoded;
    try (InputStream in = Files.newInputStream(file)) {
      decoded = TextInput.readUtf8(in, maxChars);
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
