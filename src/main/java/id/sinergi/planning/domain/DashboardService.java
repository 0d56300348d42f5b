package id.sinergi.planning.domain;

import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageSnapshot;
import id.sinergi.assessment.Stages;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.monitoring.GovernmentResult;
import id.sinergi.monitoring.Ranking;
import id.sinergi.monitoring.Results;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.organization.RegionGroup;
import id.sinergi.planning.Dashboard;
import id.sinergi.planning.Dashboard.Breakdown;
import id.sinergi.planning.Dashboard.Latest;
import id.sinergi.planning.Dashboard.Opportunity;
import id.sinergi.planning.Dashboard.Part;
import id.sinergi.planning.Dashboard.Participation;
import id.sinergi.planning.Dashboard.Rank;
import id.sinergi.planning.Dashboard.TrendPoint;
import id.sinergi.planning.LeadershipDashboard;
import id.sinergi.planning.Plans;
import id.sinergi.planning.RegionalPlan;
import id.sinergi.scoring.Figure;
import id.sinergi.scoring.ScoreCalculator;
import id.sinergi.scoring.ScoreResult;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DashboardService implements LeadershipDashboard {

    static final int OPPORTUNITIES = 5;

    private final Plans plans;
    private final Results results;
    private final Evaluations evaluations;
    private final Stages stages;
    private final InstrumentCatalog instruments;
    private final Organization organization;

    DashboardService(Plans plans, Results results, Evaluations evaluations, Stages stages, InstrumentCatalog instruments,
            Organization organization) {
        this.plans = plans;
        this.results = results;
        this.evaluations = evaluations;
        this.stages = stages;
        this.instruments = instruments;
        this.organization = organization;
    }

    @Override
    @Transactional(readOnly = true)
    public Dashboard of(Actor actor, long governmentId) {
        PlanService.requireRead(actor, governmentId);
        Government government = organization.government(governmentId).orElseThrow(NotPermittedException::new);
        List<GovernmentResult> own = results.ofGovernment(actor, governmentId);
        Latest latest = own.isEmpty() ? null : latest(own.get(own.size() - 1));
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            GovernmentResult r = own.get(i);
            trend.add(new TrendPoint(r.year(), r.instrumentCode(), r.index(), r.predicate(), r.published(), r.sample(),
                    i > 0 && !own.get(i - 1).instrumentCode().equals(r.instrumentCode())));
        }
        List<RegionalPlan> regionalPlans = plans.plans(actor, governmentId);
        List<EvaluationPeriod> periods = evaluations.periodsOf(actor, governmentId).stream()
                .sorted(Comparator.comparingInt(EvaluationPeriod::year).thenComparingLong(EvaluationPeriod::id).reversed())
                .toList();
        Participation participation = null;
        List<Opportunity> opportunities = List.of();
        if (!periods.isEmpty()) {
            EvaluationPeriod current = periods.get(0);
            AssessmentBoard board = evaluations.board(actor, governmentId, current.id());
            participation = participation(current, board);
            opportunities = opportunities(board);
        }
        boolean sample = own.stream().anyMatch(GovernmentResult::sample) || regionalPlans.stream().anyMatch(RegionalPlan::sample)
                || periods.stream().anyMatch(p -> p.name().toLowerCase(java.util.Locale.ROOT).contains("data contoh"));
        return new Dashboard(governmentId, government.name(), latest, breakdown(actor, governmentId, periods), trend,
                regionalPlans, ranks(government, own), participation, opportunities, sample);
    }

    private Latest latest(GovernmentResult r) {
        String indexName = instruments.findPublished(r.instrumentCode()).map(Instrument::indexName).orElse(r.instrumentCode());
        return new Latest(r.year(), r.instrumentCode(), indexName, r.index(), r.predicate(), r.published(), r.sample());
    }

    /** The latest period whose final stage is frozen, scored with the instrument version the period pinned. */
    private Breakdown breakdown(Actor actor, long governmentId, List<EvaluationPeriod> periods) {
        for (EvaluationPeriod period : periods) {
            Optional<StageSnapshot> last = stages.snapshots(actor, governmentId, period.id()).stream()
                    .filter(s -> s.stage() == Stage.FINAL).findFirst();
            Optional<Instrument> instrument = instruments.findVersion(period.instrumentCode(), period.instrumentVersion());
            if (last.isEmpty() || instrument.isEmpty()) {
                continue;
            }
            ScoreResult score;
            try {
                score = ScoreCalculator.score(instrument.get(), last.get().values());
            } catch (IllegalArgumentException e) {
                continue; // a frozen final stage is complete; should one not score, the page shows no breakdown
            }
            return new Breakdown(period.id(), period.name(), period.year(), period.instrumentCode(),
                    score.indexRounded().toPlainString(), score.predicate(), parts(score.domains()), parts(score.aspects()));
        }
        return null;
    }

    private static List<Part> parts(List<Figure> figures) {
        return figures.stream().map(f -> new Part(f.code(), f.name(), f.parentCode(), f.rounded())).toList();
    }

    /** Ranks of the latest published year among published results of the same instrument. */
    private List<Rank> ranks(Government government, List<GovernmentResult> own) {
        Optional<GovernmentResult> mine = own.stream().filter(GovernmentResult::published)
                .max(Comparator.comparingInt(GovernmentResult::year));
        if (mine.isEmpty()) {
            return List.of();
        }
        int year = mine.get().year();
        String instrument = mine.get().instrumentCode();
        List<GovernmentResult> comparable = results.publishedOf(year).stream()
                .filter(r -> r.instrumentCode().equals(instrument)).toList();
        List<Rank> ranks = new ArrayList<>();
        rank(ranks, "NATIONAL", null, year, government.id(), comparable, r -> true);
        rank(ranks, "CATEGORY", government.category().name(), year, government.id(), comparable,
                r -> r.category() == government.category());
        if (government.region() != null) {
            rank(ranks, "REGION", government.region().label(), year, government.id(), comparable,
                    r -> r.region() == government.region());
        }
        if (RegionGroup.INDONESIA_TIMUR.includes(government)) {
            rank(ranks, "INDONESIA_TIMUR", RegionGroup.INDONESIA_TIMUR.label(), year, government.id(), comparable,
                    r -> r.region() != null && RegionGroup.INDONESIA_TIMUR.includes(new Government(r.governmentId(),
                            r.governmentCode(), r.governmentName(), r.category(), r.provinceCode(), r.region(), true)));
        }
        return ranks;
    }

    private static void rank(List<Rank> ranks, String scope, String label, int year, long governmentId,
            List<GovernmentResult> comparable, Predicate<GovernmentResult> filter) {
        List<GovernmentResult> selected = comparable.stream().filter(filter).toList();
        Ranking.of(selected).stream().filter(r -> r.result().governmentId() == governmentId).findFirst()
                .ifPresent(r -> ranks.add(new Rank(scope, label, year, r.rank(), r.tied(), selected.size())));
    }

    private static Participation participation(EvaluationPeriod period, AssessmentBoard board) {
        int assigned = 0;
        int answered = 0;
        int approved = 0;
        for (AssessmentBoard.AgencyProgress p : board.agencyProgress()) {
            assigned += p.assigned();
            answered += p.submitted() + p.approved() + p.returned();
            approved += p.approved();
        }
        return new Participation(period.id(), period.name(), period.year(), board.agencyProgress(), assigned, answered,
                approved, board.reviews());
    }

    /** Indicators where one level more adds most to the provisional index (then the larger weight). */
    static List<Opportunity> opportunities(AssessmentBoard board) {
        BigDecimal current = new BigDecimal(board.index().index());
        return board.rows().stream().filter(r -> r.oneLevelUp() != null)
                .map(r -> new Opportunity(r.indicatorCode(), r.indicatorName(), r.aspectCode(), r.weight(), r.answer(),
                        r.oneLevelUp().index(), new BigDecimal(r.oneLevelUp().index()).subtract(current),
                        r.oneLevelUp().predicateChanges(), r.oneLevelUp().predicate()))
                .sorted(Comparator.comparing(Opportunity::adds).reversed()
                        .thenComparing(o -> new BigDecimal(o.weight()), Comparator.reverseOrder())
                        .thenComparing(Opportunity::indicatorCode))
                .limit(OPPORTUNITIES).toList();
    }
}
