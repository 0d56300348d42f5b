package id.sinergi.scoring;

import id.sinergi.shared.Rational;
import java.math.BigDecimal;

/**
 * The value of one domain or aspect: exact, rounded once for presentation, and explained.
 * {@code parentCode} is the domain of an aspect (null for a domain or a top-level aspect).
 */
public record Figure(String code, String name, String parentCode, Rational weight, Rational value, BigDecimal rounded,
        Explanation explanation) {
}
