package id.sinergi.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/** One OPD's proposal for one indicator; {@code version} must be sent back with the next change. */
public record Contribution(long id, String indicatorCode, long agencyId, BigDecimal value, String explanation,
        IndicatorStatus status, String returnReason, int version, Instant updatedAt) {
}
