package id.sinergi.assessment.domain;

import id.sinergi.assessment.AssessmentProblem;
import id.sinergi.assessment.Comment;
import id.sinergi.assessment.Comments;
import id.sinergi.audit.AuditLog;
import id.sinergi.notification.Notifier;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import id.sinergi.shared.NotFoundException;
import id.sinergi.shared.Role;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CommentService implements Comments {

    static final int MAX_BODY = 4000;

    private final EvaluationRepository evaluations;
    private final JdbcClient jdbc;
    private final Notifier notifications;
    private final AuditLog audit;

    CommentService(EvaluationRepository evaluations, JdbcClient jdbc, Notifier notifications, AuditLog audit) {
        this.notifications = notifications;
        this.evaluations = evaluations;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Comment> thread(Actor actor, long governmentId, long periodId, String indicatorCode) {
        long assessmentId = allowed(actor, governmentId, periodId, indicatorCode);
        return jdbc.sql("select id, indicator_code, author_name, body, created_at from indicator_comment "
                        + "where assessment_id = ? and indicator_code = ? order by id")
                .params(assessmentId, indicatorCode)
                .query((rs, row) -> new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    @Override
    @Transactional
    public Comment add(Actor actor, long governmentId, long periodId, String indicatorCode, String body) {
        actor.require(actor.canWrite(governmentId));
        long assessmentId = allowed(actor, governmentId, periodId, indicatorCode);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_BODY) {
            throw new AssessmentProblem("comment.body", MAX_BODY);
        }
        long id = jdbc.sql("insert into indicator_comment (assessment_id, government_id, indicator_code, author_id, "
                        + "author_name, body) values (?, ?, ?, ?, ?, ?) returning id")
                .params(assessmentId, governmentId, indicatorCode, actor.userId(), actor.displayName(), text)
                .query(Long.class).single();
        audit.record("comment.add", "indicator_comment", id, governmentId, null,
                Map.of("indicator", indicatorCode, "body", text));
        String base = "/instansi/" + governmentId + "/evaluasi/" + periodId;
        List<Object> args = List.of(indicatorCode, actor.displayName());
        notifications.toCoordinators(governmentId, "notify.comment", args, base + "/indikator/" + indicatorCode + "#komentar",
                actor.userId());
        evaluations.assignments(assessmentId).stream().filter(a -> a.indicatorCode().equals(indicatorCode))
                .forEach(a -> notifications.toOperators(governmentId, a.agencyId(), "notify.comment", args,
                        base + "/opd/" + a.agencyId() + "#work-" + indicatorCode, actor.userId()));
        return thread(actor, governmentId, periodId, indicatorCode).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow();
    }

    /** The assessment id, once the actor may take part in this indicator's thread. */
    private long allowed(Actor actor, long governmentId, long periodId, String indicatorCode) {
        actor.require(actor.canRead(governmentId));
        long assessmentId = evaluations.assessmentId(periodId, governmentId).orElseThrow(NotFoundException::new);
        if (ContributionService.isOnlyOperator(actor, governmentId)) {
            List<Long> ownAgencies = actor.grants().stream()
                    .filter(g -> g.role() == Role.OPERATOR && Objects.equals(g.governmentId(), governmentId))
                    .map(Grant::agencyId).toList();
            actor.require(evaluations.assignments(assessmentId).stream()
                    .anyMatch(a -> a.indicatorCode().equals(indicatorCode) && ownAgencies.contains(a.agencyId())));
        }
        return assessmentId;
    }
}
