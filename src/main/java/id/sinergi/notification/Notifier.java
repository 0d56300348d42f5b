package id.sinergi.notification;

import id.sinergi.shared.Role;
import java.util.List;

/**
 * Writes notifications for the modules whose changes people should hear of. Each write is part of
 * the caller's transaction (there must be one), so a change that is rolled back tells nobody.
 * {@code key} is a message key; {@code args} are its arguments (an enum, such as a stage, is shown in
 * each reader's language); {@code link} is a path of this application; {@code by} is the user whose
 * action it reports, who is not told of it.
 */
public interface Notifier {

    /** Tells the coordinators of a government. */
    void toCoordinators(long governmentId, String key, List<Object> args, String link, long by);

    /** Tells the operators of one OPD. */
    void toOperators(long governmentId, long agencyId, String key, List<Object> args, String link, long by);

    /**
     * Writes a notification from the system unless one with the same {@code onceKey} exists: of
     * concurrent writers (several nodes running the same job) exactly one succeeds. True when written.
     * {@code agencyId} is the OPD for {@link Role#OPERATOR}, else null.
     */
    boolean once(String onceKey, long governmentId, Role audience, Long agencyId, String key, List<Object> args,
            String link);
}
