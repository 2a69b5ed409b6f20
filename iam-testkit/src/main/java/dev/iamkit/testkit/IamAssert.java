package dev.iamkit.testkit;

import dev.iamkit.core.directory.Directory;
import dev.iamkit.core.directory.Iam;
import java.time.Clock;

/**
 * The concrete assertions on an {@link Iam} service: see {@link AbstractDirectoryAssert} for the checks,
 * asked of the service's current directory at its clock. Obtain through {@link IamAssertions}. Not thread-safe.
 */
public class IamAssert extends AbstractDirectoryAssert<IamAssert, Iam> {

  /** An assert on {@code actual}. */
  public IamAssert(Iam actual) {
    super(actual, IamAssert.class);
  }

  @Override
  protected Directory directoryOf(Iam value) {
    return value.directory();
  }

  @Override
  protected Clock clockOf(Iam value) {
    return value.clock();
  }
}
