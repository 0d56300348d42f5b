package id.sinergi.platform.web;

import id.sinergi.shared.LocalizedText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page template needs: {@code ui.t("key")} reads {@code messages*.properties} in the
 * user's language; the CSRF field for forms; who is signed in (null when nobody); {@code path}
 * and {@code query} let the layout link the same page in the other language; {@code unread} counts the
 * signed-in person's unread notifications for the header; {@code zone} is the application clock's.
 */
public record Ui(MessageSource messages, Locale locale, String path, String query, String csrfParameter,
        String csrfToken, String userName, boolean nationalAdmin, long unread, ZoneId zone) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String t(LocalizedText text) {
        return text.in(locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean signedIn() {
        return userName != null;
    }

    /** A plain decimal ("3.19") written the way the reader expects: "3,19" in Indonesian. */
    public String n(String plainDecimal) {
        return plainDecimal == null || english() ? plainDecimal : plainDecimal.replace('.', ',');
    }

    /** A moment as a date and time in the application's zone, with the zone's short name ("2026-11-27 14:05 WIB"). */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DATE_TIME.format(instant.atZone(zone)) + " " + zoneName();
    }

    private String zoneName() {
        return "Asia/Jakarta".equals(zone.getId()) ? "WIB" : zone.getId();
    }

    /** The current page in the other language. */
    public String switchLanguageHref() {
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", english() ? "id" : "en")
                .build().toUriString();
    }

    public boolean english() {
        return "en".equals(lang());
    }
}
