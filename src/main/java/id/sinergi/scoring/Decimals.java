package id.sinergi.scoring;

import id.sinergi.shared.Rational;

/** How exact values are written for people and clients. */
public final class Decimals {

    /** Digits shown for a value whose decimal expansion never ends (only 5/2018's 20/6 weights make such). */
    public static final int MAX_EXACT_DECIMALS = 12;

    private Decimals() {
    }

    /** The exact decimal (at least {@code minScale} decimals) or, when it never ends, 12 decimals. */
    public static String exact(Rational value, int minScale) {
        return value.toDecimal(minScale, MAX_EXACT_DECIMALS).toPlainString();
    }

    /** The presentation value: half-up to {@code scale} decimals, always with exactly that many. */
    public static String rounded(Rational value, int scale) {
        return value.round(scale).toPlainString();
    }
}
