package id.sinergi.planning.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    record PlanRow(long id, long governmentId, String name, int startYear, int endYear, String documentReference,
            boolean sample) {
    }

    record IndicatorRow(long id, long planId, String name, String instrumentCode, int fromYear, int toYear,
            BigDecimal baseline) {
    }

    record TargetRow(long keyIndicatorId, int year, BigDecimal target) {
    }

    record CascadeRow(long keyIndicatorId, int year, String indicatorCode, long agencyId, BigDecimal targetLevel) {
    }

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanRow> plans(long governmentId) {
        return jdbc.sql("select id, government_id, name, start_year, end_year, document_reference, sample from regional_plan "
                + "where government_id = ? order by start_year desc, id desc").param(governmentId)
                .query(PlanRow.class).list();
    }

    Optional<PlanRow> plan(long governmentId, long planId) {
        return jdbc.sql("select id, government_id, name, start_year, end_year, document_reference, sample from regional_plan "
                + "where government_id = ? and id = ?").params(governmentId, planId).query(PlanRow.class).optional();
    }

    long insertPlan(long governmentId, String name, int startYear, int endYear, String documentReference, boolean sample) {
        return jdbc.sql("insert into regional_plan (government_id, name, start_year, end_year, document_reference, sample) "
                + "values (?, ?, ?, ?, ?, ?) returning id").params(governmentId, name, startYear, endYear,
                documentReference, sample).query(Long.class).single();
    }

    List<IndicatorRow> indicators(long planId) {
        return jdbc.sql("select id, plan_id, name, instrument_code, from_year, to_year, baseline from key_indicator "
                + "where plan_id = ? order by from_year, id").param(planId).query(IndicatorRow.class).list();
    }

    long insertIndicator(long planId, String name, String instrumentCode, int fromYear, int toYear, BigDecimal baseline) {
        return jdbc.sql("insert into key_indicator (plan_id, name, instrument_code, from_year, to_year, baseline) "
                + "values (?, ?, ?, ?, ?, ?) returning id").params(planId, name, instrumentCode, fromYear, toYear, baseline)
                .query(Long.class).single();
    }

    List<TargetRow> targets(long keyIndicatorId) {
        return jdbc.sql("select key_indicator_id, year, target from key_indicator_target where key_indicator_id = ? "
                + "order by year").param(keyIndicatorId).query(TargetRow.class).list();
    }

    void upsertTarget(long keyIndicatorId, int year, BigDecimal target) {
        jdbc.sql("insert into key_indicator_target (key_indicator_id, year, target) values (?, ?, ?) "
                + "on conflict (key_indicator_id, year) do update set target = excluded.target")
                .params(keyIndicatorId, year, target).update();
    }

    void deleteTarget(long keyIndicatorId, int year) {
        jdbc.sql("delete from key_indicator_target where key_indicator_id = ? and year = ?").params(keyIndicatorId, year)
                .update();
    }

    List<CascadeRow> cascade(long keyIndicatorId) {
        return jdbc.sql("select key_indicator_id, year, indicator_code, agency_id, target_level from indicator_target "
                + "where key_indicator_id = ? order by year, indicator_code").param(keyIndicatorId)
                .query(CascadeRow.class).list();
    }

    void upsertCascade(long keyIndicatorId, int year, String indicatorCode, long agencyId, BigDecimal level, long userId) {
        jdbc.sql("insert into indicator_target (key_indicator_id, year, indicator_code, agency_id, target_level, set_by) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (key_indicator_id, year, indicator_code) do update set "
                + "agency_id = excluded.agency_id, target_level = excluded.target_level, set_by = excluded.set_by, set_at = now()")
                .params(keyIndicatorId, year, indicatorCode, agencyId, level, userId).update();
    }

    void deleteCascade(long keyIndicatorId, int year, String indicatorCode) {
        jdbc.sql("delete from indicator_target where key_indicator_id = ? and year = ? and indicator_code = ?")
                .params(keyIndicatorId, year, indicatorCode).update();
    }
}
