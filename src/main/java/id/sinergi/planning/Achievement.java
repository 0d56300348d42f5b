package id.sinergi.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Achievement = realisation / target. The status compares exact values; the percentage is
 * realisation × 100 / target rounded half-up once to {@link #PERCENT_DECIMALS} decimals, for
 * presentation only. A percentage is Sinergi's own measure, not a figure of an instrument, so it has
 * its own rounding rule rather than the instrument's ({@code Instrument.present}).
 */
public final class Achievement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);

    /** Decimals of a shown achievement percentage ("97.14 %"), rounded half-up. */
    public static final int PERCENT_DECIMALS = 2;

    private Achievement() {
    }

    /** The percentage, {@link #PERCENT_DECIMALS} decimals half-up; null without a realisation or a (positive) target. */
    public static BigDecimal percent(BigDecimal realisation, BigDecimal target) {
        if (realisation == null || target == null || target.signum() <= 0) {
            return null;
        }
        return realisation.multiply(HUNDRED).divide(target, PERCENT_DECIMALS, RoundingMode.HALF_UP);
    }

    /** The status of a comparable realisation (null: none) against a target (null: none). */
    public static AchievementStatus status(BigDecimal realisation, BigDecimal target) {
        if (target == null || target.signum() <= 0) {
            return AchievementStatus.NO_TARGET;
        }
        if (realisation == null) {
            return AchievementStatus.NO_REALISATION;
        }
        BigDecimal scaled = realisation.multiply(HUNDRED);
        if (scaled.compareTo(target.multiply(HUNDRED)) >= 0) {
            return AchievementStatus.REACHED;
        }
        return scaled.compareTo(target.multiply(NINETY)) >= 0 ? AchievementStatus.NEAR : AchievementStatus.BELOW;
    }
}
