package id.sinergi.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The token that guards {@code /api/v1/admin/**} until real accounts and roles exist. */
@ConfigurationProperties("sinergi.admin")
public record AdminTokenProperties(String token) {
}
