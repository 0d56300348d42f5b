package id.sinergi.assessment.domain;

import id.sinergi.assessment.Answer;
import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.IndicatorStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ContributionRepository {

    private static final String CONTRIBUTION = "select id, indicator_code, agency_id, value, explanation, status, "
            + "return_reason, version, updated_at from contribution";

    private final JdbcClient jdbc;

    ContributionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Contribution> find(long assessmentId, String indicatorCode, long agencyId) {
        return jdbc.sql(CONTRIBUTION + " where assessment_id = ? and indicator_code = ? and agency_id = ?")
                .params(assessmentId, indicatorCode, agencyId).query(ContributionRepository::contribution).optional();
    }

    Optional<Contribution> find(long assessmentId, long contributionId) {
        return jdbc.sql(CONTRIBUTION + " where assessment_id = ? and id = ?").params(assessmentId, contributionId)
                .query(ContributionRepository::contribution).optional();
    }

    List<Contribution> all(long assessmentId) {
        return jdbc.sql(CONTRIBUTION + " where assessment_id = ? order by indicator_code, agency_id").param(assessmentId)
                .query(ContributionRepository::contribution).list();
    }

    /** Inserts the first version; false when someone else inserted it first. */
    boolean insert(long assessmentId, long governmentId, String indicatorCode, long agencyId, BigDecimal value,
            String explanation, IndicatorStatus status, long userId) {
        return jdbc.sql("insert into contribution (assessment_id, government_id, indicator_code, agency_id, value, "
                        + "explanation, status, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(assessmentId, governmentId, indicatorCode, agencyId, value, explanation, status.name(), userId)
                .update() == 1;
    }

    /** Writes only if the row is still at {@code expectedVersion}; false means a conflict. */
    boolean update(long id, int expectedVersion, BigDecimal value, String explanation, IndicatorStatus status,
            String returnReason, long userId) {
        return jdbc.sql("update contribution set value = ?, explanation = ?, status = ?, return_reason = ?, "
                        + "version = version + 1, updated_by = ?, updated_at = now() where id = ? and version = ?")
                .params(value, explanation, status.name(), returnReason, userId, id, expectedVersion).update() == 1;
    }

    boolean attach(long contributionId, long evidenceId) {
        return jdbc.sql("insert into contribution_evidence (contribution_id, evidence_id) values (?, ?) on conflict do nothing")
                .params(contributionId, evidenceId).update() == 1;
    }

    List<Long> evidenceIds(long contributionId) {
        return jdbc.sql("select evidence_id from contribution_evidence where contribution_id = ? order by attached_at")
                .param(contributionId).query(Long.class).list();
    }

    List<Answer> answers(long assessmentId) {
        return jdbc.sql("select indicator_code, value, explanation, version from answer where assessment_id = ?")
                .param(assessmentId).query((rs, row) -> new Answer(rs.getString(1), rs.getBigDecimal(2), rs.getString(3),
                        rs.getInt(4))).list();
    }

    void upsertAnswer(long assessmentId, long governmentId, String indicatorCode, BigDecimal value, String explanation,
            long userId) {
        jdbc.sql("insert into answer (assessment_id, government_id, indicator_code, value, explanation, updated_by) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (assessment_id, indicator_code) do update set "
                        + "value = excluded.value, explanation = excluded.explanation, version = answer.version + 1, "
                        + "updated_by = excluded.updated_by, updated_at = now()")
                .params(assessmentId, governmentId, indicatorCode, value, explanation, userId).update();
    }

    private static Contribution contribution(ResultSet rs, int row) throws SQLException {
        return new Contribution(rs.getLong("id"), rs.getString("indicator_code"), rs.getLong("agency_id"),
                rs.getBigDecimal("value").stripTrailingZeros(), rs.getString("explanation"),
                IndicatorStatus.valueOf(rs.getString("status")), rs.getString("return_reason"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
