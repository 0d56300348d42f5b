package id.sinergi.identity;

import java.time.Instant;

public record AccessTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant revokedAt, Instant lastUsedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
