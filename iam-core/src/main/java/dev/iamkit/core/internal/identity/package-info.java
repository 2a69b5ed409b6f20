/** Shape rules and identifier formats of IAM and STS (S7, S8.1, S10.1); not API. */
@NullMarked
package dev.iamkit.core.internal.identity;

import org.jspecify.annotations.NullMarked;
