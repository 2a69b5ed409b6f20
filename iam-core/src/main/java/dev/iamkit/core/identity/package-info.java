/**
 * Who is calling and who exists: the {@link dev.iamkit.core.identity.Principal} of a request (root user,
 * IAM user, role session, federated user, web-identity or SAML user, AWS service, anonymous caller), the
 * authenticated {@link dev.iamkit.core.identity.Session}, and the entities a directory holds:
 * {@link dev.iamkit.core.identity.User}, {@link dev.iamkit.core.identity.Group},
 * {@link dev.iamkit.core.identity.Role}, {@link dev.iamkit.core.identity.RootUserCredentials},
 * {@link dev.iamkit.core.identity.Organization} and its
 * {@link dev.iamkit.core.identity.OrganizationalUnit}s (S7, S9).
 *
 * <p>All types are immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
package dev.iamkit.core.identity;

import org.jspecify.annotations.NullMarked;
