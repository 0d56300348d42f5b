package id.sinergi.assessment.domain;

import id.sinergi.assessment.AssessmentProblem;
import id.sinergi.assessment.ConflictException;
import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.Contributions;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.IndicatorStatus;
import id.sinergi.assessment.Stage;
import id.sinergi.audit.AuditLog;
import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.evidence.EvidenceReplaced;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.notification.Notifier;
import id.sinergi.scoring.InputEntry;
import id.sinergi.scoring.InputProblem;
import id.sinergi.scoring.ScoreCalculator;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotFoundException;
import id.sinergi.shared.NotPermittedException;
import id.sinergi.shared.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ContributionService implements Contributions {

    static final int MAX_EXPLANATION = 5000;

    private final EvaluationRepository evaluations;
    private final ContributionRepository contributions;
    private final StageRepository stages;
    private final InstrumentCatalog instruments;
    private final EvidenceLibrary library;
    private final Notifier notifications;
    private final StageWindowPolicy windows;
    private final AuditLog audit;

    ContributionService(EvaluationRepository evaluations, ContributionRepository contributions, StageRepository stages,
            InstrumentCatalog instruments, EvidenceLibrary library, Notifier notifications,
            StageWindowPolicy windows, AuditLog audit) {
        this.notifications = notifications;
        this.windows = windows;
        this.library = library;
        this.evaluations = evaluations;
        this.contributions = contributions;
        this.stages = stages;
        this.instruments = instruments;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workOf(Actor actor, long governmentId, long periodId, long agencyId) {
        actor.require(readsWorkOf(actor, governmentId, agencyId));
        Scope scope = scope(governmentId, periodId);
        List<WorkItem> items = new ArrayList<>();
        Long previous = contributions.previousAssessment(scope.assessmentId()).orElse(null);
        for (EvaluationRepository.Assignment assignment : evaluations.assignments(scope.assessmentId())) {
            if (assignment.agencyId() != agencyId) {
                continue;
            }
            Indicator indicator = scope.indicator(assignment.indicatorCode());
            Contribution contribution = contributions.find(scope.assessmentId(), indicator.code(), agencyId).orElse(null);
            items.add(new WorkItem(indicator.code(), indicator.name(), indicator.weight().toString(), assignment.lead(),
                    contribution, contribution == null ? List.of() : evidence(actor, governmentId, contribution.id()),
                    previous == null ? 0 : contributions.evidenceFor(previous, indicator.code(), agencyId).size()));
        }
        return items;
    }

    @Override
    @Transactional
    public Contribution save(Actor actor, long governmentId, long periodId, String indicatorCode, long agencyId,
            BigDecimal value, String explanation, int expectedVersion, boolean submit) {
        actor.require(actsFor(actor, governmentId, agencyId));
        Scope scope = scope(governmentId, periodId);
        requireSelfAssessmentNotFrozen(scope);
        windows.requireOpen(scope.period(), Stage.SELF_ASSESSMENT);
        if (evaluations.assignments(scope.assessmentId()).stream()
                .noneMatch(a -> a.indicatorCode().equals(indicatorCode) && a.agencyId() == agencyId)) {
            throw new AssessmentProblem("contribution.notAssigned", indicatorCode);
        }
        checkValue(scope.instrument(), indicatorCode, value);
        String text = explanation == null ? "" : explanation.strip();
        if (text.isEmpty()) {
            throw new AssessmentProblem("contribution.explanation.required");
        }
        if (text.length() > MAX_EXPLANATION) {
            throw new AssessmentProblem("contribution.explanation.tooLong", MAX_EXPLANATION);
        }
        var existing = contributions.find(scope.assessmentId(), indicatorCode, agencyId);
        if (existing.isPresent() && !existing.get().editable() && existing.get().version() != expectedVersion) {
            // A stale writer of a contribution that has moved on sees what it is now.
            throw new ConflictException(existing.get());
        }
        IndicatorStatus status = existing.map(Contribution::status).orElse(IndicatorStatus.NOT_STARTED)
                .save(submit, indicatorCode);
        if (existing.isEmpty()) {
            if (expectedVersion != 0 || !contributions.insert(scope.assessmentId(), governmentId, indicatorCode, agencyId,
                    value, text, status, actor.userId())) {
                throw new ConflictException(contributions.find(scope.assessmentId(), indicatorCode, agencyId).orElse(null));
            }
        } else {
            Contribution before = existing.get();
            if (!contributions.update(before.id(), expectedVersion, value, text, status, null, actor.userId())) {
                throw new ConflictException(contributions.find(scope.assessmentId(), indicatorCode, agencyId).orElseThrow());
            }
        }
        Contribution after = contributions.find(scope.assessmentId(), indicatorCode, agencyId).orElseThrow();
        audit.record(submit ? "contribution.submit" : "contribution.save", "contribution", after.id(), governmentId,
                existing.orElse(null), after);
        if (submit) {
            notifications.toCoordinators(governmentId, "notify.submitted", List.of(indicatorCode),
                    "/instansi/" + governmentId + "/evaluasi/" + periodId + "/indikator/" + indicatorCode, actor.userId());
        }
        return after;
    }

    @Override
    @Transactional
    public Contribution approve(Actor actor, long governmentId, long periodId, long contributionId, int expectedVersion) {
        actor.require(actor.canManage(governmentId));
        Scope scope = scope(governmentId, periodId);
        requireSelfAssessmentNotFrozen(scope);
        Contribution before = contributions.find(scope.assessmentId(), contributionId).orElseThrow(NotFoundException::new);
        requireVersion(before, expectedVersion);
        if (!contributions.update(before.id(), expectedVersion, before.value(), before.explanation(),
                before.status().approve(before.indicatorCode()), null, actor.userId())) {
            throw new ConflictException(contributions.find(scope.assessmentId(), contributionId).orElseThrow());
        }
        contributions.upsertAnswer(scope.assessmentId(), governmentId, before.indicatorCode(), before.value(),
                before.explanation(), actor.userId());
        contributions.addAnswerEvidenceFrom(scope.assessmentId(), before.indicatorCode(), contributionId);
        contributions.recordReview(contributionId, scope.assessmentId(), IndicatorStatus.APPROVED);
        Contribution after = contributions.find(scope.assessmentId(), contributionId).orElseThrow();
        audit.record("contribution.approve", "contribution", contributionId, governmentId, before, after);
        audit.record("answer.set", "answer", scope.assessmentId() + "/" + before.indicatorCode(), governmentId, null,
                Map.of("value", before.value(), "from", "contribution " + contributionId));
        return after;
    }

    @Override
    @Transactional
    public Contribution returnForRevision(Actor actor, long governmentId, long periodId, long contributionId,
            int expectedVersion, String reason) {
        actor.require(actor.canManage(governmentId));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw new AssessmentProblem("contribution.reason.required");
        }
        Scope scope = scope(governmentId, periodId);
        requireSelfAssessmentNotFrozen(scope);
        Contribution before = contributions.find(scope.assessmentId(), contributionId).orElseThrow(NotFoundException::new);
        requireVersion(before, expectedVersion);
        if (!contributions.update(before.id(), expectedVersion, before.value(), before.explanation(),
                before.status().sendBack(before.indicatorCode()), why, actor.userId())) {
            throw new ConflictException(contributions.find(scope.assessmentId(), contributionId).orElseThrow());
        }
        contributions.recordReview(contributionId, scope.assessmentId(), IndicatorStatus.RETURNED);
        Contribution after = contributions.find(scope.assessmentId(), contributionId).orElseThrow();
        audit.record("contribution.return", "contribution", contributionId, governmentId, before, after);
        notifications.toOperators(governmentId, before.agencyId(), "notify.returned", List.of(before.indicatorCode(), why),
                "/instansi/" + governmentId + "/evaluasi/" + periodId + "/opd/" + before.agencyId() + "#work-"
                        + before.indicatorCode(), actor.userId());
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contribution> contributionsOf(Actor actor, long governmentId, long periodId, String indicatorCode) {
        actor.require(actor.canRead(governmentId) && !isOnlyOperator(actor, governmentId));
        Scope scope = scope(governmentId, periodId);
        return contributions.all(scope.assessmentId()).stream().filter(c -> c.indicatorCode().equals(indicatorCode)).toList();
    }

    /**
     * Once the self-assessment is frozen its answers, and the contributions behind them, stay as they are.
     * Until then the coordinator may approve and return, also after the OPDs' window has closed.
     */
    private void requireSelfAssessmentNotFrozen(Scope scope) {
        if (stages.frozen(scope.assessmentId(), Stage.SELF_ASSESSMENT)) {
            throw new AssessmentProblem("stage.frozen", Stage.SELF_ASSESSMENT);
        }
    }

    @Override
    @Transactional
    public void attach(Actor actor, long governmentId, long periodId, String indicatorCode, long agencyId, long evidenceId) {
        Contribution contribution = editable(actor, governmentId, periodId, indicatorCode, agencyId);
        EvidenceFile file = library.file(actor, governmentId, evidenceId).orElseThrow(NotPermittedException::new);
        if (contributions.attach(contribution.id(), file.id())) {
            audit.record("evidence.attach", "contribution", contribution.id(), governmentId, null,
                    Map.of("evidence", file.id(), "name", file.name()));
        }
    }

    @Override
    @Transactional
    public void detach(Actor actor, long governmentId, long periodId, String indicatorCode, long agencyId, long evidenceId) {
        Contribution contribution = editable(actor, governmentId, periodId, indicatorCode, agencyId);
        EvidenceFile file = library.file(actor, governmentId, evidenceId).orElseThrow(NotPermittedException::new);
        if (!contributions.detach(contribution.id(), file.id())) {
            throw new AssessmentProblem("evidence.notAttached", file.name(), indicatorCode);
        }
        audit.record("evidence.detach", "contribution", contribution.id(), governmentId,
                Map.of("evidence", file.id(), "name", file.name()), null);
    }

    @Override
    @Transactional
    public int carryForward(Actor actor, long governmentId, long periodId, String indicatorCode, long agencyId) {
        Contribution contribution = editable(actor, governmentId, periodId, indicatorCode, agencyId);
        Scope scope = scope(governmentId, periodId);
        long previous = contributions.previousAssessment(scope.assessmentId())
                .orElseThrow(() -> new AssessmentProblem("evidence.carry.noPeriod"));
        List<Long> earlier = contributions.evidenceFor(previous, indicatorCode, agencyId);
        if (earlier.isEmpty()) {
            throw new AssessmentProblem("evidence.carry.none", indicatorCode);
        }
        List<Long> attached = new ArrayList<>();
        for (long id : earlier) {
            EvidenceFile latest = library.latest(actor, governmentId, id);
            if (contributions.attach(contribution.id(), latest.id())) {
                attached.add(latest.id());
            }
        }
        if (!attached.isEmpty()) {
            audit.record("evidence.carryForward", "contribution", contribution.id(), governmentId, null,
                    Map.of("evidence", attached, "fromAssessment", previous));
        }
        return attached.size();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AnswerView> answer(Actor actor, long governmentId, long periodId, String indicatorCode) {
        actor.require(actor.canRead(governmentId) && !isOnlyOperator(actor, governmentId));
        Scope scope = scope(governmentId, periodId);
        return contributions.answer(scope.assessmentId(), indicatorCode)
                .map(a -> new AnswerView(a, answerEvidence(actor, governmentId, scope.assessmentId(), indicatorCode)));
    }

    @Override
    @Transactional
    public AnswerView consolidate(Actor actor, long governmentId, long periodId, String indicatorCode, BigDecimal value,
            String explanation, List<Long> evidenceIds, int expectedVersion) {
        actor.require(actor.canManage(governmentId));
        Scope scope = scope(governmentId, periodId);
        requireSelfAssessmentNotFrozen(scope);
        checkValue(scope.instrument(), indicatorCode, value);
        String text = explanation == null ? "" : explanation.strip();
        if (text.isEmpty()) {
            throw new AssessmentProblem("contribution.explanation.required");
        }
        if (text.length() > MAX_EXPLANATION) {
            throw new AssessmentProblem("contribution.explanation.tooLong", MAX_EXPLANATION);
        }
        List<Long> chosen = new ArrayList<>();
        for (Long id : evidenceIds == null ? List.<Long>of() : evidenceIds) {
            if (id == null || library.file(actor, governmentId, id).isEmpty()) {
                throw new AssessmentProblem("answer.evidence.unknown", String.valueOf(id));
            }
            if (!chosen.contains(id)) {
                chosen.add(id);
            }
        }
        Optional<AnswerView> before = contributions.answer(scope.assessmentId(), indicatorCode)
                .map(a -> new AnswerView(a, answerEvidence(actor, governmentId, scope.assessmentId(), indicatorCode)));
        if (!contributions.writeAnswer(scope.assessmentId(), governmentId, indicatorCode, expectedVersion, value, text,
                actor.userId())) {
            throw new ConflictException(contributions.answer(scope.assessmentId(), indicatorCode).orElse(null));
        }
        contributions.replaceAnswerEvidence(scope.assessmentId(), indicatorCode, chosen);
        AnswerView after = new AnswerView(contributions.answer(scope.assessmentId(), indicatorCode).orElseThrow(),
                answerEvidence(actor, governmentId, scope.assessmentId(), indicatorCode));
        audit.record("answer.consolidate", "answer", scope.assessmentId() + "/" + indicatorCode, governmentId,
                before.map(ContributionService::auditable).orElse(null), auditable(after));
        return after;
    }

    private static Map<String, Object> auditable(AnswerView view) {
        return Map.of("value", view.answer().value(), "explanation", view.answer().explanation(),
                "version", view.answer().version(), "evidence", view.evidence().stream().map(EvidenceFile::id).toList());
    }

    private List<EvidenceFile> answerEvidence(Actor actor, long governmentId, long assessmentId, String indicatorCode) {
        return contributions.answerEvidenceIds(assessmentId, indicatorCode).stream()
                .map(id -> library.file(actor, governmentId, id).orElse(null)).filter(Objects::nonNull).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<String>> evidenceUse(Actor actor, long governmentId) {
        actor.require(actor.canRead(governmentId));
        return contributions.evidenceUse(governmentId);
    }

    /** A contribution the actor may still change the evidence of: it exists, is editable and not frozen. */
    private Contribution editable(Actor actor, long governmentId, long periodId, String indicatorCode, long agencyId) {
        actor.require(actsFor(actor, governmentId, agencyId));
        Scope scope = scope(governmentId, periodId);
        requireSelfAssessmentNotFrozen(scope);
        windows.requireOpen(scope.period(), Stage.SELF_ASSESSMENT);
        Contribution contribution = contributions.find(scope.assessmentId(), indicatorCode, agencyId)
                .orElseThrow(() -> new AssessmentProblem("contribution.saveFirst", indicatorCode));
        if (!contribution.editable()) {
            throw new AssessmentProblem("contribution.locked", indicatorCode);
        }
        return contribution;
    }

    /** A new version of a file takes the old one's place in answers still being written; decided ones keep theirs. */
    @EventListener
    void replaced(EvidenceReplaced event) {
        for (long contributionId : contributions.repoint(event.previousId(), event.newId())) {
            audit.record("evidence.reattach", "contribution", contributionId, event.governmentId(),
                    Map.of("evidence", event.previousId()), Map.of("evidence", event.newId()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvidenceFile> evidenceOf(Actor actor, long governmentId, long periodId, long contributionId) {
        actor.require(actor.canRead(governmentId));
        Scope scope = scope(governmentId, periodId);
        Contribution contribution = contributions.find(scope.assessmentId(), contributionId)
                .orElseThrow(NotFoundException::new);
        actor.require(readsWorkOf(actor, governmentId, contribution.agencyId()));
        return evidence(actor, governmentId, contributionId);
    }

    private List<EvidenceFile> evidence(Actor actor, long governmentId, long contributionId) {
        return contributions.evidenceIds(contributionId).stream()
                .map(id -> library.file(actor, governmentId, id).orElse(null)).filter(Objects::nonNull).toList();
    }

    private static void requireVersion(Contribution contribution, int expectedVersion) {
        if (contribution.version() != expectedVersion) {
            throw new ConflictException(contribution);
        }
    }

    private void checkValue(Instrument instrument, String indicatorCode, BigDecimal value) {
        if (value == null) {
            throw new AssessmentProblem("contribution.value.required");
        }
        List<InputProblem> problems = ScoreCalculator.validate(instrument, List.of(new InputEntry(indicatorCode, value)))
                .stream().filter(p -> p.kind() != InputProblem.Kind.MISSING).toList();
        if (!problems.isEmpty()) {
            InputProblem problem = problems.get(0);
            List<Object> args = new ArrayList<>();
            args.add(problem.code());
            args.addAll(problem.arguments());
            throw new AssessmentProblem(problem.kind().messageKey(), args.toArray());
        }
    }

    /** Operators act only for their own OPD; coordinators and national admins for any OPD of the government. */
    static boolean actsFor(Actor actor, long governmentId, long agencyId) {
        return actor.canManage(governmentId) || actor.grants().stream().anyMatch(g -> g.role() == Role.OPERATOR
                && Objects.equals(g.governmentId(), governmentId) && Objects.equals(g.agencyId(), agencyId));
    }

    /**
     * Who reads an OPD's work (its contributions and the evidence attached to them): whoever acts for the
     * OPD, and every reader of the government who is not only an operator (leader, assessor); an operator
     * of another OPD reads neither the contribution nor its evidence.
     */
    static boolean readsWorkOf(Actor actor, long governmentId, long agencyId) {
        return actsFor(actor, governmentId, agencyId) || actor.canRead(governmentId) && !isOnlyOperator(actor, governmentId);
    }

    /** An operator (and nothing more) in this government sees only their own OPD's work. */
    static boolean isOnlyOperator(Actor actor, long governmentId) {
        return !actor.isNationalAdmin() && actor.grants().stream()
                .filter(g -> Objects.equals(g.governmentId(), governmentId)).allMatch(g -> g.role() == Role.OPERATOR);
    }

    record Scope(EvaluationPeriod period, long assessmentId, Instrument instrument) {
        Indicator indicator(String code) {
            return instrument.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
        }
    }

    private Scope scope(long governmentId, long periodId) {
        // Callers checked the actor's scope first: what is missing now is missing, not hidden.
        EvaluationPeriod period = evaluations.period(periodId).orElseThrow(NotFoundException::new);
        long assessmentId = evaluations.assessmentId(periodId, governmentId).orElseThrow(NotFoundException::new);
        Instrument instrument = instruments.findVersion(period.instrumentCode(), period.instrumentVersion()).orElseThrow();
        return new Scope(period, assessmentId, instrument);
    }
}
