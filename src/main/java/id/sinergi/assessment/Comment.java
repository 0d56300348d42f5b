package id.sinergi.assessment;

import java.time.Instant;

/** One message in an indicator's thread. */
public record Comment(long id, String indicatorCode, String authorName, String body, Instant createdAt) {
}
