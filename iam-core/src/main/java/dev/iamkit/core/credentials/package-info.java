/**
 * Credentials and their secrets: {@link dev.iamkit.core.credentials.AccessKey} (long-term {@code AKIA...}
 * keys), {@link dev.iamkit.core.credentials.TemporaryCredentials} ({@code ASIA...} keys with a session
 * token), {@link dev.iamkit.core.credentials.LoginProfile} holding only a salted
 * {@link dev.iamkit.core.credentials.PasswordHash}, the account's
 * {@link dev.iamkit.core.credentials.PasswordPolicy}, TOTP {@link dev.iamkit.core.credentials.MfaDevice}s
 * ({@link dev.iamkit.core.credentials.Totp}, RFC 6238), and the authentication errors of S7.8.
 *
 * <p>Secrets are held in {@link dev.iamkit.core.credentials.Secret}, whose {@code toString} never shows
 * them and whose comparison takes constant time. All types are immutable and thread-safe; no method
 * accepts or returns {@code null}.
 */
@NullMarked
package dev.iamkit.core.credentials;

import org.jspecify.annotations.NullMarked;
