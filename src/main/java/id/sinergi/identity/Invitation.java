package id.sinergi.identity;

import java.time.Instant;

/** A first-login link. {@code path} holds the secret token: shown once, to the inviter. */
public record Invitation(long userId, String email, String path, Instant expiresAt) {
}
