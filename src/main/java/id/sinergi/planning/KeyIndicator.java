package id.sinergi.planning;

import java.math.BigDecimal;
import java.util.List;

/**
 * An IKU measured with one instrument ({@code instrumentCode}, one scale) over {@code fromYear}–{@code toYear},
 * with one row per year (target, realisation, achievement) and the targets cascaded to OPDs.
 */
public record KeyIndicator(long id, long planId, String name, String instrumentCode, String indexName, int fromYear,
        int toYear, BigDecimal baseline, BigDecimal scaleMin, BigDecimal scaleMax, List<YearRow> years,
        List<CascadedTarget> cascade) {

    public KeyIndicator {
        years = List.copyOf(years);
        cascade = List.copyOf(cascade);
    }

    /**
     * One year: the target (null: not set), the realisation (the government's result of the year when
     * measured with this IKU's instrument, else null), the achievement percentage (2 decimals) and its
     * status. {@code otherInstrument} names the instrument of a result that is not comparable.
     */
    public record YearRow(int year, BigDecimal target, BigDecimal realisation, String predicate, boolean published,
            boolean sampleResult, BigDecimal achievementPercent, AchievementStatus status, String otherInstrument,
            BigDecimal otherIndex) {
    }
}
