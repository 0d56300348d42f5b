package id.sinergi.framework.domain;

import id.sinergi.framework.Aspect;
import id.sinergi.framework.Domain;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentProblem;
import id.sinergi.framework.Level;
import id.sinergi.framework.LevelScale;
import id.sinergi.framework.PredicateBand;
import id.sinergi.framework.ValueScale;
import id.sinergi.shared.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The structural rules every instrument obeys (PermenPANRB 59/2020 method: weights are shares of
 * the index, so indicator weights add up to their aspect's, aspect weights to their domain's, and
 * the top level to 100; predicate bands cover the value scale without gap or overlap).
 */
final class InstrumentRules {

    private static final Rational HUNDRED = Rational.HUNDRED;

    private InstrumentRules() {
    }

    /** Checks what could be read; parts left null by the reader (already reported) are skipped. */
    static void check(Instrument instrument, List<InstrumentProblem> problems) {
        uniqueCodes(instrument, problems);
        weights(instrument, problems);
        ValueScale scale = instrument.valueScale();
        if (scale == null) {
            return;
        }
        valueScale(scale, problems);
        for (int s = 0; s < instrument.levelScales().size(); s++) {
            levelScale(instrument.levelScales().get(s), scale, "$.levelScales[" + s + "]", problems);
        }
        predicates(instrument, problems);
    }

    private static void uniqueCodes(Instrument instrument, List<InstrumentProblem> problems) {
        duplicates(instrument.domains().stream().map(Domain::code).toList(), "$.domains", problems);
        duplicates(instrument.aspects().stream().map(Aspect::code).toList(), "$.aspects", problems);
        duplicates(instrument.indicators().stream().map(Indicator::code).toList(), "$.indicators", problems);
    }

    private static void duplicates(List<String> codes, String path, List<InstrumentProblem> problems) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String code : codes) {
            if (code != null && !seen.add(code) && reported.add(code)) {
                problems.add(InstrumentProblem.of(path, "instrument.duplicateCode", code));
            }
        }
    }

    private static void weights(Instrument instrument, List<InstrumentProblem> problems) {
        for (Aspect aspect : instrument.aspects()) {
            Rational sum = sum(aspect.indicators().stream().map(Indicator::weight).toList());
            if (sum != null && aspect.weight() != null && sum.compareTo(aspect.weight()) != 0) {
                problems.add(InstrumentProblem.of("aspect " + aspect.code(), "instrument.weight.aspectSum",
                        aspect.code(), sum.toString(), aspect.weight().toString()));
            }
        }
        List<Rational> top;
        if (instrument.hasDomains()) {
            for (Domain domain : instrument.domains()) {
                Rational sum = sum(domain.aspects().stream().map(Aspect::weight).toList());
                if (sum != null && domain.weight() != null && sum.compareTo(domain.weight()) != 0) {
                    problems.add(InstrumentProblem.of("domain " + domain.code(), "instrument.weight.domainSum",
                            domain.code(), sum.toString(), domain.weight().toString()));
                }
            }
            top = instrument.domains().stream().map(Domain::weight).toList();
        } else {
            top = instrument.aspects().stream().map(Aspect::weight).toList();
        }
        Rational total = sum(top);
        if (total != null && total.compareTo(HUNDRED) != 0) {
            problems.add(InstrumentProblem.of("$", "instrument.weight.total", total.toString()));
        }
    }

    /** The sum, or null when a weight could not be read (its problem is already reported). */
    private static Rational sum(List<Rational> values) {
        Rational sum = Rational.ZERO;
        for (Rational value : values) {
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }

    private static void valueScale(ValueScale scale, List<InstrumentProblem> problems) {
        if (scale.min().compareTo(scale.max()) >= 0) {
            problems.add(InstrumentProblem.of("$.valueScale", "instrument.valueScale.order",
                    scale.min().toPlainString(), scale.max().toPlainString()));
        }
        for (BigDecimal bound : List.of(scale.min(), scale.max())) {
            if (bound.stripTrailingZeros().scale() > scale.decimals()) {
                problems.add(InstrumentProblem.of("$.valueScale", "instrument.valueScale.boundPrecision",
                        bound.toPlainString(), scale.decimals()));
            }
        }
    }

    private static void levelScale(LevelScale scale, ValueScale values, String path, List<InstrumentProblem> problems) {
        Set<Integer> numbers = new HashSet<>();
        for (Level level : scale.levels()) {
            if (!numbers.add(level.level())) {
                problems.add(InstrumentProblem.of(path, "instrument.level.duplicate", level.level()));
            }
        }
        if (values.integerOnly()) {
            for (int n = values.min().intValue(); n <= values.max().intValue(); n++) {
                if (!numbers.contains(n)) {
                    problems.add(InstrumentProblem.of(path, "instrument.level.missing", n));
                }
            }
            for (Integer n : numbers) {
                if (n < values.min().intValue() || n > values.max().intValue()) {
                    problems.add(InstrumentProblem.of(path, "instrument.level.outOfScale", n,
                            values.min().toPlainString(), values.max().toPlainString()));
                }
            }
        } else {
            long withBand = scale.levels().stream().filter(Level::hasBand).count();
            if (withBand == 0) {
                return;
            }
            if (withBand != scale.levels().size()) {
                problems.add(InstrumentProblem.of(path, "instrument.level.bandsPartial"));
                return;
            }
            List<Band> bands = scale.levels().stream()
                    .map(l -> new Band(l.name(), l.bandMin(), l.bandMinInclusive(), l.bandMax(), l.bandMaxInclusive()))
                    .toList();
            coverage(bands, values, path, problems);
        }
    }

    private static void predicates(Instrument instrument, List<InstrumentProblem> problems) {
        Set<String> names = new HashSet<>();
        for (PredicateBand band : instrument.predicates()) {
            if (!names.add(band.name())) {
                problems.add(InstrumentProblem.of("$.predicates", "instrument.duplicateCode", band.name()));
            }
        }
        List<Band> bands = instrument.predicates().stream()
                .map(p -> new Band(p.name(), p.min(), p.minInclusive(), p.max(), p.maxInclusive()))
                .toList();
        coverage(bands, instrument.valueScale(), "$.predicates", problems);
    }

    private record Band(String name, BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {
    }

    /** Bands must tile [scale.min, scale.max]: no value left out, no value in two bands. */
    private static void coverage(List<Band> unsorted, ValueScale scale, String path, List<InstrumentProblem> problems) {
        if (unsorted.isEmpty()) {
            return;
        }
        List<Band> bands = new ArrayList<>(unsorted);
        bands.sort(Comparator.comparing(Band::min).thenComparing(Band::max));
        for (Band band : bands) {
            int order = band.min().compareTo(band.max());
            if (order > 0 || (order == 0 && !(band.minInclusive() && band.maxInclusive()))) {
                problems.add(InstrumentProblem.of(path, "instrument.band.empty", band.name()));
            }
        }
        Band first = bands.get(0);
        if (first.min().compareTo(scale.min()) != 0 || !first.minInclusive()) {
            problems.add(InstrumentProblem.of(path, "instrument.band.start", first.name(), scale.min().toPlainString()));
        }
        Band last = bands.get(bands.size() - 1);
        if (last.max().compareTo(scale.max()) != 0 || !last.maxInclusive()) {
            problems.add(InstrumentProblem.of(path, "instrument.band.end", last.name(), scale.max().toPlainString()));
        }
        for (int i = 1; i < bands.size(); i++) {
            Band previous = bands.get(i - 1);
            Band next = bands.get(i);
            int meet = previous.max().compareTo(next.min());
            boolean gap = meet < 0 || (meet == 0 && !previous.maxInclusive() && !next.minInclusive());
            boolean overlap = meet > 0 || (meet == 0 && previous.maxInclusive() && next.minInclusive());
            if (gap) {
                problems.add(InstrumentProblem.of(path, "instrument.band.gap", previous.name(), next.name(),
                        previous.max().toPlainString(), next.min().toPlainString()));
            }
            if (overlap) {
                problems.add(InstrumentProblem.of(path, "instrument.band.overlap", previous.name(), next.name(),
                        next.min().toPlainString(), previous.max().toPlainString()));
            }
        }
    }
}
