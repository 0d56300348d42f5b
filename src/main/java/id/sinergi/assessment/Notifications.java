package id.sinergi.assessment;

import id.sinergi.shared.Actor;
import java.util.List;

/** The in-app notifications of the signed-in person (assignments, returns, comments). */
public interface Notifications {

    List<Notification> of(Actor actor, int limit);

    long unread(Actor actor);

    void markAllRead(Actor actor);
}
