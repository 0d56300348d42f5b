package id.sinergi.evidence;

import java.time.Instant;

/**
 * One piece of a government's evidence: a stored file (type found from its content, SHA-256, size)
 * or a registered link. {@code name} is the sanitised file name or the link's title. A new version
 * of a file {@code replaces} the previous one, which stays as it was; {@code latest} is false once
 * a newer version exists.
 */
public record EvidenceFile(long id, long governmentId, Kind kind, String name, String sha256, Long sizeBytes,
        String contentType, String url, int version, Long replaces, boolean latest, Instant createdAt) {

    public enum Kind {
        FILE, LINK
    }

    public boolean isLink() {
        return kind == Kind.LINK;
    }

    /** The size in whole kibibytes, rounded up (0 for a link). */
    public long sizeKb() {
        return sizeBytes == null ? 0 : (sizeBytes + 1023) / 1024;
    }
}
