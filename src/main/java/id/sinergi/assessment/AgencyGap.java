package id.sinergi.assessment;

import java.math.BigDecimal;

/**
 * How one OPD's self-assessment compares with an assessor stage, over the indicators assigned to
 * it: {@code totalGap} is the exact sum of (stage value − self-assessment answer) over the
 * {@code compared} indicators that have both; {@code lower} of them were valued lower by the assessor.
 */
public record AgencyGap(long agencyId, int assigned, int compared, BigDecimal totalGap, int lower, int higher) {

    /** The mean gap, rounded half-up to 2 decimals for presentation; null when nothing is compared yet. */
    public String averageGap() {
        return compared == 0 ? null : totalGap.divide(BigDecimal.valueOf(compared), 2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }
}
