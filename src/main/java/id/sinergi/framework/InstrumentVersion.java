package id.sinergi.framework;

import java.time.Instant;

/** A stored version of an instrument and where it is in its life: draft, then published, then retired. */
public record InstrumentVersion(String code, int version, InstrumentStatus status, String sha256, Instant importedAt,
        Instant publishedAt, Instant retiredAt) {
}
