package id.sinergi.evidence;

import java.time.Instant;

/**
 * One piece of a government's evidence: a stored file (type found from its content, SHA-256, size)
 * or a registered link. {@code name} is the sanitised file name or the link's title. A new version
 * of a file {@code replaces} the previous one, which stays as it was; {@code latest} is false once
 * a newer version exists. {@code textStatus} tells where the extraction of its text (for search) stands.
 */
public record EvidenceFile(long id, long governmentId, Kind kind, String name, String sha256, Long sizeBytes,
        String contentType, String url, int version, Long replaces, boolean latest, Instant createdAt,
        TextStatus textStatus) {

    public enum Kind {
        FILE, LINK
    }

    /**
     * {@code PENDING} until extraction has run; then {@code EXTRACTED} (text stored, cut at a limit),
     * {@code FAILED} (unreadable, over a limit, or out of time: the file itself is kept and never tried
     * again), or {@code SKIPPED} (a link, an image or video, or a document without text).
     */
    public enum TextStatus {
        PENDING, EXTRACTED, FAILED, SKIPPED
    }

    public boolean isLink() {
        return kind == Kind.LINK;
    }

    /** The size in whole kibibytes, rounded up (0 for a link). */
    public long sizeKb() {
        return sizeBytes == null ? 0 : (sizeBytes + 1023) / 1024;
    }
}
