/** The {@code iam} command: validate and simulate. */
@NullMarked
package dev.iamkit.cli;

import org.jspecify.annotations.NullMarked;
