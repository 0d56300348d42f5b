package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.framework.BundledInstrumentFiles;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone who may see a government's evaluations asking for one that does not exist (a period, an
 * indicator code, a stage) gets 404, not 403; someone outside the government still gets 403 for
 * the same addresses, so a 404 never tells an outsider what exists.
 */
class MissingPagesTest extends WebTest {

    @Autowired
    Evaluations evaluations;

    private long polman;
    private long periodId;

    @BeforeEach
    void period() {
        polman = governmentIdOf(POLMAN_COORDINATOR);
        periodId = evaluations.periods(actor(ADMIN)).stream().filter(p -> p.year() == 2098).findFirst().map(p -> p.id())
                .orElseGet(() -> evaluations.open(actor(ADMIN), new OpenPeriod(2098, null, BundledInstrumentFiles.SPBE_2020,
                        EvaluationPeriodTest.schedule(clock.today()), List.of("76.04"))).id());
    }

    @Test
    void missingThingsInsideOnesOwnGovernmentAre404() {
        Visitor coordinator = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        String evaluation = "/instansi/" + polman + "/evaluasi/";
        assertThat(coordinator.get(evaluation + periodId).statusCode()).isEqualTo(200);
        for (String path : List.of(evaluation + "999999", evaluation + periodId + "/indikator/999",
                evaluation + periodId + "/indikator/IND-01", evaluation + periodId + "/tahap/tidak-ada",
                evaluation + "999999/tahap/document", evaluation + "999999/indeks")) {
            HttpResponse<String> response = coordinator.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("tidak ditemukan");
        }
        String token = tokenOf(POLMAN_COORDINATOR);
        for (String path : List.of("/api/v1/governments/" + polman + "/assessments/999999",
                "/api/v1/governments/" + polman + "/assessments/999999/snapshots",
                "/api/v1/governments/" + polman + "/assessments/" + periodId + "/stages/tidak-ada")) {
            HttpResponse<String> response = send(request(path).header("Authorization", "Bearer " + token));
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theSameAddressesInAnotherGovernmentStay403() {
        Visitor outsider = visitor().signIn(GORONTALO_PROVINCE_COORDINATOR, DEMO_PASSWORD);
        String evaluation = "/instansi/" + polman + "/evaluasi/";
        // (A stage name that is none is 404 for everyone: the stages are the method's, not the government's.)
        for (String path : List.of(evaluation + "999999", evaluation + periodId, evaluation + periodId + "/indikator/999",
                evaluation + periodId + "/tahap/document")) {
            assertThat(outsider.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }
}
