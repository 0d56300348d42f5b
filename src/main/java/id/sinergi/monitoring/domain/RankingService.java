package id.sinergi.monitoring.domain;

import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.framework.PredicateBand;
import id.sinergi.monitoring.GovernmentResult;
import id.sinergi.monitoring.NationalResult;
import id.sinergi.monitoring.Ranking;
import id.sinergi.monitoring.RankingFilter;
import id.sinergi.monitoring.Rankings;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.organization.Region;
import id.sinergi.organization.RegionGroup;
import id.sinergi.shared.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rankings and statistics from the published results. Each request costs one small query (the
 * published years' stamps); a year's results, the registry and the national figures are read again
 * only when the stamps show a change (a result recorded, a year published, national figures
 * changed), so whoever records results needs to tell nobody. The ranking and statistics of each
 * filter are computed once per cached year.
 */
@Service
class RankingService implements Rankings {

    private final ResultRepository results;
    private final RankingRepository stamps;
    private final Organization organization;
    private final InstrumentCatalog instruments;

    private final Map<Integer, YearCache> years = new ConcurrentHashMap<>();
    private volatile Map<Long, Government> governments = Map.of();
    private volatile NationalCache national = new NationalCache("", List.of());

    /** A published year's results, and the rankings computed from them per filter (instruments read once). */
    private record YearCache(RankingRepository.Stamp stamp, List<GovernmentResult> results,
            Map<RankingFilter, Computed> computed) {
    }

    private record Computed(List<RankingSection> sections, boolean anySample) {
    }

    private record NationalCache(String stamp, List<NationalResult> results) {
    }

    RankingService(ResultRepository results, RankingRepository stamps, Organization organization,
            InstrumentCatalog instruments) {
        this.results = results;
        this.stamps = stamps;
        this.organization = organization;
        this.instruments = instruments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> publishedYears() {
        return stamps.stamps().stream().map(RankingRepository.Stamp::year).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<GovernmentResult> publishedOf(int year) {
        List<RankingRepository.Stamp> all = stamps.stamps();
        return all.stream().filter(s -> s.year() == year).findFirst().map(s -> current(s).results()).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RankingYear> of(int year, RankingFilter filter) {
        List<RankingRepository.Stamp> all = stamps.stamps();
        Optional<RankingRepository.Stamp> stamp = all.stream().filter(s -> s.year() == year).findFirst();
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        YearCache cache = current(stamp.get());
        List<GovernmentResult> published = cache.results();
        NationalResult nationalFigure = nationalOf(stamp.get()).stream().filter(n -> n.year() == year).findFirst()
                .orElse(null);
        Computed computed = cache.computed().computeIfAbsent(filter, f -> compute(published, f));
        return Optional.of(new RankingYear(year, filter, computed.sections(), nationalFigure, computed.anySample(),
                all.stream().map(RankingRepository.Stamp::year).toList()));
    }

    private Computed compute(List<GovernmentResult> published, RankingFilter filter) {
        Map<String, List<GovernmentResult>> byInstrument = published.stream()
                .collect(Collectors.groupingBy(GovernmentResult::instrumentCode, LinkedHashMap::new, Collectors.toList()));
        List<RankingSection> sections = new ArrayList<>();
        boolean anySample = false;
        for (Map.Entry<String, List<GovernmentResult>> entry : byInstrument.entrySet()) {
            List<GovernmentResult> inScope = entry.getValue().stream().filter(r -> filter.scope().includes(r.category())).toList();
            List<GovernmentResult> shown = inScope.stream().filter(filter::includes).toList();
            if (shown.isEmpty() && byInstrument.size() > 1) {
                continue;
            }
            anySample |= shown.stream().anyMatch(GovernmentResult::sample);
            Optional<Instrument> instrument = instruments.findPublished(entry.getKey());
            sections.add(new RankingSection(entry.getKey(), label(entry.getKey()),
                    instrument.map(i -> i.valueScale().min()).orElse(BigDecimal.ZERO),
                    instrument.map(i -> i.valueScale().max()).orElse(new BigDecimal("5")),
                    Ranking.of(shown), statistics(shown, inScope, instrument)));
        }
        return new Computed(List.copyOf(sections), anySample);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RankingTrend> trendOf(long governmentId) {
        Optional<Government> government = organization.government(governmentId);
        if (government.isEmpty()) {
            return Optional.empty();
        }
        List<GovernmentResult> points = results.ofGovernment(governmentId).stream()
                .filter(ResultRepository.Row::published).map(r -> ResultService.view(r, government.get()))
                .sorted(Comparator.comparingInt(GovernmentResult::year)).toList();
        return Optional.of(new RankingTrend(government.get(), segments(points)));
    }

    /** Splits results (oldest first) wherever the instrument changes or a year is missing. */
    List<TrendSegment> segments(List<GovernmentResult> points) {
        List<TrendSegment> segments = new ArrayList<>();
        List<GovernmentResult> current = new ArrayList<>();
        TrendBreak currentBreak = TrendBreak.NONE;
        for (GovernmentResult point : points) {
            if (!current.isEmpty()) {
                GovernmentResult last = current.get(current.size() - 1);
                TrendBreak split = !last.instrumentCode().equals(point.instrumentCode()) ? TrendBreak.INSTRUMENT
                        : point.year() != last.year() + 1 ? TrendBreak.MISSING_YEAR : null;
                if (split != null) {
                    segments.add(segment(current, currentBreak));
                    current = new ArrayList<>();
                    currentBreak = split;
                }
            }
            current.add(point);
        }
        if (!current.isEmpty()) {
            segments.add(segment(current, currentBreak));
        }
        return segments;
    }

    private TrendSegment segment(List<GovernmentResult> points, TrendBreak breakBefore) {
        String code = points.get(0).instrumentCode();
        Optional<Instrument> instrument = instruments.findPublished(code);
        return new TrendSegment(code, label(code), instrument.map(i -> i.valueScale().min()).orElse(BigDecimal.ZERO),
                instrument.map(i -> i.valueScale().max()).orElse(new BigDecimal("5")), breakBefore, List.copyOf(points));
    }

    private Statistics statistics(List<GovernmentResult> shown, List<GovernmentResult> inScope,
            Optional<Instrument> instrument) {
        BigDecimal sum = shown.stream().map(GovernmentResult::index).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> predicates = instrument.map(i -> i.predicates().stream()
                        .sorted(Comparator.comparing(PredicateBand::min).reversed()).map(PredicateBand::name).toList())
                .orElseGet(() -> shown.stream().map(GovernmentResult::predicate).distinct().toList());
        List<StatisticsCount> distribution = new ArrayList<>();
        for (String predicate : predicates) {
            distribution.add(new StatisticsCount(predicate,
                    (int) shown.stream().filter(r -> predicate.equals(r.predicate())).count()));
        }
        List<StatisticsRegion> regions = new ArrayList<>();
        for (RegionGroup group : RegionGroup.values()) {
            region(instrument, group.name(), group.label(), true, inScope.stream()
                    .filter(new RankingFilter(null, null, group)::includes).toList()).ifPresent(regions::add);
        }
        for (Region region : Region.values()) {
            region(instrument, region.name(), region.label(), false, inScope.stream().filter(r -> r.region() == region).toList())
                    .ifPresent(regions::add);
        }
        return new Statistics(shown.size(), sum, mean(instrument, sum, shown.size()), distribution, regions);
    }

    private static Optional<StatisticsRegion> region(Optional<Instrument> instrument, String code, String label,
            boolean group, List<GovernmentResult> results) {
        if (results.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal top = results.stream().map(GovernmentResult::index).max(Comparator.naturalOrder()).orElseThrow();
        List<GovernmentResult> best = results.stream().filter(r -> r.index().compareTo(top) == 0)
                .sorted(Comparator.comparing(GovernmentResult::governmentName)).toList();
        boolean unique = best.size() == 1
                && results.stream().filter(r -> Objects.equals(r.predicate(), best.get(0).predicate())).count() == 1;
        BigDecimal sum = results.stream().map(GovernmentResult::index).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new StatisticsRegion(code, label, group, results.size(), mean(instrument, sum, results.size()), best, unique));
    }

    /**
     * The mean of one instrument's results, exact and then presented with that instrument's rule (null
     * without results). Results of an instrument no longer published keep the decimals they were
     * stored with, rounded half-up once like any figure.
     */
    static BigDecimal mean(Optional<Instrument> instrument, BigDecimal sum, int count) {
        if (count == 0) {
            return null;
        }
        Rational exact = Rational.of(sum).divide(Rational.of(count));
        return instrument.map(i -> i.present(exact).rounded()).orElseGet(() -> exact.round(ResultService.STORED_DECIMALS));
    }

    /** "permenpanrb-59-2020" as "PermenPANRB 59/2020". */
    static String label(String instrumentCode) {
        String[] parts = instrumentCode.split("-");
        if (parts.length == 3 && parts[0].equals("permenpanrb")) {
            return "PermenPANRB " + parts[1] + "/" + parts[2];
        }
        return instrumentCode;
    }

    private YearCache current(RankingRepository.Stamp stamp) {
        YearCache cached = years.get(stamp.year());
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached;
        }
        Map<Long, Government> registry = registry(true);
        List<GovernmentResult> list = new ArrayList<>();
        for (ResultRepository.Row row : results.publishedOf(stamp.year())) {
            Government government = registry.get(row.governmentId());
            if (government != null) {
                list.add(ResultService.view(row, government));
            }
        }
        list.sort(Comparator.comparing(GovernmentResult::index).reversed().thenComparing(GovernmentResult::governmentName));
        YearCache fresh = new YearCache(stamp, List.copyOf(list), new ConcurrentHashMap<>());
        years.put(stamp.year(), fresh);
        return fresh;
    }

    private List<NationalResult> nationalOf(RankingRepository.Stamp stamp) {
        NationalCache cached = national;
        if (!cached.stamp().equals(stamp.national())) {
            cached = new NationalCache(stamp.national(), results.national());
            national = cached;
        }
        return cached.results();
    }

    private Map<Long, Government> registry(boolean refresh) {
        if (refresh || governments.isEmpty()) {
            governments = organization.governments(null, null, null).stream()
                    .collect(Collectors.toUnmodifiableMap(Government::id, Function.identity()));
        }
        return governments;
    }
}
