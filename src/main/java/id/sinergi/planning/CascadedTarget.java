package id.sinergi.planning;

import java.math.BigDecimal;

/** An IKU target of a year cascaded to one instrument indicator, owned by the OPD that leads it. */
public record CascadedTarget(long keyIndicatorId, String keyIndicatorName, int year, String indicatorCode,
        String indicatorName, long agencyId, String agencyName, BigDecimal targetLevel) {
}
