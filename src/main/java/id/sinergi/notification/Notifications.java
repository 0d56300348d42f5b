package id.sinergi.notification;

import id.sinergi.shared.Actor;
import id.sinergi.shared.UnreadCounter;
import java.util.List;

/**
 * The in-app notifications of the signed-in person (assignments, submissions, returns, comments,
 * schedule changes, deadline reminders), addressed to the role they hold: the coordinators of a
 * government, the operators of one OPD, or the assessors of a government.
 */
public interface Notifications extends UnreadCounter {

    List<Notification> of(Actor actor, int limit);

    /** One count over the actor's audiences; the page header shows it on every page. */
    @Override
    long unread(Actor actor);

    void markAllRead(Actor actor);
}
