package id.sinergi.monitoring.domain;

import id.sinergi.monitoring.NationalResult;
import id.sinergi.monitoring.ResultSource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ResultRepository {

    private static final String COLUMNS = "select id, government_id, year, instrument_code, index_value, predicate, source, "
            + "source_note, sample, published, recorded_at from government_result ";

    /** A stored row, before the government's registry data are added. */
    record Row(long id, long governmentId, int year, String instrumentCode, BigDecimal index, String predicate,
            ResultSource source, String sourceNote, boolean sample, boolean published, Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    ResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> publishedOf(int year) {
        return jdbc.sql(COLUMNS + "where year = ? and published order by index_value desc, government_id").param(year)
                .query(ResultRepository::row).list();
    }

    List<Integer> publishedYears() {
        return jdbc.sql("select distinct year from government_result where published order by year desc")
                .query(Integer.class).list();
    }

    List<Row> ofGovernment(long governmentId) {
        return jdbc.sql(COLUMNS + "where government_id = ? order by year").param(governmentId)
                .query(ResultRepository::row).list();
    }

    Optional<Row> of(long governmentId, int year) {
        return jdbc.sql(COLUMNS + "where government_id = ? and year = ?").params(governmentId, year)
                .query(ResultRepository::row).optional();
    }

    /** Inserts or replaces the government's result of the year; returns its id. */
    long upsert(long governmentId, int year, String instrumentCode, BigDecimal index, String indexExact,
            String predicate, ResultSource source, String sourceNote, boolean sample, boolean published, Long userId) {
        return jdbc.sql("insert into government_result (government_id, year, instrument_code, index_value, index_exact, "
                        + "predicate, source, source_note, sample, published, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (government_id, year) do update set instrument_code = excluded.instrument_code, "
                        + "index_value = excluded.index_value, index_exact = excluded.index_exact, predicate = excluded.predicate, "
                        + "source = excluded.source, source_note = excluded.source_note, sample = excluded.sample, "
                        + "published = excluded.published, recorded_by = excluded.recorded_by, recorded_at = now() returning id")
                .params(governmentId, year, instrumentCode, index, indexExact, predicate, source.name(), sourceNote, sample,
                        published, userId).query(Long.class).single();
    }

    int publishYear(int year) {
        return jdbc.sql("update government_result set published = true where year = ? and not published").param(year).update();
    }

    List<NationalResult> national() {
        return jdbc.sql("select year, instrument_code, index_value, evaluated, note, source_note from national_result order by year")
                .query((rs, row) -> new NationalResult(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getString(6))).list();
    }

    void upsertNational(NationalResult result) {
        jdbc.sql("insert into national_result (year, instrument_code, index_value, evaluated, note, source_note) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (year) do update set instrument_code = excluded.instrument_code, "
                        + "index_value = excluded.index_value, evaluated = excluded.evaluated, note = excluded.note, "
                        + "source_note = excluded.source_note")
                .params(result.year(), result.instrumentCode(), result.index(), result.evaluated(), result.note(),
                        result.sourceNote()).update();
    }

    long count() {
        return jdbc.sql("select count(*) from government_result").query(Long.class).single();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("government_id"), rs.getInt("year"), rs.getString("instrument_code"),
                rs.getBigDecimal("index_value"), rs.getString("predicate"), ResultSource.valueOf(rs.getString("source")),
                rs.getString("source_note"), rs.getBoolean("sample"), rs.getBoolean("published"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
