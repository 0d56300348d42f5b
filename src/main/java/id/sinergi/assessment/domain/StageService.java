package id.sinergi.assessment.domain;

import id.sinergi.assessment.AgencyGap;
import id.sinergi.assessment.AssessmentFinalized;
import id.sinergi.assessment.AssessmentProblem;
import id.sinergi.assessment.IndexBreakdown;
import id.sinergi.assessment.ConflictException;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageSnapshot;
import id.sinergi.assessment.StageValue;
import id.sinergi.assessment.Stages;
import id.sinergi.audit.AuditLog;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.scoring.Decimals;
import id.sinergi.scoring.InputEntry;
import id.sinergi.scoring.InputProblem;
import id.sinergi.scoring.ScoreCalculator;
import id.sinergi.scoring.ScoreResult;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotFoundException;
import id.sinergi.shared.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StageService implements Stages {

    private final EvaluationRepository evaluations;
    private final ContributionRepository contributions;
    private final StageRepository stages;
    private final InstrumentCatalog instruments;
    private final StageWindowPolicy windows;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    StageService(EvaluationRepository evaluations, ContributionRepository contributions, StageRepository stages,
            InstrumentCatalog instruments, StageWindowPolicy windows, AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.windows = windows;
        this.evaluations = evaluations;
        this.contributions = contributions;
        this.stages = stages;
        this.instruments = instruments;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StageSnapshot> snapshots(Actor actor, long governmentId, long periodId) {
        actor.require(actor.canRead(governmentId));
        return stages.snapshots(assessment(governmentId, periodId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<StageValue> values(Actor actor, long governmentId, long periodId, Stage stage) {
        actor.require(actor.canRead(governmentId) && !ContributionService.isOnlyOperator(actor, governmentId));
        return stages.values(assessment(governmentId, periodId), stage);
    }

    @Override
    @Transactional
    public StageValue enter(Actor actor, long governmentId, long periodId, Stage stage, String indicatorCode,
            BigDecimal value, String note, String recommendation, int expectedVersion) {
        actor.require(assesses(actor, governmentId));
        if (stage == Stage.SELF_ASSESSMENT) {
            throw new AssessmentProblem("stage.selfIsAnswers");
        }
        long assessmentId = assessment(governmentId, periodId);
        requireOpen(assessmentId, stage);
        EvaluationPeriod period = period(periodId);
        windows.requireOpen(period, stage);
        Instrument instrument = instrument(period);
        if (value == null) {
            throw new AssessmentProblem("contribution.value.required");
        }
        List<InputProblem> problems = ScoreCalculator.validate(instrument, List.of(new InputEntry(indicatorCode, value)))
                .stream().filter(p -> p.kind() != InputProblem.Kind.MISSING).toList();
        if (!problems.isEmpty()) {
            List<Object> args = new ArrayList<>();
            args.add(problems.get(0).code());
            args.addAll(problems.get(0).arguments());
            throw new AssessmentProblem(problems.get(0).kind().messageKey(), args.toArray());
        }
        List<String> limited = actor.assessorAspects(governmentId);
        if (!limited.isEmpty()) {
            String aspect = instrument.indicators().stream().filter(i -> i.code().equals(indicatorCode)).findFirst()
                    .map(Indicator::aspectCode).orElse("");
            if (!limited.contains(aspect)) {
                throw new AssessmentProblem("stage.aspect", indicatorCode, String.join(", ", limited), aspect);
            }
        }
        String cleanNote = clean(note);
        String cleanRecommendation = clean(recommendation);
        var before = stages.value(assessmentId, stage, indicatorCode);
        boolean written = before.isEmpty()
                ? expectedVersion == 0 && stages.insertValue(assessmentId, governmentId, stage, indicatorCode, value,
                        cleanNote, cleanRecommendation, actor.userId())
                : stages.updateValue(assessmentId, stage, indicatorCode, expectedVersion, value, cleanNote,
                        cleanRecommendation, actor.userId());
        if (!written) {
            throw new ConflictException(stages.value(assessmentId, stage, indicatorCode).orElse(null));
        }
        StageValue after = stages.value(assessmentId, stage, indicatorCode).orElseThrow();
        audit.record("stage.value", "stage_value", assessmentId + "/" + stage + "/" + indicatorCode, governmentId,
                before.orElse(null), after);
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgencyGap> gapsByAgency(Actor actor, long governmentId, long periodId, Stage stage) {
        actor.require(actor.canRead(governmentId) && !ContributionService.isOnlyOperator(actor, governmentId));
        if (stage == Stage.SELF_ASSESSMENT) {
            throw new AssessmentProblem("stage.selfIsAnswers");
        }
        long assessmentId = assessment(governmentId, periodId);
        Map<String, BigDecimal> self = new LinkedHashMap<>();
        contributions.answers(assessmentId).forEach(a -> self.put(a.indicatorCode(), a.value()));
        Map<String, BigDecimal> assessed = new LinkedHashMap<>();
        stages.values(assessmentId, stage).forEach(v -> assessed.put(v.indicatorCode(), v.value()));
        Map<Long, List<String>> byAgency = new TreeMap<>();
        evaluations.assignments(assessmentId)
                .forEach(a -> byAgency.computeIfAbsent(a.agencyId(), k -> new ArrayList<>()).add(a.indicatorCode()));
        List<AgencyGap> gaps = new ArrayList<>();
        byAgency.forEach((agencyId, codes) -> {
            BigDecimal total = BigDecimal.ZERO;
            int compared = 0;
            int lower = 0;
            int higher = 0;
            for (String code : codes) {
                if (self.containsKey(code) && assessed.containsKey(code)) {
                    BigDecimal gap = assessed.get(code).subtract(self.get(code));
                    total = total.add(gap);
                    compared++;
                    lower += gap.signum() < 0 ? 1 : 0;
                    higher += gap.signum() > 0 ? 1 : 0;
                }
            }
            gaps.add(new AgencyGap(agencyId, codes.size(), compared, total.stripTrailingZeros(), lower, higher));
        });
        return gaps;
    }

    @Override
    @Transactional
    public StageSnapshot freeze(Actor actor, long governmentId, long periodId, Stage stage) {
        actor.require(stage == Stage.SELF_ASSESSMENT ? actor.canManage(governmentId) : assesses(actor, governmentId));
        if (stage != Stage.SELF_ASSESSMENT && !actor.assessorAspects(governmentId).isEmpty()) {
            throw new AssessmentProblem("stage.freeze.limited");
        }
        long assessmentId = assessment(governmentId, periodId);
        evaluations.lockAssessment(assessmentId);
        requireOpen(assessmentId, stage);
        Instrument instrument = instrument(period(periodId));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (stage == Stage.SELF_ASSESSMENT) {
            contributions.answers(assessmentId).forEach(a -> values.put(a.indicatorCode(), a.value()));
        } else {
            stages.values(assessmentId, stage).forEach(v -> values.put(v.indicatorCode(), v.value()));
        }
        List<String> missing = instrument.indicators().stream().map(Indicator::code).filter(c -> !values.containsKey(c))
                .toList();
        if (!missing.isEmpty()) {
            throw new AssessmentProblem("stage.incomplete", missing.size(), String.join(", ", missing.subList(0,
                    Math.min(10, missing.size()))));
        }
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        instrument.indicators().forEach(i -> ordered.put(i.code(), values.get(i.code())));
        ScoreResult score = ScoreCalculator.score(instrument, ordered);
        stages.insertSnapshot(assessmentId, governmentId, stage, actor.userId(), ordered,
                score.indexRounded().toPlainString(), Decimals.exact(score.index(), instrument.roundingScale()),
                score.predicate(), contributions.answerEvidence(assessmentId));
        StageSnapshot snapshot = stages.snapshots(assessmentId).stream().filter(s -> s.stage() == stage).findFirst()
                .orElseThrow();
        audit.record("stage.freeze", "stage_snapshot", assessmentId + "/" + stage, governmentId, null,
                Map.of("index", snapshot.index(), "predicate", snapshot.predicate()));
        if (stage == Stage.FINAL) {
            EvaluationPeriod period = evaluations.period(periodId).orElseThrow();
            events.publishEvent(new AssessmentFinalized(governmentId, periodId, period.year(), period.instrumentCode(),
                    new BigDecimal(snapshot.index()), snapshot.indexExact(), snapshot.predicate(), period.name(),
                    period.sample()));
        }
        return snapshot;
    }

    @Override
    @Transactional(readOnly = true)
    public ScoreResult score(Actor actor, long governmentId, long periodId, Stage stage) {
        actor.require(actor.canRead(governmentId));
        long assessmentId = assessment(governmentId, periodId);
        Instrument instrument = instrument(period(periodId));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (stage == null) {
            Map<String, BigDecimal> answers = new LinkedHashMap<>();
            contributions.answers(assessmentId).forEach(a -> answers.put(a.indicatorCode(), a.value()));
            values.putAll(ProvisionalValues.of(instrument, answers));
        } else {
            StageSnapshot snapshot = stages.snapshots(assessmentId).stream().filter(s -> s.stage() == stage).findFirst()
                    .orElseThrow(() -> new AssessmentProblem("stage.notFrozen", stage));
            instrument.indicators().forEach(i -> values.put(i.code(), snapshot.values().get(i.code())));
        }
        return ScoreCalculator.score(instrument, values);
    }

    @Override
    @Transactional(readOnly = true)
    public IndexBreakdown breakdown(Actor actor, long governmentId, long periodId, Stage stage) {
        return IndexBreakdown.of(score(actor, governmentId, periodId, stage), instrument(period(periodId)).roundingScale());
    }

    /**
     * A stage can be worked on while it is not frozen and the stage before it is (the self-assessment
     * always opens first); entering values also needs the stage's window ({@link StageWindowPolicy}),
     * freezing does not.
     */
    private void requireOpen(long assessmentId, Stage stage) {
        if (stages.frozen(assessmentId, stage)) {
            throw new AssessmentProblem("stage.frozen", stage);
        }
        Stage previous = stage.previous().orElse(null);
        if (previous != null && !stages.frozen(assessmentId, previous)) {
            throw new AssessmentProblem("stage.previousOpen", stage, previous);
        }
    }

    /** Assessors assigned to the government, and national admins. */
    static boolean assesses(Actor actor, long governmentId) {
        return actor.isNationalAdmin() || actor.has(Role.ASSESSOR, governmentId);
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > 5000) {
            throw new AssessmentProblem("stage.note.tooLong", 5000);
        }
        return stripped;
    }

    private long assessment(long governmentId, long periodId) {
        return evaluations.assessmentId(periodId, governmentId).orElseThrow(NotFoundException::new);
    }

    private EvaluationPeriod period(long periodId) {
        return evaluations.period(periodId).orElseThrow(NotFoundException::new);
    }

    private Instrument instrument(EvaluationPeriod period) {
        return instruments.findVersion(period.instrumentCode(), period.instrumentVersion()).orElseThrow();
    }

}
