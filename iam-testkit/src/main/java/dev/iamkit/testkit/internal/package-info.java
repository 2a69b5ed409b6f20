/** Implementation of iam-testkit's generators; not exported, not API. */
@NullMarked
package dev.iamkit.testkit.internal;

import org.jspecify.annotations.NullMarked;
