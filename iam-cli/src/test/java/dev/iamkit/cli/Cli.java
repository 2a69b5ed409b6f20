package dev.iamkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** Runs {@link IamCommand} with captured output. */
final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  record Result(int status, String out, String err) {
    /** Standard output as lines (no trailing empty line). */
    List<String> outLines() {
      return lines(out);
    }

    /** Standard error as lines. */
    List<String> errLines() {
      return lines(err);
    }

    private static List<String> lines(String text) {
      if (text.isEmpty()) {
        return List.of();
      }
      String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      return Arrays.asList(trimmed.split("\\R", -1));
    }

    @Override
    public String toString() {
      return "status " + status + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = IamCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(status, out.toString(), err.toString());
  }
}
