package id.sinergi.planning;

/**
 * How a year's realisation compares with its target: {@code REACHED} at 100 % or more, {@code NEAR}
 * from 90 %, {@code BELOW} under 90 %; {@code NO_REALISATION} when there is no result of the IKU's
 * instrument that year, {@code NOT_COMPARABLE} when the year's result was measured with another
 * instrument (another scale), {@code NO_TARGET} when no target is set.
 */
public enum AchievementStatus {
    REACHED, NEAR, BELOW, NO_REALISATION, NOT_COMPARABLE, NO_TARGET
}
