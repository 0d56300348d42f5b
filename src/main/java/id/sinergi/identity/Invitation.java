package id.sinergi.identity;

import java.time.Instant;

/**
 * The result of an invitation. {@code path} is the first-login link holding the secret token, shown
 * once to the inviter; it is null when the account already exists (it simply gained the grant).
 */
public record Invitation(long userId, String email, String path, Instant expiresAt) {
}
