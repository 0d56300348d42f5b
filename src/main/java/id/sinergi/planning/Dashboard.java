package id.sinergi.planning;

import id.sinergi.assessment.AssessmentBoard.AgencyProgress;
import java.math.BigDecimal;
import java.util.List;

/**
 * The leadership dashboard of one government: the latest index and predicate, the values per domain
 * and aspect of the latest frozen final stage, the trend (with instrument breaks), the IKU targets
 * against realisation, the ranks of the latest published year, OPD participation in the current
 * period and the indicators where one level more adds most. {@code sample}: something shown is
 * sample data ("data contoh").
 */
public record Dashboard(long governmentId, String governmentName, Latest latest, Breakdown breakdown,
        List<TrendPoint> trend, List<RegionalPlan> plans, List<Rank> ranks, Participation participation,
        List<Opportunity> opportunities, boolean sample) {

    public Dashboard {
        trend = List.copyOf(trend);
        plans = List.copyOf(plans);
        ranks = List.copyOf(ranks);
        opportunities = List.copyOf(opportunities);
    }

    /** The latest result: published, or the government's own unpublished final result. */
    public record Latest(int year, String instrumentCode, String indexName, BigDecimal index, String predicate,
            boolean published, boolean sample) {
    }

    /** Values of the latest frozen final stage, computed with the instrument pinned by its period. */
    public record Breakdown(long periodId, String periodName, int year, String instrumentCode, String index,
            String predicate, List<Part> domains, List<Part> aspects) {
    }

    /** One domain or aspect value (rounded half-up once, from the exact value). */
    public record Part(String code, String name, String parentCode, BigDecimal value) {
    }

    /** One year of the trend; {@code breakBefore} when its instrument differs from the year before (another scale). */
    public record TrendPoint(int year, String instrumentCode, BigDecimal index, String predicate, boolean published,
            boolean sample, boolean breakBefore) {
    }

    /**
     * The rank of the latest published year among published results of the same instrument:
     * {@code scope} NATIONAL (all), CATEGORY (same kind of government), REGION (same island region),
     * INDONESIA_TIMUR; {@code of} how many are ranked; {@code tied} when another shares the rank.
     */
    public record Rank(String scope, String label, int year, int rank, boolean tied, int of) {
    }

    /**
     * OPD participation in the current period, with the coordinator's review turnaround (mean time from
     * a submission to its approval or return, over every decision of the period).
     */
    public record Participation(long periodId, String periodName, int year, List<AgencyProgress> agencies,
            int assigned, int answered, int approved, id.sinergi.assessment.AssessmentBoard.ReviewTurnaround reviews) {
    }

    /**
     * An indicator where one level more raises the provisional index most: {@code adds} is the
     * provisional index with that level minus the current one (both as the board rounds them).
     */
    public record Opportunity(String indicatorCode, String indicatorName, String aspectCode, String weight,
            BigDecimal answer, String indexThen, BigDecimal adds, boolean predicateChanges, String predicateThen) {
    }
}
