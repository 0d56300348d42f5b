package id.sinergi.scoring;

import id.sinergi.shared.Rational;

/**
 * How exact values are written for people and clients. Rounding a figure for presentation is the
 * instrument's ({@code Instrument.present}), not this class's.
 */
public final class Decimals {

    /** Digits shown for a value whose decimal expansion never ends (only 5/2018's 20/6 weights make such). */
    public static final int MAX_EXACT_DECIMALS = 12;

    private Decimals() {
    }

    /** The exact decimal (at least {@code minScale} decimals) or, when it never ends, 12 decimals. */
    public static String exact(Rational value, int minScale) {
        return value.toDecimal(minScale, MAX_EXACT_DECIMALS).toPlainString();
    }
}
