package id.sinergi.planning.web;

import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.framework.InstrumentCatalog.PublishedInstrument;
import id.sinergi.organization.Government;
import id.sinergi.planning.CascadedTarget;
import id.sinergi.planning.Dashboard;
import id.sinergi.planning.KeyIndicator;
import id.sinergi.planning.RegionalPlan;
import java.util.List;
import java.util.Map;

/** Models of the planning pages. */
public final class PlanningPages {

    private PlanningPages() {
    }

    /** The RPJMD page; {@code charts} maps an IKU id to its SVG. */
    public record PlansPage(Government government, List<RegionalPlan> plans, boolean manage,
            List<PublishedInstrument> instruments, Map<Long, String> charts, String notice, List<String> errors) {

        public boolean sample() {
            return plans.stream().anyMatch(RegionalPlan::sample);
        }
    }

    /** Setting target levels of one IKU year per instrument indicator, cascaded to the lead OPDs. */
    public record CascadePage(Government government, RegionalPlan plan, KeyIndicator indicator, int year,
            AssessmentBoard board, Map<String, CascadedTarget> targets, String notice, List<String> errors) {
    }

    /** The leadership dashboard with its charts. */
    public record DashboardPage(Government government, Dashboard dashboard, Map<Long, String> targetCharts,
            String trendChart, String domainChart, String aspectChart, boolean manage) {
    }

    /** The targets an OPD owns. */
    public record AgencyTargetsPage(Government government, List<CascadedTarget> targets) {
    }
}
