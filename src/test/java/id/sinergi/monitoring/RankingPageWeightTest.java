package id.sinergi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.PageWeight;
import id.sinergi.WebTest;
import org.junit.jupiter.api.Test;

/**
 * Page weight of the ranking page's first load (HTML, CSS, JS, icon, fonts; compressed bytes as
 * transferred), against the budget documented in docs/benchmarks.md, section 5.
 */
class RankingPageWeightTest extends WebTest {

    /** docs/benchmarks.md, section 5: 150 KB (153,600 bytes) for the first load of a public page. */
    static final long BUDGET_BYTES = 150 * 1024;

    @Test
    void theRankingPageStaysWithinItsBudget() {
        PageWeight.Measurement ranking = new PageWeight(port).measure("/peringkat?tahun=2022", null);
        assertThat(ranking.failed()).as(ranking.report()).isEmpty();
        assertThat(ranking.resources()).extracting(PageWeight.Resource::path)
                .contains("/css/app.css", "/webjars/htmx.org/dist/htmx.min.js", "/favicon.svg");
        assertThat(ranking.resources().get(0).encoding()).as("the HTML is compressed").isEqualTo("gzip");
        assertThat(ranking.transferred()).as(ranking.report()).isLessThanOrEqualTo(BUDGET_BYTES);

        PageWeight.Measurement trend = new PageWeight(port).measure("/peringkat/instansi/76.04", null);
        assertThat(trend.failed()).as(trend.report()).isEmpty();
        assertThat(trend.transferred()).as(trend.report()).isLessThanOrEqualTo(BUDGET_BYTES);

        PageWeight.Measurement signedIn = new PageWeight(port).measure("/peringkat",
                visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD));
        assertThat(signedIn.report()).contains("/peringkat");
        assertThat(signedIn.transferred()).as(signedIn.report()).isLessThanOrEqualTo(BUDGET_BYTES);
        System.out.println(ranking.report());
    }
}
