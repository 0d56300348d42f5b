package id.sinergi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.assessment.Contributions;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.EvaluationPeriodTest;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.Stages;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A sample evaluation (data contoh), finalized and published, stays labelled as sample in the
 * ranking (API and page), the statistics, the trend and the open-data files. Year 2080 (other
 * classes' test periods count up from 2040, 2050, 2060 and 2070).
 */
class SampleEvaluationResultsTest extends WebTest {

    private static final int YEAR = 2080;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Contributions contributions;

    @Autowired
    Stages stages;

    @Autowired
    Organization organization;

    @Autowired
    Results results;

    @Test
    void aFinalizedSamplePeriodIsPublishedAsDataContohEverywhere() {
        Actor admin = actor(ADMIN);
        Actor coordinator = actor(POLMAN_COORDINATOR);
        Actor assessor = actor("asesor@sinergi.test");
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        EvaluationPeriod period = evaluations.open(admin, new OpenPeriod(YEAR, "Evaluasi Pemdi " + YEAR + " (data contoh)",
                BundledInstrumentFiles.PEMDI_2026, EvaluationPeriodTest.schedule(clock.today()), List.of("76.04"), true));
        assertThat(period.sample()).isTrue();
        Agency agency = organization.agencies(coordinator, polman).stream().filter(Agency::active).findFirst().orElseThrow();
        Instrument instrument = BundledInstrumentFiles.instrument(BundledInstrumentFiles.PEMDI_2026);
        for (Indicator indicator : instrument.indicators()) {
            evaluations.assign(coordinator, polman, period.id(), indicator.code(), List.of(agency.id()), null);
            contributions.consolidate(coordinator, polman, period.id(), indicator.code(), BigDecimal.valueOf(3),
                    "Jawaban contoh", List.of(), 0);
        }
        stages.freeze(coordinator, polman, period.id(), Stage.SELF_ASSESSMENT);
        for (Stage stage : List.of(Stage.DOCUMENT, Stage.INTERVIEW, Stage.VISIT, Stage.FINAL)) {
            clock.setToday(period.window(stage).opensOn());
            for (Indicator indicator : instrument.indicators()) {
                stages.enter(assessor, polman, period.id(), stage, indicator.code(), BigDecimal.valueOf(3), null, null, 0);
            }
            stages.freeze(assessor, polman, period.id(), stage);
        }
        results.publishYear(admin, YEAR);

        assertThat(results.publishedOf(YEAR)).singleElement().satisfies(r -> {
            assertThat(r.sample()).isTrue();
            assertThat(r.source()).isEqualTo(ResultSource.ASSESSMENT);
            assertThat(r.sourceNote()).isEqualTo("Data contoh: Evaluasi Pemdi " + YEAR + " (data contoh)");
        });
        JsonNode ranking = json(get("/api/v1/rankings/" + YEAR));
        assertThat(ranking.get("sample").asBoolean()).isTrue();
        assertThat(ranking.get("results").get(0).get("sample").asBoolean()).isTrue();
        assertThat(json(get("/api/v1/statistics/" + YEAR)).get("sample").asBoolean()).isTrue();
        String page = visitor().get("/peringkat?tahun=" + YEAR).body();
        assertThat(page).contains("sample-notice");
        String row = page.substring(page.indexOf("data-code=\"76.04\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("data contoh");
        JsonNode trend = json(get("/api/v1/governments/" + polman + "/trend"));
        boolean found = false;
        for (JsonNode segment : trend.get("segments")) {
            for (JsonNode point : segment.get("points")) {
                if (point.get("year").asInt() == YEAR) {
                    found = true;
                    assertThat(point.get("sample").asBoolean()).isTrue();
                }
            }
        }
        assertThat(found).as("the trend has %d", YEAR).isTrue();
        assertThat(get("/data/hasil/" + YEAR + ".csv").body().split("\r\n")[1])
                .endsWith(",Data contoh: Evaluasi Pemdi " + YEAR + " (data contoh),ya");
        JsonNode open = json(get("/data/hasil/" + YEAR + ".json"));
        assertThat(open.get("data_contoh").asBoolean()).isTrue();
        assertThat(open.get("hasil").get(0).get("data_contoh").asBoolean()).isTrue();
        assertThat(visitor().signIn(ADMIN, DEMO_PASSWORD).get("/admin/periode").body())
                .contains("Evaluasi Pemdi " + YEAR + " (data contoh) <span class=\"tag\">data contoh</span>");
    }
}
