package id.sinergi.audit;

/**
 * Outcome of checking the chain. When broken, {@code firstBrokenId} is the first entry whose
 * content, link or number does not fit, and {@code reason} says which.
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenId, String reason) {

    public static AuditVerification ok(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    public static AuditVerification broken(long checked, long id, String reason) {
        return new AuditVerification(false, checked, id, reason);
    }
}
