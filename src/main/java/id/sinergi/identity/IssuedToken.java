package id.sinergi.identity;

import java.time.Instant;

/** A new personal access token; {@code token} is shown once and never stored in clear. */
public record IssuedToken(long id, String name, String token, Instant expiresAt) {
}
