/**
 * Implementation of iam-json: the positioned JSON tree read with Jackson's streaming parser, the policy
 * grammar's shape checks, and the simulation-file reader. Not exported; no compatibility promise.
 */
@NullMarked
package dev.iamkit.json.internal;

import org.jspecify.annotations.NullMarked;
