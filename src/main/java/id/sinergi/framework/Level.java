package id.sinergi.framework;

import id.sinergi.shared.LocalizedText;
import java.math.BigDecimal;

/**
 * One maturity level. On decimal scales (8/2026) a level also owns a band of values
 * ({@code bandMin}..{@code bandMax}); on integer scales the band is absent.
 */
public record Level(int level, String name, LocalizedText criteria, BigDecimal bandMin, boolean bandMinInclusive,
        BigDecimal bandMax, boolean bandMaxInclusive) {

    public boolean hasBand() {
        return bandMin != null && bandMax != null;
    }

    public boolean bandContains(BigDecimal value) {
        return hasBand()
                && Bounds.contains(value.compareTo(bandMin), bandMinInclusive, value.compareTo(bandMax), bandMaxInclusive);
    }
}
