package id.sinergi.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data live. With no {@code url} (no {@code DB_URL}), Sinergi starts its own PostgreSQL
 * with the data under {@code embedded.dataDirectory}; an empty directory means a throw-away one.
 */
@ConfigurationProperties("sinergi.database")
public record DatabaseProperties(String url, String username, String password,
        @DefaultValue("10") int maximumPoolSize, @DefaultValue Embedded embedded) {

    public boolean useEmbedded() {
        return url == null || url.isBlank();
    }

    public record Embedded(@DefaultValue("./data/postgres") String dataDirectory) {
    }
}
