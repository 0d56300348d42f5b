package id.sinergi.monitoring.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The few reads rankings need beyond {@link ResultRepository}: what tells a cached year is still current. */
@Repository
class RankingRepository {

    /**
     * A published year's fingerprint: any record, publication or change of a result changes it
     * (count, latest recording, index sum, samples); {@code national} fingerprints the national figures.
     */
    record Stamp(int year, long count, Timestamp lastRecorded, BigDecimal sum, long samples, String national) {
    }

    private final JdbcClient jdbc;

    RankingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One query: every published year's stamp, newest first. */
    List<Stamp> stamps() {
        return jdbc.sql("select year, count(*), max(recorded_at), sum(index_value), count(*) filter (where sample), "
                        + "(select md5(coalesce(string_agg(n::text, '|' order by n.year), '')) from national_result n) "
                        + "from government_result where published group by year order by year desc")
                .query((rs, row) -> new Stamp(rs.getInt(1), rs.getLong(2), rs.getTimestamp(3), rs.getBigDecimal(4),
                        rs.getLong(5), rs.getString(6))).list();
    }
}
