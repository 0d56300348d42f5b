package id.sinergi.notification.web;

import id.sinergi.notification.Notification;
import java.util.List;

/** View models of the notification page (public: the precompiled jte templates read them). */
public final class NotificationPages {

    private NotificationPages() {
    }

    public record NotificationsPage(List<Notification> notifications, long unread) {
    }
}
