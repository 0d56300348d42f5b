package id.sinergi.planning.domain;

import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.audit.AuditLog;
import id.sinergi.framework.EvaluationYears;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.framework.ValueScale;
import id.sinergi.monitoring.GovernmentResult;
import id.sinergi.monitoring.Results;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Organization;
import id.sinergi.planning.Achievement;
import id.sinergi.planning.AchievementStatus;
import id.sinergi.planning.CascadedTarget;
import id.sinergi.planning.KeyIndicator;
import id.sinergi.planning.KeyIndicator.YearRow;
import id.sinergi.planning.PlanningProblem;
import id.sinergi.planning.Plans;
import id.sinergi.planning.RegionalPlan;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import id.sinergi.shared.NotPermittedException;
import id.sinergi.shared.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PlanService implements Plans {

    /** The longest plan accepted in years after its first: an RPJMD covers five years, with room for transitions. */
    static final int MAX_PLAN_YEARS = 10;

    /** Decimals {@code key_indicator_target.target} and {@code key_indicator.baseline} keep (numeric(4,2)). */
    static final int STORED_DECIMALS = 2;

    private final PlanRepository repository;
    private final Results results;
    private final InstrumentCatalog instruments;
    private final Evaluations evaluations;
    private final Organization organization;
    private final AuditLog audit;

    PlanService(PlanRepository repository, Results results, InstrumentCatalog instruments, Evaluations evaluations,
            Organization organization, AuditLog audit) {
        this.repository = repository;
        this.results = results;
        this.instruments = instruments;
        this.evaluations = evaluations;
        this.organization = organization;
        this.audit = audit;
    }

    /** Coordinators and leaders of the government, and national admins. */
    static boolean canRead(Actor actor, long governmentId) {
        return actor != null && (actor.canManage(governmentId) || actor.has(Role.LEADER, governmentId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegionalPlan> plans(Actor actor, long governmentId) {
        requireRead(actor, governmentId);
        List<GovernmentResult> governmentResults = results.ofGovernment(actor, governmentId);
        Map<Long, String> agencyNames = agencyNames(actor, governmentId);
        return repository.plans(governmentId).stream().map(p -> view(p, governmentResults, agencyNames)).toList();
    }

    @Override
    @Transactional
    public RegionalPlan create(Actor actor, long governmentId, NewPlan plan) {
        requireManage(actor, governmentId);
        if (plan == null || plan.name() == null || plan.name().isBlank() || plan.name().strip().length() > 200) {
            throw new PlanningProblem("plan.name.required");
        }
        // An RPJMD may start before the first evaluation (one in force in 2018 began earlier), but its
        // IKUs measure evaluated years, so it must reach one; it lasts at most MAX_PLAN_YEARS.
        if (plan.startYear() == null || plan.endYear() == null || !EvaluationYears.accepted(plan.endYear())
                || plan.endYear() < plan.startYear() || plan.endYear() - plan.startYear() > MAX_PLAN_YEARS) {
            throw new PlanningProblem("plan.years.invalid", plan.startYear(), plan.endYear(), EvaluationYears.FIRST,
                    EvaluationYears.LAST, MAX_PLAN_YEARS);
        }
        long id = repository.insertPlan(governmentId, plan.name().strip(), plan.startYear(), plan.endYear(),
                blankToNull(plan.documentReference()), Boolean.TRUE.equals(plan.sample()));
        PlanRepository.PlanRow row = repository.plan(governmentId, id).orElseThrow();
        audit.record("plan.create", "regional_plan", id, governmentId, null, row);
        for (NewIndicator indicator : plan.indicators() == null ? List.<NewIndicator>of() : plan.indicators()) {
            insertIndicator(actor, row, indicator);
        }
        return plan(actor, governmentId, id);
    }

    @Override
    @Transactional
    public RegionalPlan addIndicator(Actor actor, long governmentId, long planId, NewIndicator indicator) {
        requireManage(actor, governmentId);
        PlanRepository.PlanRow plan = repository.plan(governmentId, planId).orElseThrow(NotPermittedException::new);
        insertIndicator(actor, plan, indicator);
        return plan(actor, governmentId, planId);
    }

    private void insertIndicator(Actor actor, PlanRepository.PlanRow plan, NewIndicator indicator) {
        if (indicator == null || indicator.name() == null || indicator.name().isBlank() || indicator.name().strip().length() > 200) {
            throw new PlanningProblem("plan.indicator.name.required");
        }
        Instrument instrument = instrument(indicator.instrumentCode());
        Integer from = indicator.fromYear();
        Integer to = indicator.toYear();
        if (from == null || to == null || to < from || from < plan.startYear() || to > plan.endYear()) {
            throw new PlanningProblem("plan.indicator.years", from, to, plan.startYear(), plan.endYear());
        }
        for (PlanRepository.IndicatorRow other : repository.indicators(plan.id())) {
            if (other.name().equalsIgnoreCase(indicator.name().strip()) && other.fromYear() <= to && from <= other.toYear()) {
                throw new PlanningProblem("plan.indicator.overlap", indicator.name().strip(), other.fromYear(), other.toYear());
            }
        }
        if (indicator.baseline() != null) {
            checkOnScale(instrument, indicator.baseline());
        }
        long id = repository.insertIndicator(plan.id(), indicator.name().strip(), instrument.code(), from, to,
                indicator.baseline());
        audit.record("plan.indicator.create", "key_indicator", id, plan.governmentId(), null,
                Map.of("plan", plan.id(), "name", indicator.name().strip(), "instrument", instrument.code(),
                        "from", from, "to", to));
        if (indicator.targets() != null) {
            for (Map.Entry<Integer, BigDecimal> target : new TreeMap<>(indicator.targets()).entrySet()) {
                putTarget(plan, repository.indicators(plan.id()).stream().filter(i -> i.id() == id).findFirst().orElseThrow(),
                        target.getKey(), target.getValue());
            }
        }
    }

    @Override
    @Transactional
    public RegionalPlan setTarget(Actor actor, long governmentId, long planId, long keyIndicatorId, int year,
            BigDecimal target) {
        requireManage(actor, governmentId);
        PlanRepository.PlanRow plan = repository.plan(governmentId, planId).orElseThrow(NotPermittedException::new);
        PlanRepository.IndicatorRow indicator = indicator(plan, keyIndicatorId);
        putTarget(plan, indicator, year, target);
        return plan(actor, governmentId, planId);
    }

    private void putTarget(PlanRepository.PlanRow plan, PlanRepository.IndicatorRow indicator, int year, BigDecimal target) {
        if (year < indicator.fromYear() || year > indicator.toYear()) {
            throw new PlanningProblem("plan.target.year", year, indicator.name(), indicator.fromYear(), indicator.toYear());
        }
        BigDecimal before = repository.targets(indicator.id()).stream().filter(t -> t.year() == year)
                .map(PlanRepository.TargetRow::target).findFirst().orElse(null);
        if (target == null) {
            repository.deleteTarget(indicator.id(), year);
        } else {
            checkOnScale(instrument(indicator.instrumentCode()), target);
            repository.upsertTarget(indicator.id(), year, target);
        }
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("year", year);
        was.put("target", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("year", year);
        now.put("target", target);
        audit.record("plan.target", "key_indicator", indicator.id(), plan.governmentId(), was, now);
    }

    @Override
    @Transactional
    public List<CascadedTarget> cascade(Actor actor, long governmentId, long planId, long keyIndicatorId, int year,
            Map<String, BigDecimal> levels) {
        requireManage(actor, governmentId);
        PlanRepository.PlanRow plan = repository.plan(governmentId, planId).orElseThrow(NotPermittedException::new);
        PlanRepository.IndicatorRow indicator = indicator(plan, keyIndicatorId);
        if (year < indicator.fromYear() || year > indicator.toYear()) {
            throw new PlanningProblem("plan.target.year", year, indicator.name(), indicator.fromYear(), indicator.toYear());
        }
        EvaluationPeriod period = evaluations.periodsOf(actor, governmentId).stream()
                .filter(p -> p.year() == year && p.instrumentCode().equals(indicator.instrumentCode())).findFirst()
                .orElseThrow(() -> new PlanningProblem("plan.cascade.noPeriod", year, indicator.instrumentCode()));
        AssessmentBoard board = evaluations.board(actor, governmentId, period.id());
        Instrument instrument = instruments.findVersion(period.instrumentCode(), period.instrumentVersion())
                .orElseGet(() -> instrument(period.instrumentCode()));
        Map<String, AssessmentBoard.Row> rows = board.rows().stream()
                .collect(Collectors.toMap(AssessmentBoard.Row::indicatorCode, Function.identity()));
        Map<String, BigDecimal> given = levels == null ? Map.of() : levels;
        Map<String, Long> owners = new HashMap<>();
        for (Map.Entry<String, BigDecimal> entry : new TreeMap<>(given).entrySet()) {
            AssessmentBoard.Row row = rows.get(entry.getKey());
            if (row == null) {
                throw new PlanningProblem("plan.cascade.unknownIndicator", entry.getKey());
            }
            if (entry.getValue() == null) {
                continue;
            }
            checkLevel(instrument.valueScale(), entry.getKey(), entry.getValue());
            Long owner = owner(row);
            if (owner == null) {
                throw new PlanningProblem("plan.cascade.unassigned", entry.getKey());
            }
            owners.put(entry.getKey(), owner);
        }
        List<PlanRepository.CascadeRow> before = repository.cascade(indicator.id()).stream().filter(c -> c.year() == year)
                .toList();
        for (Map.Entry<String, BigDecimal> entry : new TreeMap<>(given).entrySet()) {
            if (entry.getValue() == null) {
                repository.deleteCascade(indicator.id(), year, entry.getKey());
            } else {
                repository.upsertCascade(indicator.id(), year, entry.getKey(), owners.get(entry.getKey()), entry.getValue(),
                        actor.userId());
            }
        }
        List<PlanRepository.CascadeRow> after = repository.cascade(indicator.id()).stream().filter(c -> c.year() == year)
                .toList();
        audit.record("plan.cascade", "key_indicator", indicator.id(), governmentId, before, after);
        Map<Long, String> agencyNames = agencyNames(actor, governmentId);
        return after.stream().map(c -> cascaded(indicator, c, agencyNames, instrument)).toList();
    }

    /** The lead OPD of an indicator, or its only OPD; null when none or several without a lead. */
    static Long owner(AssessmentBoard.Row row) {
        return row.agencies().stream().filter(AssessmentBoard.AssignedAgency::lead).map(AssessmentBoard.AssignedAgency::agencyId)
                .findFirst().orElse(row.agencies().size() == 1 ? row.agencies().get(0).agencyId() : null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CascadedTarget> agencyTargets(Actor actor, long governmentId) {
        if (actor == null || !actor.canRead(governmentId)) {
            throw new NotPermittedException();
        }
        boolean all = canRead(actor, governmentId);
        List<Long> own = actor.grants().stream()
                .filter(g -> g.role() == Role.OPERATOR && Objects.equals(g.governmentId(), governmentId) && g.agencyId() != null)
                .map(Grant::agencyId).toList();
        if (!all && own.isEmpty()) {
            throw new NotPermittedException();
        }
        Map<Long, String> agencyNames = agencyNames(actor, governmentId);
        List<CascadedTarget> targets = new ArrayList<>();
        for (PlanRepository.PlanRow plan : repository.plans(governmentId)) {
            for (PlanRepository.IndicatorRow indicator : repository.indicators(plan.id())) {
                Instrument instrument = instruments.findPublished(indicator.instrumentCode()).orElse(null);
                for (PlanRepository.CascadeRow c : repository.cascade(indicator.id())) {
                    if (all || own.contains(c.agencyId())) {
                        targets.add(cascaded(indicator, c, agencyNames, instrument));
                    }
                }
            }
        }
        return targets;
    }

    private CascadedTarget cascaded(PlanRepository.IndicatorRow indicator, PlanRepository.CascadeRow c,
            Map<Long, String> agencyNames, Instrument instrument) {
        String name = instrument == null ? c.indicatorCode() : instrument.indicators().stream()
                .filter(i -> i.code().equals(c.indicatorCode())).map(i -> i.name()).findFirst().orElse(c.indicatorCode());
        return new CascadedTarget(indicator.id(), indicator.name(), c.year(), c.indicatorCode(), name, c.agencyId(),
                agencyNames.getOrDefault(c.agencyId(), "#" + c.agencyId()), c.targetLevel());
    }

    private RegionalPlan plan(Actor actor, long governmentId, long planId) {
        return plans(actor, governmentId).stream().filter(p -> p.id() == planId).findFirst().orElseThrow();
    }

    private RegionalPlan view(PlanRepository.PlanRow plan, List<GovernmentResult> governmentResults,
            Map<Long, String> agencyNames) {
        Map<Integer, GovernmentResult> byYear = governmentResults.stream()
                .collect(Collectors.toMap(GovernmentResult::year, Function.identity(), (a, b) -> b));
        List<KeyIndicator> indicators = new ArrayList<>();
        for (PlanRepository.IndicatorRow indicator : repository.indicators(plan.id())) {
            Optional<Instrument> instrument = instruments.findPublished(indicator.instrumentCode());
            Map<Integer, BigDecimal> targets = repository.targets(indicator.id()).stream()
                    .collect(Collectors.toMap(PlanRepository.TargetRow::year, PlanRepository.TargetRow::target));
            List<YearRow> years = new ArrayList<>();
            for (int year = indicator.fromYear(); year <= indicator.toYear(); year++) {
                years.add(yearRow(year, indicator.instrumentCode(), targets.get(year), byYear.get(year)));
            }
            List<CascadedTarget> cascade = repository.cascade(indicator.id()).stream()
                    .map(c -> cascaded(indicator, c, agencyNames, instrument.orElse(null))).toList();
            indicators.add(new KeyIndicator(indicator.id(), plan.id(), indicator.name(), indicator.instrumentCode(),
                    instrument.map(Instrument::indexName).orElse(indicator.name()), indicator.fromYear(), indicator.toYear(),
                    indicator.baseline(), instrument.map(i -> i.valueScale().min()).orElse(BigDecimal.ZERO),
                    instrument.map(i -> i.valueScale().max()).orElse(BigDecimal.valueOf(5)), years, cascade));
        }
        return new RegionalPlan(plan.id(), plan.governmentId(), plan.name(), plan.startYear(), plan.endYear(),
                plan.documentReference(), plan.sample(), indicators);
    }

    /**
     * One year of an IKU: a result counts as realisation only when measured with the IKU's
     * instrument; a result of another instrument is shown as not comparable, never divided.
     */
    static YearRow yearRow(int year, String instrumentCode, BigDecimal target, GovernmentResult result) {
        if (result != null && !result.instrumentCode().equals(instrumentCode)) {
            return new YearRow(year, target, null, null, result.published(), result.sample(), null,
                    target == null ? AchievementStatus.NO_TARGET : AchievementStatus.NOT_COMPARABLE,
                    result.instrumentCode(), result.index());
        }
        BigDecimal realisation = result == null ? null : result.index();
        return new YearRow(year, target, realisation, result == null ? null : result.predicate(),
                result != null && result.published(), result != null && result.sample(),
                Achievement.percent(realisation, target), Achievement.status(realisation, target), null, null);
    }

    private PlanRepository.IndicatorRow indicator(PlanRepository.PlanRow plan, long keyIndicatorId) {
        return repository.indicators(plan.id()).stream().filter(i -> i.id() == keyIndicatorId).findFirst()
                .orElseThrow(() -> new PlanningProblem("plan.indicator.unknown", keyIndicatorId));
    }

    private Instrument instrument(String code) {
        return instruments.findPublished(code == null ? "" : code)
                .orElseThrow(() -> new PlanningProblem("plan.instrument.unknown", code == null ? "" : code));
    }

    /**
     * An index value (target, baseline) on the instrument's scale, with no more decimals than the
     * instrument publishes its index with (a target is compared with that figure) nor than the columns
     * keep ({@link #STORED_DECIMALS}).
     */
    private static void checkOnScale(Instrument instrument, BigDecimal value) {
        ValueScale scale = instrument.valueScale();
        if (value.compareTo(scale.min()) < 0 || value.compareTo(scale.max()) > 0) {
            throw new PlanningProblem("plan.target.range", value.toPlainString(), instrument.indexName(),
                    scale.min().toPlainString(), scale.max().toPlainString());
        }
        if (Math.max(0, value.stripTrailingZeros().scale()) > Math.min(instrument.roundingScale(), STORED_DECIMALS)) {
            throw new PlanningProblem("plan.target.decimals", value.toPlainString());
        }
    }

    /** An indicator level: on the scale, with the scale's decimals (integer levels for 59/2020). */
    private static void checkLevel(ValueScale scale, String code, BigDecimal level) {
        if (level.compareTo(scale.min()) < 0 || level.compareTo(scale.max()) > 0
                || Math.max(0, level.stripTrailingZeros().scale()) > scale.decimals()) {
            throw new PlanningProblem("plan.cascade.level", level.toPlainString(), code, scale.min().toPlainString(),
                    scale.max().toPlainString(), scale.decimals());
        }
    }

    private Map<Long, String> agencyNames(Actor actor, long governmentId) {
        return organization.agencies(actor, governmentId).stream().collect(Collectors.toMap(Agency::id, Agency::name));
    }

    static void requireRead(Actor actor, long governmentId) {
        if (!canRead(actor, governmentId)) {
            throw new NotPermittedException();
        }
    }

    private static void requireManage(Actor actor, long governmentId) {
        if (actor == null || !actor.canManage(governmentId)) {
            throw new NotPermittedException();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
