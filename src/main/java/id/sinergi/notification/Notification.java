package id.sinergi.notification;

import java.time.Instant;
import java.util.List;

/** Something that happened and concerns the reader: {@code messageKey} and its arguments say what. */
public record Notification(long id, String messageKey, List<Object> arguments, String link, Instant createdAt,
        boolean read) {

    public Notification {
        arguments = List.copyOf(arguments);
    }
}
