/**
 * Who is calling: the {@link dev.iamkit.core.identity.Principal} of a request (root user, IAM user,
 * role session, federated user, web-identity or SAML user, AWS service, anonymous caller).
 *
 * <p>All types are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
package dev.iamkit.core.identity;

import org.jspecify.annotations.NullMarked;
