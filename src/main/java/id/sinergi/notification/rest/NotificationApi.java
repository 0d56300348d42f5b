package id.sinergi.notification.rest;

import id.sinergi.notification.Notification;
import id.sinergi.notification.Notifications;
import id.sinergi.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifikasi", description = "Notifikasi dalam aplikasi untuk pemilik token")
class NotificationApi {

    private static final int MAX = 200;

    private final Notifications notifications;
    private final MessageSource messages;

    NotificationApi(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /** A notification with its text written out; {@code link} is a path of the web application. */
    record Item(long id, String text, String messageKey, List<Object> arguments, String link, Instant createdAt,
            boolean read) {
    }

    record Inbox(long unread, List<Item> items) {
    }

    @GetMapping("/api/v1/me/notifications")
    @Operation(summary = "Notifikasi terbaru (paling banyak 200) dan jumlah yang belum dibaca")
    Inbox inbox(Actor actor, @RequestParam(defaultValue = "50") int limit, Locale locale) {
        int size = Math.max(1, Math.min(MAX, limit));
        List<Item> items = notifications.of(actor, size).stream().map(n -> item(n, locale)).toList();
        return new Inbox(notifications.unread(actor), items);
    }

    @PostMapping("/api/v1/me/notifications/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Tandai semua notifikasi sudah dibaca")
    void markAllRead(Actor actor) {
        notifications.markAllRead(actor);
    }

    private Item item(Notification n, Locale locale) {
        return new Item(n.id(), messages.getMessage(n.messageKey(), n.arguments().toArray(), n.messageKey(), locale),
                n.messageKey(), n.arguments(), n.link(), n.createdAt(), n.read());
    }
}
