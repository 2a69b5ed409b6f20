/** The implementation of the {@code iam} subcommands; not an API. */
@NullMarked
package dev.iamkit.cli.internal;

import org.jspecify.annotations.NullMarked;
