package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.shared.Actor;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A national admin limits an assessor to some aspects; the assessor scores only those and cannot freeze. */
class AssessorAspectsTest extends WebTest {

    private static final String ASSESSOR = "asesor@sinergi.test";

    @Autowired
    Evaluations evaluations;

    @Autowired
    Contributions contributions;

    @Autowired
    Stages stages;

    @Test
    void anAssessorLimitedToAspectsScoresOnlyThoseAndCannotFreeze() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        long assessorId = identityLookup.account(ASSESSOR).orElseThrow().id();
        String path = "/api/v1/governments/" + polman + "/users/" + assessorId + "/aspects";
        Instrument instrument = BundledInstrumentFiles.instrument(BundledInstrumentFiles.SPBE_2020);
        String inA1 = codeIn(instrument, "A1");
        String inA2 = codeIn(instrument, "A2");
        long periodId = selfAssessmentFrozen(polman, instrument);
        try {
            HttpResponse<String> set = put(path, "{\"aspects\": [\" a1\", \"A1\", \"a5\"]}", tokenOf(ADMIN));
            assertThat(set.statusCode()).isEqualTo(200);
            assertThat(json(set).get("aspects").toString()).isEqualTo("[\"A1\",\"A5\"]");
            HttpResponse<String> bad = put(path, "{\"aspects\": [\"A1\", \"Domain 2!\"]}", tokenOf(ADMIN));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(json(bad).get("detail").asString()).contains("Kode aspek tidak sah", "Domain 2!");
            assertThat(put(path, "{\"aspects\": []}", tokenOf(POLMAN_COORDINATOR)).statusCode()).isEqualTo(403);

            Actor assessor = actor(ASSESSOR);
            assertThat(assessor.assessorAspects(polman)).containsExactly("A1", "A5");
            stages.enter(assessor, polman, periodId, Stage.DOCUMENT, inA1, new BigDecimal("3"), null, null, 0);
            assertThatThrownBy(() -> stages.enter(assessor, polman, periodId, Stage.DOCUMENT, inA2, new BigDecimal("3"),
                    null, null, 0)).extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo("stage.aspect");
            assertThatThrownBy(() -> stages.freeze(assessor, polman, periodId, Stage.DOCUMENT))
                    .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo("stage.freeze.limited");
            String page = visitor().signIn(ASSESSOR, DEMO_PASSWORD)
                    .get("/instansi/" + polman + "/evaluasi/" + periodId + "/tahap/DOCUMENT").body();
            assertThat(page).contains("Anda ditugaskan pada aspek: A1, A5", "aria-label=\"Nilai " + inA1 + "\"")
                    .doesNotContain("aria-label=\"Nilai " + inA2 + "\"", "value=\"bekukan\"");
            assertThat(visitor().signIn(ADMIN, DEMO_PASSWORD).get("/instansi/" + polman + "/pengguna").body())
                    .contains("aspek A1, A5");
        } finally {
            assertThat(put(path, "{\"aspects\": []}", tokenOf(ADMIN)).statusCode()).isEqualTo(200);
        }
        Actor unlimited = actor(ASSESSOR);
        stages.enter(unlimited, polman, periodId, Stage.DOCUMENT, inA2, new BigDecimal("2"), null, null, 0);
        assertThat(unlimited.assessorAspects(polman)).isEmpty();
    }

    private long selfAssessmentFrozen(long polman, Instrument instrument) {
        Actor coordinator = actor(POLMAN_COORDINATOR);
        Actor operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        long diskominfo = operator.grants().get(0).agencyId();
        EvaluationPeriod period = evaluations.open(actor(ADMIN), new OpenPeriod(2078, null, BundledInstrumentFiles.SPBE_2020,
                EvaluationPeriodTest.schedule(clock.today()), List.of("76.04")));
        long periodId = period.id();
        for (Indicator indicator : instrument.indicators()) {
            evaluations.assign(coordinator, polman, periodId, indicator.code(), List.of(diskominfo), null);
            Contribution c = contributions.save(operator, polman, periodId, indicator.code(), diskominfo,
                    new BigDecimal("2"), "Penjelasan.", 0, true);
            contributions.approve(coordinator, polman, periodId, c.id(), c.version());
        }
        stages.freeze(coordinator, polman, periodId, Stage.SELF_ASSESSMENT);
        clock.setToday(period.window(Stage.DOCUMENT).opensOn());
        return periodId;
    }

    private static String codeIn(Instrument instrument, String aspect) {
        return instrument.indicators().stream().filter(i -> i.aspectCode().equals(aspect)).findFirst().orElseThrow().code();
    }

    private HttpResponse<String> put(String path, String body, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }
}
