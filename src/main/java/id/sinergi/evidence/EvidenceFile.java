package id.sinergi.evidence;

import java.time.Instant;

/** A stored evidence file of one government. */
public record EvidenceFile(long id, long governmentId, String sha256, long sizeBytes, String contentType,
        String originalName, Instant createdAt) {
}
