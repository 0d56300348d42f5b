package id.sinergi.monitoring;

import id.sinergi.organization.Government;
import id.sinergi.organization.Region;
import id.sinergi.organization.RegionGroup;
import java.util.Locale;

/**
 * What a ranking or its statistics cover: a scope of categories, and at most one of an island
 * region or a group of regions (Indonesia Timur). Results without a region (central agencies) drop
 * out as soon as a region or group is chosen.
 */
public record RankingFilter(RankingScope scope, Region region, RegionGroup group) {

    public static final RankingFilter ALL = new RankingFilter(RankingScope.ALL, null, null);

    public RankingFilter {
        scope = scope == null ? RankingScope.ALL : scope;
        if (region != null && group != null) {
            throw new MonitoringProblem("ranking.filter.regionAndGroup");
        }
    }

    public boolean includes(GovernmentResult result) {
        if (!scope.includes(result.category())) {
            return false;
        }
        if (region != null) {
            return region == result.region();
        }
        return group == null || group.includes(new Government(result.governmentId(), result.governmentCode(),
                result.governmentName(), result.category(), result.provinceCode(), result.region(), true));
    }

    /**
     * Reads a filter from request parameters (enum names, case-insensitive; blank means none).
     * {@code region} may also name a group ({@code INDONESIA_TIMUR}), as one selector on the page does.
     */
    public static RankingFilter parse(String category, String region, String group) {
        RankingScope scope = parse(RankingScope.class, category, "category");
        RegionGroup regionGroup = parse(RegionGroup.class, group, "group");
        Region island = null;
        if (region != null && !region.isBlank()) {
            RegionGroup named = lenient(RegionGroup.class, region);
            if (named != null && regionGroup == null) {
                regionGroup = named;
            } else {
                island = parse(Region.class, region, "region");
            }
        }
        return new RankingFilter(scope, island, regionGroup);
    }

    /** The region or group as one selector value (empty for none). */
    public String place() {
        return region != null ? region.name() : group != null ? group.name() : "";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        E parsed = lenient(type, value);
        if (parsed == null) {
            throw new MonitoringProblem("ranking.filter.invalid", what, value.strip());
        }
        return parsed;
    }

    private static <E extends Enum<E>> E lenient(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
