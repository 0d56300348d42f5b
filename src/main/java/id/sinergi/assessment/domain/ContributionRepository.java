package id.sinergi.assessment.domain;

import id.sinergi.assessment.Answer;
import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.IndicatorStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
                        + "explanation, status, updated_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, "
                        + "case when ? = 'SUBMITTED' then now() end) on conflict do nothing")
                .params(assessmentId, governmentId, indicatorCode, agencyId, value, explanation, status.name(), userId,
                        status.name()).update() == 1;
    }

    /** Writes only if the row is still at {@code expectedVersion}; false means a conflict. */
    boolean update(long id, int expectedVersion, BigDecimal value, String explanation, IndicatorStatus status,
            String returnReason, long userId) {
        return jdbc.sql("update contribution set value = ?, explanation = ?, status = ?, return_reason = ?, "
                        + "version = version + 1, updated_by = ?, updated_at = now(), "
                        + "submitted_at = case when ? = 'SUBMITTED' then now() else submitted_at end "
                        + "where id = ? and version = ?")
                .params(value, explanation, status.name(), returnReason, userId, status.name(), id, expectedVersion)
                .update() == 1;
    }

    /** Records a review decision on a contribution's latest submission. */
    void recordReview(long contributionId, long assessmentId, IndicatorStatus decision) {
        jdbc.sql("insert into contribution_review (contribution_id, assessment_id, submitted_at, decision) "
                        + "select id, ?, least(coalesce(submitted_at, updated_at), now()), ? from contribution where id = ?")
                .params(assessmentId, decision.name(), contributionId).update();
    }

    /** How many review decisions an assessment has had and their mean duration in seconds (null without any). */
    Map.Entry<Long, Double> reviewTurnaround(long assessmentId) {
        return jdbc.sql("select count(*), avg(extract(epoch from decided_at - submitted_at)) from contribution_review "
                        + "where assessment_id = ?").param(assessmentId)
                .query((rs, row) -> new java.util.AbstractMap.SimpleImmutableEntry<>(rs.getLong(1),
                        rs.getObject(2) == null ? null : rs.getDouble(2))).single();
    }

    boolean attach(long contributionId, long evidenceId) {
        return jdbc.sql("insert into contribution_evidence (contribution_id, evidence_id) values (?, ?) on conflict do nothing")
                .params(contributionId, evidenceId).update() == 1;
    }

    List<Long> evidenceIds(long contributionId) {
        return jdbc.sql("select evidence_id from contribution_evidence where contribution_id = ? order by attached_at")
                .param(contributionId).query(Long.class).list();
    }

    boolean detach(long contributionId, long evidenceId) {
        return jdbc.sql("delete from contribution_evidence where contribution_id = ? and evidence_id = ?")
                .params(contributionId, evidenceId).update() == 1;
    }

    /** The evidence behind each answer, per indicator: what the coordinator chose (or approved). */
    Map<String, List<Long>> answerEvidence(long assessmentId) {
        Map<String, List<Long>> evidence = new TreeMap<>();
        jdbc.sql("select indicator_code, evidence_id from answer_evidence where assessment_id = ? "
                        + "order by indicator_code, evidence_id").param(assessmentId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> evidence.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return evidence;
    }

    /** The government's latest earlier assessment (by period year), if any. */
    Optional<Long> previousAssessment(long assessmentId) {
        return jdbc.sql("select a.id from assessment a join evaluation_period p on p.id = a.period_id "
                        + "join assessment cur on cur.government_id = a.government_id join evaluation_period cp on cp.id = cur.period_id "
                        + "where cur.id = ? and p.year < cp.year order by p.year desc, a.id desc limit 1")
                .param(assessmentId).query(Long.class).optional();
    }

    /**
     * Evidence that supported an indicator in an assessment: chosen for its answer, or attached to the
     * given OPD's own contribution.
     */
    List<Long> evidenceFor(long assessmentId, String indicatorCode, long agencyId) {
        return jdbc.sql("select evidence_id from answer_evidence where assessment_id = :assessment and indicator_code = :code "
                        + "union select ce.evidence_id from contribution_evidence ce join contribution c on c.id = ce.contribution_id "
                        + "where c.assessment_id = :assessment and c.indicator_code = :code and c.agency_id = :agency "
                        + "order by evidence_id")
                .param("assessment", assessmentId).param("code", indicatorCode).param("agency", agencyId)
                .query(Long.class).list();
    }

    /**
     * Moves the attachments of a replaced file to its new version, in contributions still being
     * written (draft or returned) of assessments whose self-assessment is not frozen.
     */
    List<Long> repoint(long previousId, long newId) {
        return jdbc.sql("""
                update contribution_evidence ce set evidence_id = :new, attached_at = now()
                from contribution c
                where c.id = ce.contribution_id and ce.evidence_id = :old and c.status in (%s)
                  and not exists (select 1 from stage_snapshot s where s.assessment_id = c.assessment_id)
                  and not exists (select 1 from contribution_evidence x where x.contribution_id = ce.contribution_id
                                  and x.evidence_id = :new)
                returning ce.contribution_id""".formatted(IndicatorStatus.editableSql())).param("new", newId).param("old", previousId).query(Long.class).list();
    }

    Map<Long, List<String>> evidenceUse(long governmentId) {
        Map<Long, List<String>> use = new java.util.HashMap<>();
        jdbc.sql("select distinct u.evidence_id, p.year, u.indicator_code from ("
                        + "select ce.evidence_id, c.assessment_id, c.indicator_code from contribution_evidence ce "
                        + "join contribution c on c.id = ce.contribution_id where c.government_id = :government union "
                        + "select ae.evidence_id, ae.assessment_id, ae.indicator_code from answer_evidence ae "
                        + "join assessment s on s.id = ae.assessment_id where s.government_id = :government) u "
                        + "join assessment a on a.id = u.assessment_id join evaluation_period p on p.id = a.period_id "
                        + "order by p.year desc, u.indicator_code").param("government", governmentId)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2) + " · " + rs.getString(3))).list()
                .forEach(e -> use.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return use;
    }

    boolean evidenceInUse(long governmentId, long evidenceId) {
        return jdbc.sql("select exists (select 1 from contribution_evidence ce join contribution c on c.id = ce.contribution_id "
                        + "where c.government_id = ? and ce.evidence_id = ?) or exists (select 1 from answer_evidence ae "
                        + "join answer a on a.assessment_id = ae.assessment_id and a.indicator_code = ae.indicator_code "
                        + "where a.government_id = ? and ae.evidence_id = ?)")
                .params(governmentId, evidenceId, governmentId, evidenceId).query(Boolean.class).single();
    }

    /** The OPDs whose contributions (in any period) have the evidence attached. */
    java.util.Set<Long> agenciesUsing(long governmentId, long evidenceId) {
        return new java.util.HashSet<>(jdbc.sql("select distinct c.agency_id from contribution_evidence ce "
                        + "join contribution c on c.id = ce.contribution_id where c.government_id = ? and ce.evidence_id = ?")
                .params(governmentId, evidenceId).query(Long.class).list());
    }

    List<Long> answerEvidenceIds(long assessmentId, String indicatorCode) {
        return jdbc.sql("select evidence_id from answer_evidence where assessment_id = ? and indicator_code = ? "
                        + "order by chosen_at, evidence_id").params(assessmentId, indicatorCode).query(Long.class).list();
    }

    /** Approving a contribution adds its evidence to the answer's. */
    void addAnswerEvidenceFrom(long assessmentId, String indicatorCode, long contributionId) {
        jdbc.sql("insert into answer_evidence (assessment_id, indicator_code, evidence_id) select ?, ?, evidence_id "
                        + "from contribution_evidence where contribution_id = ? on conflict do nothing")
                .params(assessmentId, indicatorCode, contributionId).update();
    }

    void replaceAnswerEvidence(long assessmentId, String indicatorCode, List<Long> evidenceIds) {
        jdbc.sql("delete from answer_evidence where assessment_id = ? and indicator_code = ?")
                .params(assessmentId, indicatorCode).update();
        for (long id : evidenceIds) {
            jdbc.sql("insert into answer_evidence (assessment_id, indicator_code, evidence_id) values (?, ?, ?) "
                    + "on conflict do nothing").params(assessmentId, indicatorCode, id).update();
        }
    }

    Optional<Answer> answer(long assessmentId, String indicatorCode) {
        return jdbc.sql("select indicator_code, value, explanation, version from answer where assessment_id = ? "
                        + "and indicator_code = ?").params(assessmentId, indicatorCode)
                .query((rs, row) -> new Answer(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros(), rs.getString(3),
                        rs.getInt(4))).optional();
    }

    /** Writes the coordinator's consolidated answer if it is still at {@code expectedVersion} (0: none yet). */
    boolean writeAnswer(long assessmentId, long governmentId, String indicatorCode, int expectedVersion, BigDecimal value,
            String explanation, long userId) {
        if (expectedVersion == 0) {
            return jdbc.sql("insert into answer (assessment_id, government_id, indicator_code, value, explanation, updated_by) "
                            + "values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(assessmentId, governmentId, indicatorCode, value, explanation, userId).update() == 1;
        }
        return jdbc.sql("update answer set value = ?, explanation = ?, version = version + 1, updated_by = ?, "
                        + "updated_at = now() where assessment_id = ? and indicator_code = ? and version = ?")
                .params(value, explanation, userId, assessmentId, indicatorCode, expectedVersion).update() == 1;
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
