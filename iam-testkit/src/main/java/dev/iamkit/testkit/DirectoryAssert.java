package dev.iamkit.testkit;

import dev.iamkit.core.directory.Directory;
import java.time.Clock;

/**
 * The concrete assertions on a {@link Directory}: see {@link AbstractDirectoryAssert} for the checks, asked
 * at the system clock unless {@link #at} fixes the time. Obtain through {@link IamAssertions}. Not thread-safe.
 */
public class DirectoryAssert extends AbstractDirectoryAssert<DirectoryAssert, Directory> {

  /** An assert on {@code actual}. */
  public DirectoryAssert(Directory actual) {
    super(actual, DirectoryAssert.class);
  }

  @Override
  protected Directory directoryOf(Directory value) {
    return value;
  }

  @Override
  protected Clock clockOf(Directory value) {
    return Clock.systemUTC();
  }
}
