package id.sinergi.notification.web;

import id.sinergi.notification.Notifications;
import id.sinergi.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifikasi")
    String list(Actor actor, Model model) {
        model.addAttribute("page", new NotificationPages.NotificationsPage(notifications.of(actor, 100),
                notifications.unread(actor)));
        return "notification/notifications";
    }

    @PostMapping("/notifikasi/dibaca")
    String markRead(Actor actor) {
        notifications.markAllRead(actor);
        return "redirect:/notifikasi";
    }

}
