package id.sinergi.monitoring;

import id.sinergi.organization.Government;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Public rankings and statistics of the published results: per year, filtered by category scope
 * and region or group; and a government's trend across years, split wherever the instrument changes
 * (different instruments are different scales and are never joined) or a year is missing.
 */
public interface Rankings {

    /** Years with published results, newest first. */
    List<Integer> publishedYears();

    /** Every published result of a year (unfiltered), best first; empty when nothing is published for it. */
    List<GovernmentResult> publishedOf(int year);

    /** The ranking and statistics of a year under a filter; empty when the year has no published results. */
    Optional<RankingYear> of(int year, RankingFilter filter);

    /** A government's published results as trend segments; empty for an unknown government. */
    Optional<RankingTrend> trendOf(long governmentId);

    /**
     * One year's ranking. Results of different instruments in one year (should it ever happen) are
     * ranked in separate sections; normally there is one. {@code national} is the published national
     * figure of the year, when known; {@code publishedYears} every year with published results, newest first.
     */
    record RankingYear(int year, RankingFilter filter, List<RankingSection> sections, NationalResult national,
            boolean anySample, List<Integer> publishedYears) {

        public int count() {
            return sections.stream().mapToInt(s -> s.ranked().size()).sum();
        }
    }

    /** The ranking of one instrument's results, with its statistics. */
    record RankingSection(String instrumentCode, String instrumentLabel, BigDecimal scaleMin, BigDecimal scaleMax,
            List<Ranking.Ranked> ranked, Statistics statistics) {
    }

    /**
     * Statistics of the filtered results: {@code mean} is the exact mean of the published indices
     * ({@code sum} / {@code count}) rounded half-up once, to 2 decimals; {@code distribution} counts
     * each predicate of the instrument (best first, zeros included); {@code regions} has every island
     * region and group that has results within the category scope (ignoring the region filter).
     */
    record Statistics(int count, BigDecimal sum, BigDecimal mean, List<StatisticsCount> distribution,
            List<StatisticsRegion> regions) {
    }

    /** How many results have a predicate. */
    record StatisticsCount(String predicate, int count) {
    }

    /**
     * A region's (or group's) average and best result(s): {@code best} holds every result with the
     * region's highest index (more than one on a tie); {@code uniquePredicate} when the best has a
     * predicate that no other result of the region has ("the only Sangat Baik in Indonesia Timur").
     */
    record StatisticsRegion(String code, String label, boolean group, int count, BigDecimal mean,
            List<GovernmentResult> best, boolean uniquePredicate) {
    }

    /** A government's trend: segments oldest first. */
    record RankingTrend(Government government, List<TrendSegment> segments) {

        public boolean anySample() {
            return segments.stream().flatMap(s -> s.points().stream()).anyMatch(GovernmentResult::sample);
        }
    }

    /** Why a segment starts apart from the previous one. */
    enum TrendBreak {
        NONE, INSTRUMENT, MISSING_YEAR
    }

    /** Consecutive years under one instrument, on that instrument's scale. */
    record TrendSegment(String instrumentCode, String instrumentLabel, BigDecimal scaleMin, BigDecimal scaleMax,
            TrendBreak breakBefore, List<GovernmentResult> points) {
    }
}
