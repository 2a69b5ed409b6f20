package dev.iamkit.cli.internal;

import dev.iamkit.core.IamException;
import dev.iamkit.json.Diagnostic;
import dev.iamkit.json.DiagnosticWriter;
import dev.iamkit.json.PolicyParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands command-line arguments into files: a file argument is taken as is, a directory argument gives
 * every regular file below it whose name ends with a suffix, in a stable order (path segment by segment).
 * Below a directory argument, folders whose names start with {@code .} or {@code _} are not entered: they
 * hold version-control or metadata files ({@code .git}, the corpus's {@code _meta}), not policies. Name such
 * a file, or the folder itself, to check it.
 * Problems (missing paths, unreadable directories, directories without matching files) are reported on
 * the error writer and recorded in {@link #status()}.
 */
public final class InputFiles {
  /** Orders paths segment by segment, so that a folder's files stay together. */
  static final Comparator<Path> TREE_ORDER = (a, b) -> {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    for (int i = 0; i < n; i++) {
      int c = a.getName(i).toString().compareTo(b.getName(i).toString());
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.getNameCount(), b.getNameCount());
  };

  private final List<Path> files;
  private final int status;

  private InputFiles(List<Path> files, int status) {
    this.files = List.copyOf(files);
    this.status = status;
  }

  /**
   * Expands {@code args}.
   *
   * @param command the command name for messages, e.g. {@code iam validate}
   * @param suffix the file name ending searched in directories, e.g. {@code .json}
   */
  public static InputFiles expand(String command, List<String> args, String suffix, PrintWriter err) {
    List<Path> files = new ArrayList<>();
    int status = ExitStatus.OK;
    for (String arg : args) {
      Path path;
      try {
        path = Paths.get(arg);
      } catch (RuntimeException e) {
        err.println(command + ": cannot read " + IamException.quote(arg) + ": not a valid path");
        status = ExitStatus.USAGE;
        continue;
      }
      if (Files.isDirectory(path)) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.getFileName() != null
                  && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix)
                  && !inSkippedFolder(path, p)
                  && Files.isRegularFile(p))
              .forEach(found::add);
        } catch (IOException | UncheckedIOException e) {
          err.println(command + ": cannot read directory " + arg + ": " + describe(e));
          status = ExitStatus.USAGE;
          continue;
        }
        if (found.isEmpty()) {
          err.println(command + ": no *" + suffix + " files under " + arg);
          status = ExitStatus.USAGE;
        }
        found.sort(TREE_ORDER);
        files.addAll(found);
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        files.add(path);
      } else {
        err.println(command + ": cannot read " + arg + ": no such file or directory");
        status = ExitStatus.USAGE;
      }
    }
    return new InputFiles(files, status);
  }

  /** Whether a folder between {@code root} (exclusive) and {@code file} starts with {@code .} or {@code _}. */
  static boolean inSkippedFolder(Path root, Path file) {
    Path relative = root.relativize(file);
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      String name = relative.getName(i).toString();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** The files, in argument order; each directory's files sorted. */
  public List<Path> files() {
    return files;
  }

  /** {@link ExitStatus#OK}, or {@link ExitStatus#USAGE} when an argument could not be expanded. */
  public int status() {
    return status;
  }

  /** A short description of an I/O failure, without a stack trace. */
  static String describe(Exception e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String kind = t instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
        : t instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : t instanceof java.nio.file.NotDirectoryException ? "not a directory"
        : t instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
        : t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    return kind;
  }

  /** A file read by {@link #readAll}: its name as given and what the reader made of it. */
  record Read<T>(String name, T value) {}

  /** What {@link #readAll} read, the diagnostics of the files it could not, and the resulting exit status. */
  record ReadAll<T>(List<Read<T>> read, List<Diagnostic> invalid, int status) {}

  /** Reads one file; throws {@link PolicyParseException} or {@link UncheckedIOException}. */
  interface Reader<T> {
    T read(Path file);
  }

  /**
   * Reads every file with {@code reader} before anything runs, so that an invalid file stops the command:
   * each problem is printed to {@code err} as one diagnostic line (or "cannot read" for an I/O error) and
   * makes the status {@link ExitStatus#USAGE}, starting from {@link #status()}.
   */
  <T> ReadAll<T> readAll(String command, Reader<T> reader, PrintWriter err) {
    int result = status;
    List<Read<T>> read = new ArrayList<>();
    List<Diagnostic> invalid = new ArrayList<>();
    for (Path file : files) {
      String name = file.toString();
      try {
        read.add(new Read<>(name, reader.read(file)));
      } catch (PolicyParseException e) {
        Diagnostic d = Diagnostic.of(e);
        d = d.file().isPresent() ? d : d.withFile(name);
        invalid.add(d);
        err.println(DiagnosticWriter.standard().toText(d));
        result = ExitStatus.USAGE;
      } catch (UncheckedIOException e) {
        err.println(command + ": cannot read " + name + ": " + describe(e));
        result = ExitStatus.USAGE;
      }
    }
    return new ReadAll<>(List.copyOf(read), List.copyOf(invalid), result);
  }
}
