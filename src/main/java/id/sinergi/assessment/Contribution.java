package id.sinergi.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One OPD's proposal for one indicator; {@code version} must be sent back with the next change.
 * What may happen to it next is its {@link IndicatorStatus}'s rule.
 */
public record Contribution(long id, String indicatorCode, long agencyId, BigDecimal value, String explanation,
        IndicatorStatus status, String returnReason, int version, Instant updatedAt) {

    /** The OPD may still change it (value, explanation, evidence). */
    public boolean editable() {
        return status.editable();
    }

    /** The coordinator may approve or return it. */
    public boolean reviewable() {
        return status.reviewable();
    }
}
