package id.sinergi.assessment.domain;

import id.sinergi.assessment.IndicatorStatus;
import id.sinergi.assessment.DeadlineReminders;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.audit.AuditLog;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.notification.Notifier;
import id.sinergi.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class DeadlineReminderService implements DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminderService.class);

    /** {@code daysBefore}: remind from this many days before a window closes until its last day. */
    @ConfigurationProperties("sinergi.reminders")
    record ReminderProperties(@DefaultValue("3") int daysBefore) {

        ReminderProperties {
            if (daysBefore < 0) {
                throw new IllegalArgumentException("sinergi.reminders.days-before must not be negative: " + daysBefore);
            }
        }
    }

    private final JdbcClient jdbc;
    private final EvaluationRepository evaluations;
    private final StageRepository stages;
    private final InstrumentCatalog instruments;
    private final Notifier notifications;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReminderProperties properties;

    DeadlineReminderService(JdbcClient jdbc, EvaluationRepository evaluations, StageRepository stages,
            InstrumentCatalog instruments, Notifier notifications, AuditLog audit,
            TransactionTemplate transactions, Clock clock, ReminderProperties properties) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.stages = stages;
        this.instruments = instruments;
        this.notifications = notifications;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** Every morning at seven in Jakarta (WIB), on every node; the database keeps it to one reminder each. */
    @Scheduled(cron = "${sinergi.reminders.cron:0 0 7 * * *}", zone = "Asia/Jakarta")
    void daily() {
        LocalDate today = LocalDate.now(clock);
        int written = remind(today);
        log.info("Deadline reminders of {}: {} written", today, written);
    }

    @Override
    public int remind(LocalDate day) {
        int written = 0;
        Map<Long, Integer> indicatorCounts = new HashMap<>();
        for (Due due : due(day, day.plusDays(properties.daysBefore()))) {
            int total = indicatorCounts.computeIfAbsent(due.period().id(), id -> instruments
                    .findVersion(due.period().instrumentCode(), due.period().instrumentVersion()).orElseThrow()
                    .indicators().size());
            try {
                Integer count = transactions.execute(status -> remind(due, day, total));
                written += count == null ? 0 : count;
            } catch (RuntimeException e) {
                log.warn("Deadline reminder of assessment {} ({}) failed; the others go on", due.assessmentId(),
                        due.stage(), e);
            }
        }
        return written;
    }

    /** A stage of one assessment whose window is open on the day and closes soon, not yet frozen. */
    private record Due(long assessmentId, long governmentId, EvaluationPeriod period, Stage stage, LocalDate closesOn) {
    }

    private List<Due> due(LocalDate day, LocalDate last) {
        Map<Long, EvaluationPeriod> periods = new HashMap<>();
        return jdbc.sql("select a.id, a.government_id, s.period_id, s.stage, s.closes_on from period_stage s "
                        + "join assessment a on a.period_id = s.period_id "
                        + "where s.closes_on between :day and :last "
                        + "and not exists (select 1 from stage_snapshot f where f.assessment_id = a.id and f.stage = s.stage) "
                        + "order by a.id, s.stage")
                .param("day", java.sql.Date.valueOf(day)).param("last", java.sql.Date.valueOf(last))
                .query((rs, row) -> new DueRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), Stage.valueOf(rs.getString(4)),
                        rs.getDate(5).toLocalDate())).list()
                .stream().map(r -> new Due(r.assessmentId(), r.governmentId(),
                        periods.computeIfAbsent(r.periodId(), id -> evaluations.period(id).orElseThrow()), r.stage(),
                        r.closesOn()))
                // Closing soon (the query) and open today: the window rule itself decides the latter.
                .filter(d -> d.period().window(d.stage()).contains(day)).toList();
    }

    private record DueRow(long assessmentId, long governmentId, long periodId, Stage stage, LocalDate closesOn) {
    }

    private int remind(Due due, LocalDate day, int total) {
        Map<String, Object> told = new LinkedHashMap<>();
        if (due.stage() == Stage.SELF_ASSESSMENT) {
            Map<Long, Integer> behind = notSubmittedByAgency(due.assessmentId());
            behind.forEach((agencyId, count) -> {
                if (post(due, day, Role.OPERATOR, agencyId, "notify.deadline.operator",
                        List.of(due.closesOn().toString(), count, due.period().name()), "/opd/" + agencyId)) {
                    told.put("agency " + agencyId, count);
                }
            });
            int unanswered = total - answered(due.assessmentId());
            if (unanswered > 0 && post(due, day, Role.COORDINATOR, null, "notify.deadline.coordinator",
                    List.of(due.closesOn().toString(), unanswered, total, behind.size(), due.period().name()), "")) {
                told.put("coordinators", unanswered);
            }
        } else {
            Stage previous = due.stage().previous().orElseThrow();
            int unvalued = total - stages.values(due.assessmentId(), due.stage()).size();
            if (unvalued > 0 && stages.frozen(due.assessmentId(), previous) && post(due, day, Role.ASSESSOR, null,
                    "notify.deadline.assessor", List.of(due.stage(), due.closesOn().toString(), unvalued, total,
                            due.period().name()), "/tahap/" + due.stage().name())) {
                told.put("assessors", unvalued);
            }
        }
        if (!told.isEmpty()) {
            audit.record("reminder.deadline", "assessment", due.assessmentId() + "/" + due.stage(), due.governmentId(),
                    null, Map.of("day", day.toString(), "closesOn", due.closesOn().toString(), "told", told));
        }
        return told.size();
    }

    private boolean post(Due due, LocalDate day, Role audience, Long agencyId, String key, List<Object> args,
            String page) {
        String onceKey = "deadline/" + day + "/" + due.assessmentId() + "/" + due.stage() + "/" + audience
                + (agencyId == null ? "" : "/" + agencyId);
        return notifications.once(onceKey, due.governmentId(), audience, agencyId, key, args,
                "/instansi/" + due.governmentId() + "/evaluasi/" + due.period().id() + page);
    }

    /**
     * Per OPD, its assigned indicators without a submitted or approved contribution of its own, leaving
     * out indicators the government has already answered (through another OPD).
     */
    private Map<Long, Integer> notSubmittedByAgency(long assessmentId) {
        Map<Long, Integer> behind = new LinkedHashMap<>();
        jdbc.sql("select s.agency_id, count(*) from indicator_assignment s "
                        + "left join contribution c on c.assessment_id = s.assessment_id "
                        + "and c.indicator_code = s.indicator_code and c.agency_id = s.agency_id "
                        + "where s.assessment_id = ? and (c.id is null or c.status in (" + IndicatorStatus.editableSql() + ")) "
                        + "and not exists (select 1 from answer a where a.assessment_id = s.assessment_id "
                        + "and a.indicator_code = s.indicator_code) "
                        + "group by s.agency_id order by s.agency_id")
                .param(assessmentId)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(e -> behind.put(e.getKey(), e.getValue()));
        return behind;
    }

    private int answered(long assessmentId) {
        return jdbc.sql("select count(*) from answer where assessment_id = ?").param(assessmentId)
                .query(Integer.class).single();
    }
}
