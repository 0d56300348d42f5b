package id.sinergi.framework.domain;

import id.sinergi.framework.InstrumentStatus;
import id.sinergi.framework.InstrumentVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InstrumentVersionRepository {

    private static final String COLUMNS = "code, version, status, sha256, imported_at, published_at, retired_at";

    private final JdbcClient jdbc;

    InstrumentVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises imports of the same code across application instances. */
    void lock(String code) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('instrument:' || ?))").param(code).query().singleRow();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from instrument_version where code = ?").param(code)
                .query(Long.class).single() > 0;
    }

    int nextVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from instrument_version where code = ?").param(code)
                .query(Integer.class).single();
    }

    void insertDraft(String code, int version, String json, String sha256) {
        jdbc.sql("insert into instrument_version (code, version, content, sha256) values (?, ?, cast(? as jsonb), ?)")
                .params(code, version, json, sha256).update();
    }

    Optional<InstrumentVersion> find(String code, int version) {
        return jdbc.sql("select " + COLUMNS + " from instrument_version where code = ? and version = ?")
                .params(code, version).query(InstrumentVersionRepository::version).optional();
    }

    Optional<InstrumentVersion> findPublished(String code) {
        return jdbc.sql("select " + COLUMNS + " from instrument_version where code = ? and status = 'PUBLISHED'")
                .param(code).query(InstrumentVersionRepository::version).optional();
    }

    List<InstrumentVersion> findAllPublished() {
        return jdbc.sql("select " + COLUMNS + " from instrument_version where status = 'PUBLISHED' order by code")
                .query(InstrumentVersionRepository::version).list();
    }

    List<InstrumentVersion> findAll(String code) {
        return jdbc.sql("select " + COLUMNS + " from instrument_version where code = ? order by version")
                .param(code).query(InstrumentVersionRepository::version).list();
    }

    String content(String code, int version) {
        return jdbc.sql("select content::text from instrument_version where code = ? and version = ?")
                .params(code, version).query(String.class).single();
    }

    void retirePublished(String code) {
        jdbc.sql("update instrument_version set status = 'RETIRED', retired_at = now() where code = ? and status = 'PUBLISHED'")
                .param(code).update();
    }

    void markPublished(String code, int version) {
        jdbc.sql("update instrument_version set status = 'PUBLISHED', published_at = now() where code = ? and version = ?")
                .params(code, version).update();
    }

    private static InstrumentVersion version(ResultSet rs, int row) throws SQLException {
        return new InstrumentVersion(rs.getString("code"), rs.getInt("version"),
                InstrumentStatus.valueOf(rs.getString("status")), rs.getString("sha256"),
                instant(rs.getTimestamp("imported_at")), instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("retired_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
