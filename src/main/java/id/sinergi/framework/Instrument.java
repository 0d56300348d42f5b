package id.sinergi.framework;

import id.sinergi.shared.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One version of an evaluation instrument. Either {@code domains} is non-empty and every aspect
 * belongs to a domain (59/2020, 5/2018), or it is empty and the aspects are the top level (8/2026).
 * {@code aspects} always lists every aspect in order.
 */
public record Instrument(
        String code,
        String name,
        String indexName,
        boolean provisional,
        String status,
        List<Integer> usedForEvaluationYears,
        List<String> sources,
        ValueScale valueScale,
        int roundingScale,
        PredicateBasis predicateBasis,
        List<LevelScale> levelScales,
        List<PredicateBand> predicates,
        List<Domain> domains,
        List<Aspect> aspects) {

    public Instrument {
        usedForEvaluationYears = List.copyOf(usedForEvaluationYears);
        sources = List.copyOf(sources);
        levelScales = List.copyOf(levelScales);
        predicates = List.copyOf(predicates);
        domains = List.copyOf(domains);
        aspects = List.copyOf(aspects);
    }

    public boolean hasDomains() {
        return !domains.isEmpty();
    }

    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>();
        for (Aspect aspect : aspects) {
            all.addAll(aspect.indicators());
        }
        return Collections.unmodifiableList(all);
    }

    public Optional<LevelScale> levelScale(String scaleCode) {
        return levelScales.stream().filter(s -> s.code().equals(scaleCode)).findFirst();
    }

    /**
     * How a figure of this instrument is shown, the one rule every module follows: rounded half-up
     * once, from its exact value, to {@link #roundingScale} decimals, with the predicate read from the
     * rounded value or, when {@link #predicateBasis} is {@code EXACT}, from the exact one. Rounding
     * anything earlier (aspects before domains, domains before the index) changes published figures.
     */
    public Presented present(Rational exact) {
        BigDecimal rounded = exact.round(roundingScale);
        Optional<PredicateBand> band = predicateBasis == PredicateBasis.EXACT ? predicateOf(exact) : predicateOf(rounded);
        return new Presented(exact, rounded, band.orElse(null));
    }

    /** {@link #present(Rational)} of a decimal value (an index as published or entered, a mean). */
    public Presented present(BigDecimal exact) {
        return present(Rational.of(exact));
    }

    /**
     * The band a value falls in, if any (bands are validated to cover the whole scale). This reads a
     * band, nothing more: the predicate of a figure comes from {@link #present(Rational)}.
     */
    public Optional<PredicateBand> predicateOf(BigDecimal value) {
        return predicates.stream().filter(p -> p.contains(value)).findFirst();
    }

    public Optional<PredicateBand> predicateOf(Rational value) {
        return predicates.stream().filter(p -> p.contains(value)).findFirst();
    }
}
