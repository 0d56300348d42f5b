package id.sinergi.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Flyway really ran against the real (embedded) PostgreSQL: without its database module it would silently skip. */
class MigrationsTest extends WebTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsRanOnPostgresql() {
        List<String> applied = jdbc.sql("select description from flyway_schema_history where success order by installed_rank")
                .query(String.class).list();
        assertThat(applied).contains("create instrument version");
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'instrument_version'")
                .query(Long.class).single()).isEqualTo(1L);
    }
}
