package id.sinergi.scoring;

import id.sinergi.framework.Aspect;
import id.sinergi.framework.Domain;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.Presented;
import id.sinergi.framework.ValueScale;
import id.sinergi.scoring.InputProblem.Kind;
import id.sinergi.shared.DecimalInput;
import id.sinergi.shared.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes an instrument's index the way the national method does (PermenPANRB 59/2020, also
 * 5/2018 and 8/2026):
 * <pre>
 * aspect = Σ value_i·w_i / Σ w_i      domain = Σ aspect_a·w_a / Σ w_a      index = Σ top_t·w_t / 100
 * </pre>
 * Every intermediate is an exact {@link Rational}; each published figure is presented once, from its
 * exact value, with the instrument's rule ({@link Instrument#present(Rational)}: half-up to its scale,
 * predicate on its basis). Rounding aspects before domains (or domains before the index) changes the
 * second decimal of real published results, which is why nothing here rounds early.
 */
public final class ScoreCalculator {

    private ScoreCalculator() {
    }

    /** Every problem of the input, in a stable order: per entry as sent, then the missing codes. */
    public static List<InputProblem> validate(Instrument instrument, List<InputEntry> entries) {
        Map<String, Indicator> indicators = new HashMap<>();
        for (Indicator indicator : instrument.indicators()) {
            indicators.put(indicator.code(), indicator);
        }
        ValueScale scale = instrument.valueScale();
        List<InputProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (InputEntry entry : entries) {
            if (!seen.add(entry.code())) {
                duplicates.add(entry.code());
                continue;
            }
            if (!indicators.containsKey(entry.code())) {
                problems.add(new InputProblem(entry.code(), Kind.UNKNOWN, List.of()));
            } else if (entry.value() == null) {
                problems.add(new InputProblem(entry.code(), Kind.NOT_A_NUMBER, List.of()));
            } else {
                valueProblem(entry, scale).ifPresent(problems::add);
            }
        }
        for (String code : duplicates) {
            problems.add(new InputProblem(code, Kind.DUPLICATE, List.of()));
        }
        for (Indicator indicator : instrument.indicators()) {
            if (!seen.contains(indicator.code())) {
                problems.add(new InputProblem(indicator.code(), Kind.MISSING, List.of()));
            }
        }
        return problems;
    }

    private static Optional<InputProblem> valueProblem(InputEntry entry, ValueScale scale) {
        BigDecimal value = entry.value();
        if (DecimalInput.check(value).isEmpty()) {
            // Never format or compare a value no scale needs (e.g. 3e999999999): it could take minutes.
            return Optional.of(new InputProblem(entry.code(), Kind.NOT_A_NUMBER, List.of()));
        }
        int decimals = Math.max(0, value.stripTrailingZeros().scale());
        if (scale.integerOnly() && decimals > 0) {
            return Optional.of(new InputProblem(entry.code(), Kind.NOT_AN_INTEGER,
                    List.of(value.toPlainString())));
        }
        if (decimals > scale.decimals()) {
            return Optional.of(new InputProblem(entry.code(), Kind.TOO_MANY_DECIMALS,
                    List.of(value.toPlainString(), scale.decimals())));
        }
        if (value.compareTo(scale.min()) < 0 || value.compareTo(scale.max()) > 0) {
            return Optional.of(new InputProblem(entry.code(), Kind.OUT_OF_RANGE,
                    List.of(value.toPlainString(), scale.min().toPlainString(), scale.max().toPlainString())));
        }
        return Optional.empty();
    }

    /**
     * Scores a complete, valid set of values (see {@link #validate}).
     *
     * @throws IllegalArgumentException when a value is missing or invalid
     */
    public static ScoreResult score(Instrument instrument, Map<String, BigDecimal> values) {
        List<InputEntry> entries = new ArrayList<>(values.size());
        values.forEach((code, value) -> entries.add(new InputEntry(code, value)));
        List<InputProblem> problems = validate(instrument, entries);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid input for " + instrument.code() + ": " + problems);
        }
        Map<String, Figure> aspects = new HashMap<>();
        List<Figure> aspectFigures = new ArrayList<>();
        for (Aspect aspect : instrument.aspects()) {
            List<Term> terms = new ArrayList<>(aspect.indicators().size());
            for (Indicator indicator : aspect.indicators()) {
                terms.add(term(indicator.code(), indicator.name(), Rational.of(values.get(indicator.code())),
                        indicator.weight()));
            }
            Figure figure = figure(instrument, aspect.code(), aspect.name(), aspect.domainCode(), aspect.weight(), terms);
            aspects.put(aspect.code(), figure);
            aspectFigures.add(figure);
        }
        List<Figure> domainFigures = new ArrayList<>();
        List<Term> topTerms = new ArrayList<>();
        if (instrument.hasDomains()) {
            for (Domain domain : instrument.domains()) {
                List<Term> terms = new ArrayList<>(domain.aspects().size());
                for (Aspect aspect : domain.aspects()) {
                    terms.add(term(aspect.code(), aspect.name(), aspects.get(aspect.code()).value(), aspect.weight()));
                }
                Figure figure = figure(instrument, domain.code(), domain.name(), null, domain.weight(), terms);
                domainFigures.add(figure);
                topTerms.add(term(domain.code(), domain.name(), figure.value(), domain.weight()));
            }
        } else {
            for (Figure aspect : aspectFigures) {
                topTerms.add(term(aspect.code(), aspect.name(), aspect.value(), aspect.weight()));
            }
        }
        Explanation index = explanation(topTerms, Rational.HUNDRED);
        Presented presented = instrument.present(index.value());
        if (presented.predicate() == null) {
            throw new IllegalStateException("No predicate band holds " + presented.rounded() + " in " + instrument.code()
                    + ": the instrument validation should have refused it");
        }
        return new ScoreResult(instrument.code(), index.value(), presented.rounded(), presented.predicateName(),
                domainFigures, aspectFigures, index);
    }

    /**
     * The index from the top-level values a decree or report publishes (domain values, or aspect
     * values for an instrument without domains): Σ value·weight / 100. This is how a published
     * index is checked against its published parts.
     *
     * @throws IllegalArgumentException when a top-level code is missing or unknown
     */
    public static Explanation indexFromParts(Instrument instrument, Map<String, BigDecimal> partValues) {
        List<Term> terms = new ArrayList<>();
        if (instrument.hasDomains()) {
            for (Domain domain : instrument.domains()) {
                terms.add(term(domain.code(), domain.name(), part(partValues, domain.code()), domain.weight()));
            }
        } else {
            for (Aspect aspect : instrument.aspects()) {
                terms.add(term(aspect.code(), aspect.name(), part(partValues, aspect.code()), aspect.weight()));
            }
        }
        if (partValues.size() != terms.size()) {
            throw new IllegalArgumentException("Unknown parts in " + partValues.keySet() + " for " + instrument.code());
        }
        return explanation(terms, Rational.HUNDRED);
    }

    private static Rational part(Map<String, BigDecimal> values, String code) {
        BigDecimal value = values.get(code);
        if (value == null) {
            throw new IllegalArgumentException("No value for " + code);
        }
        return Rational.of(value);
    }

    private static Term term(String code, String name, Rational value, Rational weight) {
        return new Term(code, name, value, weight, value.multiply(weight));
    }

    /** An aspect or domain: Σ products / Σ weights, presented with the instrument's rule. */
    private static Figure figure(Instrument instrument, String code, String name, String parent, Rational weight,
            List<Term> terms) {
        Explanation explanation = explanation(terms, null);
        return new Figure(code, name, parent, weight, explanation.value(),
                instrument.present(explanation.value()).rounded(), explanation);
    }

    /** Σ products / divisor; without a divisor, the sum of the terms' weights. */
    private static Explanation explanation(List<Term> terms, Rational divisor) {
        Rational sum = Rational.ZERO;
        Rational weights = Rational.ZERO;
        for (Term term : terms) {
            sum = sum.add(term.product());
            weights = weights.add(term.weight());
        }
        Rational by = divisor == null ? weights : divisor;
        return new Explanation(terms, sum, by, sum.divide(by));
    }
}
