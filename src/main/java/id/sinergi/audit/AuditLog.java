package id.sinergi.audit;

import java.util.List;

/** Records state changes and reads them back. {@link #record} joins the caller's transaction. */
public interface AuditLog {

    /**
     * Appends one entry for a change that is being made now.
     *
     * @param governmentId the government the change belongs to, null for national changes
     * @param before the state before (a record or map, serialised to JSON), null on creation
     * @param after the state after, null on removal
     */
    void record(String action, String subjectType, Object subjectId, Long governmentId, Object before, Object after);

    /** A government's trail, newest first. */
    List<AuditEntry> forGovernment(long governmentId, int limit);

    /** The whole log, newest first. */
    List<AuditEntry> latest(int limit);

    /** Recomputes the chain from the first entry and reports the first one that does not fit. */
    AuditVerification verify();
}
