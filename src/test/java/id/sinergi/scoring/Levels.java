package id.sinergi.scoring;

import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.shared.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Test data in the calculator's language: "every indicator at level 3, indicator 11 at 5". */
public final class Levels {

    private final Instrument instrument;
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();

    private Levels(Instrument instrument) {
        this.instrument = instrument;
    }

    public static Levels of(Instrument instrument) {
        return new Levels(instrument);
    }

    public Levels all(String value) {
        instrument.indicators().forEach(i -> values.put(i.code(), new BigDecimal(value)));
        return this;
    }

    public Levels all(int level) {
        return all(Integer.toString(level));
    }

    public Levels set(String code, String value) {
        values.put(code, new BigDecimal(value));
        return this;
    }

    public Levels set(String code, int level) {
        return set(code, Integer.toString(level));
    }

    public Levels raise(List<String> codes) {
        codes.forEach(c -> values.put(c, values.get(c).add(BigDecimal.ONE)));
        return this;
    }

    /** Random valid values from a fixed seed. */
    public Levels random(Random random) {
        var scale = instrument.valueScale();
        for (Indicator indicator : instrument.indicators()) {
            BigDecimal span = scale.max().subtract(scale.min()).movePointRight(scale.decimals());
            int steps = random.nextInt(span.intValueExact() + 1);
            values.put(indicator.code(), scale.min().add(BigDecimal.valueOf(steps).movePointLeft(scale.decimals())));
        }
        return this;
    }

    public Map<String, BigDecimal> values() {
        return values;
    }

    public ScoreResult score() {
        return ScoreCalculator.score(instrument, values);
    }

    /**
     * Levels whose exact index is {@code target}: every indicator at the whole part of the target,
     * then a subset raised by one level whose weights make up the rest (a subset-sum search).
     * Fails when no such subset exists.
     */
    public static Levels reaching(Instrument instrument, String target) {
        Rational goal = Rational.parse(target);
        int base = new BigDecimal(target).intValue();
        Rational rest = goal.multiply(Rational.HUNDRED).subtract(Rational.of(base).multiply(Rational.HUNDRED));
        Map<Rational, List<String>> reachable = new HashMap<>();
        reachable.put(Rational.ZERO, List.of());
        for (Indicator indicator : instrument.indicators()) {
            Map<Rational, List<String>> next = new HashMap<>(reachable);
            reachable.forEach((sum, codes) -> {
                Rational with = sum.add(indicator.weight());
                if (with.compareTo(rest) <= 0 && !next.containsKey(with)) {
                    List<String> more = new ArrayList<>(codes);
                    more.add(indicator.code());
                    next.put(with, more);
                }
            });
            reachable = next;
        }
        List<String> raised = reachable.get(rest);
        if (raised == null) {
            throw new IllegalArgumentException("No level set of " + instrument.code() + " has index " + target);
        }
        return of(instrument).all(base).raise(raised);
    }
}
