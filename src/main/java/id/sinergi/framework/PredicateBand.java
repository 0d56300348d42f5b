package id.sinergi.framework;

import id.sinergi.shared.Rational;
import java.math.BigDecimal;

/** A predicate (rating band) such as "Sangat Baik" = [3.5, 4.2). */
public record PredicateBand(String name, BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {

    public boolean contains(BigDecimal value) {
        return Bounds.contains(value.compareTo(min), minInclusive, value.compareTo(max), maxInclusive);
    }

    public boolean contains(Rational value) {
        return Bounds.contains(value.compareTo(min), minInclusive, value.compareTo(max), maxInclusive);
    }
}
