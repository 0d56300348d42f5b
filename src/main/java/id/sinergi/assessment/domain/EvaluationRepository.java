package id.sinergi.assessment.domain;

import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageWindow;
import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EvaluationRepository {

    private static final String PERIOD = "select p.id, p.year, p.name, p.instrument_code, p.instrument_version, p.sample, "
            + "(select count(*) from assessment a where a.period_id = p.id) as participants from evaluation_period p";

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Assignment(String indicatorCode, long agencyId, boolean lead) {
    }

    boolean periodExists(int year, String instrumentCode) {
        return jdbc.sql("select count(*) from evaluation_period where year = ? and instrument_code = ?")
                .params(year, instrumentCode).query(Long.class).single() > 0;
    }

    long insertPeriod(int year, String name, String instrumentCode, int version, boolean sample) {
        return jdbc.sql("insert into evaluation_period (year, name, instrument_code, instrument_version, sample) "
                + "values (?, ?, ?, ?, ?) returning id")
                .params(year, name, instrumentCode, version, sample).query(Long.class).single();
    }

    void insertStage(long periodId, StageWindow window) {
        jdbc.sql("insert into period_stage (period_id, stage, opens_on, closes_on) values (?, ?, ?, ?)")
                .params(periodId, window.stage().name(), Date.valueOf(window.opensOn()), Date.valueOf(window.closesOn()))
                .update();
    }

    void updateStage(long periodId, StageWindow window) {
        jdbc.sql("update period_stage set opens_on = ?, closes_on = ? where period_id = ? and stage = ?")
                .params(Date.valueOf(window.opensOn()), Date.valueOf(window.closesOn()), periodId, window.stage().name())
                .update();
    }

    void lockPeriod(long periodId) {
        jdbc.sql("select id from evaluation_period where id = ? for update").param(periodId).query().listOfRows();
    }

    /** The governments taking part in a period. */
    List<Long> participants(long periodId) {
        return jdbc.sql("select government_id from assessment where period_id = ? order by government_id")
                .param(periodId).query(Long.class).list();
    }

    void insertAssessment(long periodId, long governmentId) {
        jdbc.sql("insert into assessment (period_id, government_id) values (?, ?)").params(periodId, governmentId).update();
    }

    List<EvaluationPeriod> periods() {
        return jdbc.sql(PERIOD + " order by p.year desc, p.id desc").query((rs, row) -> rs.getLong("id")).list()
                .stream().map(id -> period(id).orElseThrow()).toList();
    }

    List<EvaluationPeriod> periodsOf(List<Long> governmentIds) {
        if (governmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct p.id, p.year from evaluation_period p join assessment a on a.period_id = p.id "
                        + "where a.government_id in (:ids) order by p.year desc, p.id desc")
                .param("ids", governmentIds).query((rs, row) -> rs.getLong("id")).list()
                .stream().map(id -> period(id).orElseThrow()).toList();
    }

    Optional<EvaluationPeriod> period(long id) {
        return jdbc.sql(PERIOD + " where p.id = ?").param(id).query((rs, row) -> new EvaluationPeriod(rs.getLong("id"),
                rs.getInt("year"), rs.getString("name"), rs.getString("instrument_code"), rs.getInt("instrument_version"),
                stages(rs.getLong("id")), rs.getInt("participants"), rs.getBoolean("sample"))).optional();
    }

    private List<StageWindow> stages(long periodId) {
        List<StageWindow> windows = new ArrayList<>(jdbc.sql("select stage, opens_on, closes_on from period_stage where period_id = ?")
                .param(periodId).query((rs, row) -> new StageWindow(Stage.valueOf(rs.getString(1)),
                        rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate())).list());
        windows.sort((a, b) -> a.stage().compareTo(b.stage()));
        return windows;
    }

    Optional<Long> assessmentId(long periodId, long governmentId) {
        return jdbc.sql("select id from assessment where period_id = ? and government_id = ?")
                .params(periodId, governmentId).query(Long.class).optional();
    }

    List<Assignment> assignments(long assessmentId) {
        return jdbc.sql("select indicator_code, agency_id, lead from indicator_assignment where assessment_id = ? "
                + "order by indicator_code, lead desc, agency_id").param(assessmentId)
                .query((rs, row) -> new Assignment(rs.getString(1), rs.getLong(2), rs.getBoolean(3))).list();
    }

    void replaceAssignment(long assessmentId, long governmentId, String indicatorCode, List<Long> agencyIds, Long lead) {
        jdbc.sql("delete from indicator_assignment where assessment_id = ? and indicator_code = ?")
                .params(assessmentId, indicatorCode).update();
        for (Long agencyId : agencyIds) {
            jdbc.sql("insert into indicator_assignment (assessment_id, government_id, indicator_code, agency_id, lead) "
                    + "values (?, ?, ?, ?, ?)").params(assessmentId, governmentId, indicatorCode, agencyId,
                    agencyId.equals(lead)).update();
        }
    }

    /** Per indicator, the latest assignment, contribution, answer, comment or assessor value. */
    Map<String, Instant> lastActivity(long assessmentId) {
        Map<String, Instant> latest = new HashMap<>();
        jdbc.sql("select indicator_code, max(at) from ("
                        + "select indicator_code, assigned_at as at from indicator_assignment where assessment_id = :id "
                        + "union all select indicator_code, updated_at from contribution where assessment_id = :id "
                        + "union all select indicator_code, updated_at from answer where assessment_id = :id "
                        + "union all select indicator_code, created_at from indicator_comment where assessment_id = :id "
                        + "union all select indicator_code, updated_at from stage_value where assessment_id = :id"
                        + ") activity group by indicator_code")
                .param("id", assessmentId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant())).list()
                .forEach(e -> latest.put(e.getKey(), e.getValue()));
        return latest;
    }

    void lockAssessment(long assessmentId) {
        jdbc.sql("select id from assessment where id = ? for update").param(assessmentId).query().listOfRows();
    }

    static Map<String, Object> asMap(Assignment assignment) {
        return Map.of("agencyId", assignment.agencyId(), "lead", assignment.lead());
    }
}
