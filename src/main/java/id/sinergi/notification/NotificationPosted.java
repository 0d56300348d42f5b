package id.sinergi.notification;

import id.sinergi.shared.Role;
import java.util.List;

/**
 * A notification was written for an audience: the holders of {@code audience} in the government
 * (only those of {@code agencyId} for operators). Published in the transaction that wrote it, so
 * listeners that act after commit (e-mail) never act on a change that was rolled back.
 * {@code arguments} are ready for a {@code MessageSource} (nested terms such as a stage's name are
 * {@code MessageSourceResolvable}s); {@code link} is a path of this application; {@code causedBy} is
 * the user whose action it reports (null for the system), who is not told of their own action.
 */
public record NotificationPosted(long notificationId, long governmentId, Role audience, Long agencyId,
        String messageKey, List<Object> arguments, String link, Long causedBy) {

    public NotificationPosted {
        arguments = List.copyOf(arguments);
    }
}
