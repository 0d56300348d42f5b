package id.sinergi.audit;

import java.time.Instant;

/** One recorded change. {@code beforeState} and {@code afterState} are JSON texts (or null). */
public record AuditEntry(long id, Instant at, Long actorId, String actorName, String ip, String action,
        String subjectType, String subjectId, Long governmentId, String beforeState, String afterState,
        String previousHash, String hash) {
}
