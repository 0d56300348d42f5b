package id.sinergi.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import id.sinergi.assessment.AssessmentFinalized;
import id.sinergi.monitoring.Results.ResultEntry;
import id.sinergi.shared.NotPermittedException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Results per government per year: the demo's real figures, checks on entry, finalized assessments, publishing. */
class ResultsTest extends WebTest {

    @Autowired
    Results results;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theDemoStartsFromThePublishedRealFigures() {
        assertThat(results.publishedOf(2022)).anySatisfy(r -> {
            assertThat(r.governmentCode()).isEqualTo("76.04");
            assertThat(r.index()).isEqualByComparingTo("3.58");
            assertThat(r.predicate()).isEqualTo("Sangat Baik");
            assertThat(r.sample()).isFalse();
            assertThat(r.sourceNote()).contains("10.56196/jta.v13i01.236");
        }).anySatisfy(r -> {
            assertThat(r.governmentCode()).isEqualTo("75.71");
            assertThat(r.predicate()).isEqualTo("Cukup");
        });
        assertThat(results.ofGovernment(null, governmentIdOf(POLMAN_COORDINATOR))).extracting(GovernmentResult::year)
                .containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(results.ofGovernment(null, governmentIdOf(POLMAN_COORDINATOR)).get(0).instrumentCode())
                .isEqualTo("permenpanrb-5-2018");
        assertThat(results.national()).extracting(NationalResult::year).containsExactly(2018, 2021, 2022, 2023, 2024);
    }

    @Test
    void anEntryMustFitTheInstrumentAndItsPredicate() {
        long city = governmentIdOf("koordinator.gorontalokota@sinergi.test");
        var admin = actor(ADMIN);
        assertThatThrownBy(() -> results.record(admin, new ResultEntry(city, 2019, "permenpanrb-59-2020",
                new BigDecimal("3.10"), "Sangat Baik", ResultSource.ENTRY, null, false)))
                .extracting(e -> ((MonitoringProblem) e).messageKey()).isEqualTo("result.predicate.contradicts");
        assertThatThrownBy(() -> results.record(admin, new ResultEntry(city, 2019, "permenpanrb-59-2020",
                new BigDecimal("5.10"), null, ResultSource.ENTRY, null, false)))
                .extracting(e -> ((MonitoringProblem) e).messageKey()).isEqualTo("result.index.range");
        assertThatThrownBy(() -> results.record(admin, new ResultEntry(city, 2019, "permenpanrb-59-2020",
                new BigDecimal("3.105"), null, ResultSource.ENTRY, null, false)))
                .extracting(e -> ((MonitoringProblem) e).messageKey()).isEqualTo("result.index.decimals");
        assertThatThrownBy(() -> results.record(actor(POLMAN_COORDINATOR), new ResultEntry(city, 2019,
                "permenpanrb-59-2020", new BigDecimal("3.10"), null, ResultSource.ENTRY, null, false)))
                .isInstanceOf(NotPermittedException.class);
        GovernmentResult recorded = results.record(admin, new ResultEntry(city, 2019, "permenpanrb-59-2020",
                new BigDecimal("3.5"), " sangat  baik ", ResultSource.ENTRY, "uji", true));
        assertThat(recorded.predicate()).as("3.50 is Sangat Baik, published cases confirm it").isEqualTo("Sangat Baik");
        assertThat(recorded.sample()).isTrue();
    }

    @Test
    void aFinalizedAssessmentIsAnUnpublishedResultUntilTheYearIsPublished() {
        long province = governmentIdOf(GORONTALO_PROVINCE_COORDINATOR);
        events.publishEvent(new AssessmentFinalized(province, -1, 2093, "permenpanrb-59-2020", new BigDecimal("3.19"),
                "3.18995", "Baik", "Evaluasi uji", false));

        assertThat(results.publishedOf(2093)).isEmpty();
        assertThat(results.ofGovernment(actor(GORONTALO_PROVINCE_COORDINATOR), province))
                .anySatisfy(r -> assertThat(r.year()).isEqualTo(2093));
        assertThat(results.ofGovernment(actor(POLMAN_COORDINATOR), province)).noneMatch(r -> r.year() == 2093);
        var years = json(send(request("/api/v1/admin/results/years").header("Authorization", "Bearer " + tokenOf(ADMIN))));
        boolean listed = false;
        for (var year : years) {
            if (year.get("year").asInt() == 2093) {
                listed = true;
                assertThat(year.get("published").asInt()).isZero();
            }
        }
        assertThat(listed).isTrue();
        assertThat(send(request("/api/v1/admin/results/2093/publish").header("Authorization", "Bearer "
                + tokenOf(GORONTALO_PROVINCE_COORDINATOR)).POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(403);
        var published = send(request("/api/v1/admin/results/2093/publish").header("Authorization", "Bearer " + tokenOf(ADMIN))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(json(published).get("published").asInt()).isEqualTo(1);
        assertThat(results.publishedOf(2093)).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo(ResultSource.ASSESSMENT);
            assertThat(r.index()).isEqualByComparingTo("3.19");
        });
    }
}
