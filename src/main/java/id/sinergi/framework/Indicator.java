package id.sinergi.framework;

import id.sinergi.shared.Rational;

/**
 * A scored item. Its weight is a share of the whole index (all indicator weights add up to 100).
 * {@code levelScale} names the scale whose level names and criteria apply.
 */
public record Indicator(String code, String name, Rational weight, IndicatorKind kind, String aspectCode,
        String levelScale) {
}
