package id.sinergi.monitoring.domain;

import id.sinergi.monitoring.ResultImports.YearSummary;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What an import reads besides the registry: the year's current results, and the years' counts. */
@Repository
class ResultImportRepository {

    private final JdbcClient jdbc;

    ResultImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The index each government already has for the year (what an import would replace). */
    Map<Long, BigDecimal> indexOf(int year) {
        Map<Long, BigDecimal> indices = new HashMap<>();
        jdbc.sql("select government_id, index_value from government_result where year = ?").param(year)
                .query(rs -> {
                    indices.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return indices;
    }

    List<YearSummary> years() {
        return jdbc.sql("select year, string_agg(distinct instrument_code, ', ' order by instrument_code), count(*), "
                        + "count(*) filter (where published), count(*) filter (where source = 'IMPORT'), "
                        + "count(*) filter (where source = 'ASSESSMENT') from government_result group by year order by year desc")
                .query((rs, n) -> new YearSummary(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6)))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from government_result").query(Long.class).single();
    }
}
