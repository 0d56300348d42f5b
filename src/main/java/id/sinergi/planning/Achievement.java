package id.sinergi.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Achievement = realisation / target. The status compares exact values; the percentage is
 * realisation × 100 / target rounded half-up once to 2 decimals, for presentation only.
 */
public final class Achievement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);

    private Achievement() {
    }

    /** The percentage, 2 decimals half-up; null without a realisation or a (positive) target. */
    public static BigDecimal percent(BigDecimal realisation, BigDecimal target) {
        if (realisation == null || target == null || target.signum() <= 0) {
            return null;
        }
        return realisation.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
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
