package id.sinergi.mail.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code from}: the sender address ({@code MAIL_FROM}); {@code baseUrl}: where people open Sinergi
 * ({@code SINERGI_BASE_URL}), put before the links of notifications.
 */
@ConfigurationProperties("sinergi.mail")
record MailProperties(@DefaultValue("sinergi@localhost") String from, @DefaultValue("http://localhost:8080") String baseUrl) {

    MailProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
