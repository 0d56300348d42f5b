package id.sinergi.identity;

import java.time.Instant;

/**
 * The result of an invitation: the link holding the secret token, shown once to the inviter. The
 * same whether or not the e-mail already had an account (no account id, which would tell).
 */
public record Invitation(String email, String path, Instant expiresAt) {
}
