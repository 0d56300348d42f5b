package id.sinergi.framework;

import id.sinergi.shared.Rational;
import java.math.BigDecimal;

/**
 * A figure of an instrument as it is shown: the exact value, the value rounded half-up once to the
 * instrument's scale (always with exactly that many decimals) and its predicate, read from the
 * rounded or the exact value as the instrument's {@link PredicateBasis} says. Made only by
 * {@link Instrument#present(Rational)}. {@code predicate} is null for a value outside the
 * instrument's value scale (the bands tile the scale, so any figure on it has one).
 */
public record Presented(Rational exact, BigDecimal rounded, PredicateBand predicate) {

    /** The predicate's name, or null outside the value scale. */
    public String predicateName() {
        return predicate == null ? null : predicate.name();
    }
}
