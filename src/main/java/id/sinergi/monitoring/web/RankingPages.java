package id.sinergi.monitoring.web;

import id.sinergi.monitoring.RankingScope;
import id.sinergi.monitoring.Rankings.RankingSection;
import id.sinergi.monitoring.Rankings.RankingTrend;
import id.sinergi.monitoring.Rankings.RankingYear;
import id.sinergi.organization.Region;
import id.sinergi.organization.RegionGroup;
import java.util.List;

/** What the ranking templates show. */
public final class RankingPages {

    private RankingPages() {
    }

    /**
     * The public ranking page: the published years, the chosen year and filter (selector values),
     * the ranking (null when the year has nothing published or the filter was refused) with one chart
     * pair per instrument section.
     */
    public record RankingPage(List<Integer> years, Integer year, String category, String place, RankingYear data,
            List<SectionCharts> charts, List<String> errors) {

        public List<RankingScope> scopes() {
            return List.of(RankingScope.values());
        }

        public List<Region> regions() {
            return List.of(Region.values());
        }

        public List<RegionGroup> groups() {
            return List.of(RegionGroup.values());
        }

        /** The page's query for the same filter in another year. */
        public String query(int otherYear) {
            return "?tahun=" + otherYear + (category.isEmpty() ? "" : "&kategori=" + category)
                    + (place.isEmpty() ? "" : "&wilayah=" + place);
        }
    }

    /** One section's charts, as SVG markup: predicate distribution, regional averages. */
    public record SectionCharts(RankingSection section, String distribution, String regions) {
    }

    /** A government's trend page. */
    public record TrendPage(RankingTrend trend, String chart) {
    }

    /** The open-data index: years with published results. */
    public record DataPage(List<Integer> years) {
    }
}
