package id.sinergi.framework;

final class Bounds {

    private Bounds() {
    }

    /** Whether a value lies in a band, given its comparisons with the band's lower and upper bound. */
    static boolean contains(int comparedToMin, boolean minInclusive, int comparedToMax, boolean maxInclusive) {
        return (minInclusive ? comparedToMin >= 0 : comparedToMin > 0)
                && (maxInclusive ? comparedToMax <= 0 : comparedToMax < 0);
    }
}
