package id.sinergi.assessment.domain;

import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.AssessmentBoard.AssignedAgency;
import id.sinergi.assessment.AssessmentProblem;
import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.IndicatorStatus;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageWindow;
import id.sinergi.audit.AuditLog;
import id.sinergi.framework.Aspect;
import id.sinergi.framework.EvaluationYears;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.framework.InstrumentCatalog.PublishedInstrument;
import id.sinergi.notification.Notifier;
import id.sinergi.organization.Agency;
import id.sinergi.scoring.ScoreCalculator;
import id.sinergi.scoring.ScoreResult;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EvaluationService implements Evaluations {

    private final EvaluationRepository repository;
    private final ContributionRepository contributions;
    private final InstrumentCatalog instruments;
    private final Organization organization;
    private final Notifier notifications;
    private final StageWindowPolicy windows;
    private final AuditLog audit;

    EvaluationService(EvaluationRepository repository, ContributionRepository contributions,
            InstrumentCatalog instruments, Organization organization, Notifier notifications,
            StageWindowPolicy windows, AuditLog audit) {
        this.notifications = notifications;
        this.windows = windows;
        this.repository = repository;
        this.contributions = contributions;
        this.instruments = instruments;
        this.organization = organization;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationPeriod> periods(Actor actor) {
        return actor.isNationalAdmin() ? repository.periods() : repository.periodsOf(actor.governmentIds());
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationPeriod> periodsOf(Actor actor, long governmentId) {
        actor.require(actor.canRead(governmentId));
        return repository.periodsOf(List.of(governmentId));
    }

    @Override
    @Transactional
    public EvaluationPeriod open(Actor actor, OpenPeriod command) {
        actor.require(actor.isNationalAdmin());
        Integer year = command.year();
        if (year == null || !EvaluationYears.accepted(year)) {
            throw new AssessmentProblem("period.year.invalid", year == null ? "" : String.valueOf(year),
                    EvaluationYears.FIRST, EvaluationYears.LAST);
        }
        PublishedInstrument instrument = instruments.findPublishedVersion(
                command.instrumentCode() == null ? "" : command.instrumentCode())
                .orElseThrow(() -> new AssessmentProblem("period.instrument.unknown",
                        command.instrumentCode() == null ? "" : command.instrumentCode()));
        List<StageWindow> windows = checkedWindows(command.stages());
        List<Government> governments = participants(command.governmentCodes());
        if (repository.periodExists(year, instrument.instrument().code())) {
            throw new AssessmentProblem("period.duplicate", year, instrument.instrument().indexName());
        }
        String name = command.name() == null || command.name().isBlank()
                ? "Evaluasi " + instrument.instrument().indexName() + " " + year : command.name().strip();
        if (name.length() > 200) {
            throw new AssessmentProblem("period.name.tooLong", 200);
        }
        long id = repository.insertPeriod(year, name, instrument.instrument().code(), instrument.version().version(),
                command.sample());
        windows.forEach(w -> repository.insertStage(id, w));
        governments.forEach(g -> repository.insertAssessment(id, g.id()));
        EvaluationPeriod period = repository.period(id).orElseThrow();
        audit.record("period.open", "evaluation_period", id, null, null, Map.of("year", year, "name", name,
                "instrument", instrument.instrument().code() + "@" + instrument.version().version(),
                "governments", governments.stream().map(Government::code).toList()));
        return period;
    }

    @Override
    @Transactional
    public EvaluationPeriod reschedule(Actor actor, long periodId, List<StageWindow> stages) {
        actor.require(actor.isNationalAdmin());
        repository.lockPeriod(periodId);
        EvaluationPeriod before = repository.period(periodId)
                .orElseThrow(() -> new AssessmentProblem("period.unknown", periodId));
        List<StageWindow> windows = checkedWindows(stages);
        windows.forEach(w -> repository.updateStage(periodId, w));
        EvaluationPeriod after = repository.period(periodId).orElseThrow();
        if (after.stages().equals(before.stages())) {
            return after;
        }
        audit.record("period.reschedule", "evaluation_period", periodId, null, Map.of("stages", before.stages()),
                Map.of("stages", after.stages()));
        StageWindow self = after.window(Stage.SELF_ASSESSMENT);
        for (long governmentId : repository.participants(periodId)) {
            notifications.toCoordinators(governmentId, "notify.rescheduled", List.of(after.name(),
                    self.opensOn().toString(), self.closesOn().toString()),
                    "/instansi/" + governmentId + "/evaluasi/" + periodId, actor.userId());
        }
        return after;
    }

    /** Every stage once; each window opens no later than it closes, and no earlier than the one before. */
    private static List<StageWindow> checkedWindows(List<StageWindow> given) {
        Map<Stage, StageWindow> byStage = new EnumMap<>(Stage.class);
        for (StageWindow window : given == null ? List.<StageWindow>of() : given) {
            if (window == null || window.stage() == null) {
                continue;
            }
            if (window.opensOn() == null || window.closesOn() == null) {
                throw new AssessmentProblem("period.stage.dates", window.stage());
            }
            byStage.put(window.stage(), window);
        }
        List<StageWindow> windows = new ArrayList<>();
        StageWindow previous = null;
        for (Stage stage : Stage.values()) {
            StageWindow window = byStage.get(stage);
            if (window == null) {
                throw new AssessmentProblem("period.stage.missing", stage);
            }
            if (window.closesOn().isBefore(window.opensOn())) {
                throw new AssessmentProblem("period.stage.dates", stage);
            }
            if (previous != null && window.opensOn().isBefore(previous.opensOn())) {
                throw new AssessmentProblem("period.stage.order", stage, previous.stage());
            }
            windows.add(window);
            previous = window;
        }
        return windows;
    }

    private List<Government> participants(List<String> codes) {
        Set<String> clean = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code != null && !code.isBlank()) {
                clean.add(code.strip());
            }
        }
        if (clean.isEmpty()) {
            throw new AssessmentProblem("period.governments.empty");
        }
        List<Government> governments = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : clean) {
            organization.governmentByCode(code).ifPresentOrElse(governments::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw new AssessmentProblem("period.government.unknown", String.join(", ", unknown));
        }
        return governments;
    }

    @Override
    @Transactional(readOnly = true)
    public AssessmentBoard board(Actor actor, long governmentId, long periodId) {
        actor.require(actor.canRead(governmentId));
        EvaluationPeriod period = repository.period(periodId).orElseThrow(NotFoundException::new);
        long assessmentId = repository.assessmentId(periodId, governmentId).orElseThrow(NotFoundException::new);
        return board(actor, period, assessmentId, governmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public EvaluationPeriod period(Actor actor, long governmentId, long periodId) {
        actor.require(actor.canRead(governmentId));
        repository.assessmentId(periodId, governmentId).orElseThrow(NotFoundException::new);
        return repository.period(periodId).orElseThrow(NotFoundException::new);
    }

    @Override
    @Transactional
    public AssessmentBoard assign(Actor actor, long governmentId, long periodId, String indicatorCode,
            List<Long> agencyIds, Long leadAgencyId) {
        actor.require(actor.canManage(governmentId));
        EvaluationPeriod period = repository.period(periodId).orElseThrow(NotFoundException::new);
        long assessmentId = repository.assessmentId(periodId, governmentId).orElseThrow(NotFoundException::new);
        Instrument instrument = pinned(period);
        if (instrument.indicators().stream().noneMatch(i -> i.code().equals(indicatorCode))) {
            throw new AssessmentProblem("assignment.indicator.unknown", indicatorCode == null ? "" : indicatorCode);
        }
        List<Long> agencies = agencyIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(agencyIds));
        Map<Long, Agency> active = new HashMap<>();
        organization.agencies(actor, governmentId).stream().filter(Agency::active).forEach(a -> active.put(a.id(), a));
        for (Long agencyId : agencies) {
            if (agencyId == null || !active.containsKey(agencyId)) {
                throw new AssessmentProblem("assignment.agency.invalid", agencyId == null ? "" : agencyId);
            }
        }
        Long lead = agencies.size() == 1 ? agencies.get(0) : leadAgencyId;
        if (!agencies.isEmpty() && (lead == null || !agencies.contains(lead))) {
            throw new AssessmentProblem("assignment.lead.invalid");
        }
        repository.lockAssessment(assessmentId);
        List<Map<String, Object>> before = repository.assignments(assessmentId).stream()
                .filter(a -> a.indicatorCode().equals(indicatorCode)).map(EvaluationRepository::asMap).toList();
        repository.replaceAssignment(assessmentId, governmentId, indicatorCode, agencies, lead);
        List<Map<String, Object>> after = repository.assignments(assessmentId).stream()
                .filter(a -> a.indicatorCode().equals(indicatorCode)).map(EvaluationRepository::asMap).toList();
        audit.record("assignment.set", "assessment", assessmentId + "/" + indicatorCode, governmentId,
                Map.of("agencies", before), Map.of("agencies", after));
        List<Object> already = before.stream().map(m -> m.get("agencyId")).toList();
        for (Long agencyId : agencies) {
            if (!already.contains(agencyId)) {
                notifications.toOperators(governmentId, agencyId, "notify.assigned", List.of(indicatorCode, period.name()),
                        "/instansi/" + governmentId + "/evaluasi/" + periodId + "/opd/" + agencyId + "#work-" + indicatorCode,
                        actor.userId());
            }
        }
        return board(actor, period, assessmentId, governmentId);
    }

    private AssessmentBoard board(Actor actor, EvaluationPeriod period, long assessmentId, long governmentId) {
        Instrument instrument = pinned(period);
        Map<Long, String> names = new HashMap<>();
        organization.agencies(actor, governmentId).forEach(a -> names.put(a.id(), a.name()));
        Map<String, List<AssignedAgency>> byIndicator = new HashMap<>();
        for (EvaluationRepository.Assignment a : repository.assignments(assessmentId)) {
            byIndicator.computeIfAbsent(a.indicatorCode(), k -> new ArrayList<>())
                    .add(new AssignedAgency(a.agencyId(), names.getOrDefault(a.agencyId(), "#" + a.agencyId()), a.lead()));
        }
        Map<String, List<Contribution>> contributed = new HashMap<>();
        contributions.all(assessmentId).forEach(c ->
                contributed.computeIfAbsent(c.indicatorCode(), k -> new ArrayList<>()).add(c));
        Map<String, BigDecimal> answers = new HashMap<>();
        contributions.answers(assessmentId).forEach(a -> answers.put(a.indicatorCode(), a.value()));
        Map<String, BigDecimal> values = ProvisionalValues.of(instrument, answers);
        ScoreResult score = ScoreCalculator.score(instrument, values);
        LocalDate deadline = period.window(Stage.SELF_ASSESSMENT).closesOn();
        boolean pastDeadline = period.window(Stage.SELF_ASSESSMENT).closedBefore(windows.today());
        Map<String, Instant> lastActivity = repository.lastActivity(assessmentId);
        List<AssessmentBoard.Row> rows = new ArrayList<>();
        for (Aspect aspect : instrument.aspects()) {
            for (Indicator indicator : aspect.indicators()) {
                BigDecimal answer = answers.get(indicator.code());
                IndicatorStatus status = status(contributed.getOrDefault(indicator.code(), List.of()), answer != null);
                rows.add(new AssessmentBoard.Row(indicator.code(), indicator.name(), aspect.code(), aspect.name(),
                        indicator.weight().toString(), byIndicator.getOrDefault(indicator.code(), List.of()),
                        status, answer, oneLevelUp(instrument, values, indicator.code(), score.predicate()), deadline,
                        lastActivity.get(indicator.code()), pastDeadline && !status.handedIn()));
            }
        }
        return new AssessmentBoard(period, assessmentId, governmentId, rows, new AssessmentBoard.ProvisionalIndex(
                score.indexRounded().toPlainString(), score.predicate(), answers.size(), rows.size()),
                progress(byIndicator, contributed, answers.keySet(), pastDeadline), turnaround(assessmentId));
    }

    private AssessmentBoard.ReviewTurnaround turnaround(long assessmentId) {
        var stats = contributions.reviewTurnaround(assessmentId);
        return new AssessmentBoard.ReviewTurnaround(stats.getKey(),
                stats.getValue() == null ? null : java.time.Duration.ofMillis(Math.round(stats.getValue() * 1000)));
    }

    /** Per OPD, the state of its own contribution to each indicator assigned to it, by name. */
    private static List<AssessmentBoard.AgencyProgress> progress(Map<String, List<AssignedAgency>> byIndicator,
            Map<String, List<Contribution>> contributed, java.util.Set<String> answered, boolean pastDeadline) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, Instant> last = new HashMap<>();
        byIndicator.forEach((code, assigned) -> {
            for (AssignedAgency agency : assigned) {
                names.put(agency.agencyId(), agency.name());
                int[] c = counts.computeIfAbsent(agency.agencyId(), k -> new int[7]);
                Contribution own = contributed.getOrDefault(code, List.of()).stream()
                        .filter(x -> x.agencyId() == agency.agencyId()).findFirst().orElse(null);
                IndicatorStatus status = own == null ? IndicatorStatus.NOT_STARTED : own.status();
                c[0]++;
                c[1 + status.ordinal()]++;
                if (pastDeadline && !answered.contains(code) && !status.handedIn()) {
                    c[6]++;
                }
                if (own != null) {
                    last.merge(agency.agencyId(), own.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        });
        return counts.entrySet().stream().map(e -> {
            int[] c = e.getValue();
            return new AssessmentBoard.AgencyProgress(e.getKey(), names.get(e.getKey()), c[0], c[1], c[2], c[3], c[4], c[5],
                    c[6], last.get(e.getKey()));
        }).sorted(java.util.Comparator.comparing(AssessmentBoard.AgencyProgress::name)).toList();
    }

    /** The provisional index with this indicator one level (one unit of the scale) higher. */
    private static AssessmentBoard.WhatIf oneLevelUp(Instrument instrument, Map<String, BigDecimal> values, String code,
            String predicate) {
        BigDecimal raised = values.get(code).add(BigDecimal.ONE).min(instrument.valueScale().max());
        if (raised.compareTo(values.get(code)) == 0) {
            return null;
        }
        Map<String, BigDecimal> changed = new LinkedHashMap<>(values);
        changed.put(code, raised);
        ScoreResult score = ScoreCalculator.score(instrument, changed);
        return new AssessmentBoard.WhatIf(score.indexRounded().toPlainString(), score.predicate(),
                !score.predicate().equals(predicate));
    }

    /** An answer settles the indicator; otherwise the least advanced contribution decides. */
    private static IndicatorStatus status(List<Contribution> contributions, boolean answered) {
        if (answered) {
            return IndicatorStatus.APPROVED;
        }
        if (contributions.isEmpty()) {
            return IndicatorStatus.NOT_STARTED;
        }
        for (IndicatorStatus status : List.of(IndicatorStatus.RETURNED, IndicatorStatus.DRAFT, IndicatorStatus.SUBMITTED)) {
            if (contributions.stream().anyMatch(c -> c.status() == status)) {
                return status;
            }
        }
        return IndicatorStatus.APPROVED;
    }

    private Instrument pinned(EvaluationPeriod period) {
        return instruments.findVersion(period.instrumentCode(), period.instrumentVersion())
                .orElseThrow(() -> new IllegalStateException("Pinned instrument missing: " + period.instrumentCode()
                        + "@" + period.instrumentVersion()));
    }
}
