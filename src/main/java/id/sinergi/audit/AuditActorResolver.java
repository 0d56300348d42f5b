package id.sinergi.audit;

/**
 * Who is acting right now, as the audit log names them. Provided by the identity module; without
 * one (start-up, scheduled work) entries name the system.
 */
public interface AuditActorResolver {

    /** The acting user's id (null for the system) and display name. */
    record AuditActor(Long userId, String name) {
    }

    AuditActor actingNow();
}
