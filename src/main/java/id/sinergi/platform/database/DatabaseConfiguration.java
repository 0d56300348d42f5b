package id.sinergi.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("sinergi");
        config.setMaximumPoolSize(properties.maximumPoolSize());
        if (properties.useEmbedded()) {
            EmbeddedPostgres postgres = EmbeddedPostgresServer.start(properties.embedded().dataDirectory());
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            return new EmbeddedPool(config);
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
        }
        return new HikariDataSource(config);
    }

    /** A pool on the embedded server: the server is stopped at exit only after this has closed. */
    static final class EmbeddedPool extends HikariDataSource {

        EmbeddedPool(HikariConfig config) {
            super(config);
            EmbeddedPostgresServer.retain();
        }

        @Override
        public void close() {
            boolean open = !isClosed();
            try {
                super.close();
            } finally {
                if (open) {
                    EmbeddedPostgresServer.release();
                }
            }
        }
    }
}
