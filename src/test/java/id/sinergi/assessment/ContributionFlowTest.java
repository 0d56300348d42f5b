package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import id.sinergi.audit.AuditLog;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Organization;
import id.sinergi.shared.NotPermittedException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ContributionFlowTest extends WebTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    @Autowired
    Evaluations evaluations;

    @Autowired
    Contributions contributions;

    @Autowired
    Organization organization;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private long polman;
    private long periodId;
    private long diskominfo;

    /** A fresh period for Polewali Mandar with indicators 1–3 assigned to Diskominfo. */
    @BeforeEach
    void period() {
        polman = governmentIdOf(POLMAN_COORDINATOR);
        int year = YEARS.incrementAndGet();
        periodId = evaluations.open(actor(ADMIN), new OpenPeriod(year, null, BundledInstrumentFiles.SPBE_2020,
                EvaluationPeriodTest.schedule(clock.today()), List.of("76.04"))).id();
        diskominfo = actor(POLMAN_DISKOMINFO_OPERATOR).grants().get(0).agencyId();
        for (String code : List.of("1", "2", "3")) {
            evaluations.assign(actor(POLMAN_COORDINATOR), polman, periodId, code, List.of(diskominfo), null);
        }
    }

    @Test
    void anOperatorContributesTheCoordinatorReturnsOneAndApprovesTheOther() {
        var operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        assertThat(contributions.workOf(operator, polman, periodId, diskominfo)).hasSize(3);

        Contribution draft = contributions.save(operator, polman, periodId, "1", diskominfo, new BigDecimal("3"),
                "Perbup Arsitektur SPBE 2022 sudah ditetapkan.", 0, false);
        Contribution submitted = contributions.save(operator, polman, periodId, "1", diskominfo, new BigDecimal("4"),
                "Perbup Arsitektur SPBE 2022, direviu tiap tahun.", draft.version(), true);
        Contribution second = contributions.save(operator, polman, periodId, "2", diskominfo, new BigDecimal("2"),
                "Peta rencana masih draf.", 0, true);
        assertThat(submitted.status()).isEqualTo(IndicatorStatus.SUBMITTED);
        assertThatThrownBy(() -> contributions.save(operator, polman, periodId, "1", diskominfo, BigDecimal.ONE, "x",
                submitted.version(), false)).extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo("contribution.locked");

        var coordinator = actor(POLMAN_COORDINATOR);
        Contribution returned = contributions.returnForRevision(coordinator, polman, periodId, second.id(), second.version(),
                "Lampirkan draf peta rencana.");
        contributions.approve(coordinator, polman, periodId, submitted.id(), submitted.version());

        AssessmentBoard board = evaluations.board(coordinator, polman, periodId);
        assertThat(board.rows().get(0).status()).isEqualTo(IndicatorStatus.APPROVED);
        assertThat(board.rows().get(0).answer()).isEqualByComparingTo("4");
        assertThat(board.rows().get(1).status()).isEqualTo(IndicatorStatus.RETURNED);
        assertThat(board.rows().get(2).status()).isEqualTo(IndicatorStatus.NOT_STARTED);
        // One answer (indicator 1 at 4, weight 1.3); the other 46 count at level 1: (98.7 + 5.2) / 100 = 1.039.
        assertThat(board.index().index()).isEqualTo("1.04");
        assertThat(board.index().answered()).isEqualTo(1);
        // What one level more would do: indicator 1 (weight 1.3) → 1.052, indicator 47 (weight 3) → 1.069.
        assertThat(board.rows().get(0).oneLevelUp().index()).isEqualTo("1.05");
        assertThat(board.rows().get(46).oneLevelUp().index()).isEqualTo("1.07");
        assertThat(board.rows().get(46).oneLevelUp().predicateChanges()).isFalse();
        assertThat(returned.returnReason()).isEqualTo("Lampirkan draf peta rencana.");
        assertThat(board.reviews().decisions()).isEqualTo(2);
        // Pretend both submissions waited: one 1 day, the other 2 days → mean 1.5 days.
        jdbc.sql("update contribution_review set submitted_at = decided_at - interval '1 day' where contribution_id = ?")
                .param(second.id()).update();
        jdbc.sql("update contribution_review set submitted_at = decided_at - interval '2 days' where contribution_id = ?")
                .param(submitted.id()).update();
        assertThat(evaluations.board(coordinator, polman, periodId).reviews().averageDays()).isEqualTo("1.5");

        Contribution revised = contributions.save(operator, polman, periodId, "2", diskominfo, new BigDecimal("2"),
                "Draf peta rencana terlampir.", returned.version(), true);
        assertThat(revised.status()).isEqualTo(IndicatorStatus.SUBMITTED);
    }

    @Test
    void valuesExplanationsAndScopeAreChecked() {
        var operator = actor(POLMAN_DISKOMINFO_OPERATOR);

        assertProblem(() -> contributions.save(operator, polman, periodId, "1", diskominfo, new BigDecimal("6"), "x", 0, false),
                "score.input.out-of-range");
        assertProblem(() -> contributions.save(operator, polman, periodId, "1", diskominfo, new BigDecimal("2.5"), "x", 0, false),
                "score.input.not-an-integer");
        assertProblem(() -> contributions.save(operator, polman, periodId, "1", diskominfo, new BigDecimal("2"), "  ", 0, false),
                "contribution.explanation.required");
        assertProblem(() -> contributions.save(operator, polman, periodId, "9", diskominfo, new BigDecimal("2"), "x", 0, false),
                "contribution.notAssigned");
        long otherOpd = organization.agencies(actor(POLMAN_COORDINATOR), polman).stream().filter(Agency::active)
                .filter(a -> a.id() != diskominfo).findFirst().orElseThrow().id();
        evaluations.assign(actor(POLMAN_COORDINATOR), polman, periodId, "4", List.of(otherOpd), null);
        assertThatThrownBy(() -> contributions.save(operator, polman, periodId, "4", otherOpd, new BigDecimal("2"), "x", 0, false))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> contributions.workOf(operator, polman, periodId, otherOpd)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> contributions.contributionsOf(operator, polman, periodId, "1")).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void fiftySimultaneousWritersEitherLandOrAreToldAndTheAuditHoldsExactlyTheLandedWrites() throws Exception {
        Contribution first = contributions.save(actor(POLMAN_DISKOMINFO_OPERATOR), polman, periodId, "3", diskominfo,
                new BigDecimal("2"), "Awal.", 0, false);
        String token = tokenOf(POLMAN_DISKOMINFO_OPERATOR);
        String path = "/api/v1/governments/" + polman + "/assessments/" + periodId + "/agencies/" + diskominfo
                + "/contributions/3";
        long auditBefore = auditCount(first.id());
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<HttpResponse<String>>> writers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int writer = i;
            writers.add(() -> send(request(path).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": " + (1 + writer % 5) + ", \"explanation\": \"Penulis "
                            + writer + "\", \"version\": " + first.version() + "}"))));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> result : pool.invokeAll(writers)) {
            HttpResponse<String> response = result.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                assertThat(json(response).get("current").get("version").asInt()).isGreaterThan(first.version());
            }
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 409);
        long landed = statuses.stream().filter(s -> s == 200).count();
        assertThat(landed).isEqualTo(1);
        Contribution now = contributions.workOf(actor(POLMAN_DISKOMINFO_OPERATOR), polman, periodId, diskominfo).stream()
                .filter(w -> w.indicatorCode().equals("3")).findFirst().orElseThrow().contribution();
        assertThat(now.version()).isEqualTo(first.version() + 1);
        assertThat(auditCount(first.id()) - auditBefore).isEqualTo(landed);
    }

    @Test
    void theOperatorPageSavesAndSubmits() {
        Visitor operator = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        String workPath = "/instansi/" + polman + "/evaluasi/" + periodId + "/opd/" + diskominfo;
        assertThat(operator.get(workPath).body()).contains("1 · Rintisan", "Ajukan ke koordinator");

        HttpResponse<String> saved = operator.post(workPath, Map.of("indicatorCode", "1", "value", "3",
                "explanation", "Perbup ada.", "version", "0", "action", "ajukan"));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Indikator 1 diajukan ke koordinator");
        HttpResponse<String> stale = operator.post(workPath, Map.of("indicatorCode", "1", "value", "2",
                "explanation", "Versi lama.", "version", "0", "action", "simpan"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("baru saja diubah oleh orang lain");

        Visitor coordinator = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        String review = "/instansi/" + polman + "/evaluasi/" + periodId + "/indikator/1";
        assertThat(coordinator.get(review).body()).contains("Perbup ada.", "Setujui sebagai jawaban instansi");
        long id = contributions.contributionsOf(actor(POLMAN_COORDINATOR), polman, periodId, "1").get(0).id();
        HttpResponse<String> approved = coordinator.post(review, Map.of("contributionId", Long.toString(id),
                "version", "1", "decision", "setujui"));
        assertThat(approved.body()).contains("menjadi jawaban instansi");
        assertThat(coordinator.get("/instansi/" + polman + "/evaluasi/" + periodId).body()).contains("Disetujui", "1 / 47");
    }

    @Autowired
    Comments comments;

    @Test
    void eachIndicatorHasAThreadForItsOpdsAndTheCoordinator() {
        var operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        comments.add(operator, polman, periodId, "1", "Apakah Perbup 2019 masih berlaku sebagai bukti?");
        comments.add(actor(POLMAN_COORDINATOR), polman, periodId, "1", "Ya, lampirkan juga SK revisinya.");

        assertThat(comments.thread(actor(POLMAN_COORDINATOR), polman, periodId, "1"))
                .extracting(Comment::body).containsExactly("Apakah Perbup 2019 masih berlaku sebagai bukti?",
                        "Ya, lampirkan juga SK revisinya.");
        assertThatThrownBy(() -> comments.add(operator, polman, periodId, "20", "bukan indikator saya"))
                .isInstanceOf(NotPermittedException.class);
        assertProblem(() -> comments.add(operator, polman, periodId, "1", "   "), "comment.body");
        assertThatThrownBy(() -> comments.thread(actor(GORONTALO_PROVINCE_COORDINATOR), polman, periodId, "1"))
                .isInstanceOf(NotPermittedException.class);

        Visitor page = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        String work = "/instansi/" + polman + "/evaluasi/" + periodId + "/opd/" + diskominfo;
        page.get(work);
        HttpResponse<String> posted = page.post("/instansi/" + polman + "/evaluasi/" + periodId + "/indikator/2/komentar",
                Map.of("body", "Draf peta rencana menyusul.", "agencyId", Long.toString(diskominfo)));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(page.get(work).body()).contains("Draf peta rencana menyusul.", "Ya, lampirkan juga SK revisinya.");
    }

    @Test
    void anOperatorAttachesAnUploadedFileToTheirSavedContributionOverTheApi() {
        String token = tokenOf(POLMAN_DISKOMINFO_OPERATOR);
        String contribution = "/api/v1/governments/" + polman + "/assessments/" + periodId + "/agencies/" + diskominfo
                + "/contributions/1";
        String boundary = "----sinergi" + UUID.randomUUID();
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% " + UUID.randomUUID() + "\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Perbup.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + pdf + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> uploaded = send(request("/api/v1/governments/" + polman + "/evidence")
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart, StandardCharsets.ISO_8859_1)));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        long evidenceId = json(uploaded).get("id").asLong();

        HttpResponse<String> beforeSaving = attach(token, contribution + "/evidence/" + evidenceId);
        assertThat(beforeSaving.statusCode()).isEqualTo(400);
        assertThat(json(beforeSaving).get("problem").asString()).isEqualTo("contribution.saveFirst");
        assertThat(send(request(contribution).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 3, \"explanation\": \"Perbup terlampir.\", \"version\": 0}")))
                .statusCode()).isEqualTo(200);
        assertThat(attach(token, contribution + "/evidence/" + evidenceId).statusCode()).isEqualTo(204);
        assertThat(attach(token, contribution + "/evidence/" + evidenceId).statusCode()).isEqualTo(204);
        assertThat(attach(token, contribution + "/evidence/" + (evidenceId + 1_000_000)).statusCode()).isEqualTo(403);

        var work = contributions.workOf(actor(POLMAN_DISKOMINFO_OPERATOR), polman, periodId, diskominfo).stream()
                .filter(w -> w.indicatorCode().equals("1")).findFirst().orElseThrow();
        assertThat(work.evidence()).extracting(e -> e.id()).containsExactly(evidenceId);
        assertThat(work.contribution().version()).as("attaching does not change the answer's version").isEqualTo(1);

        // Submitted, it waits for the coordinator: its evidence no longer changes, as its value does not.
        assertThat(send(request(contribution).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 3, \"explanation\": \"Perbup terlampir.\", \"version\": 1, "
                        + "\"submit\": true}"))).statusCode()).isEqualTo(200);
        HttpResponse<String> detach = send(request(contribution + "/evidence/" + evidenceId)
                .header("Authorization", "Bearer " + token).DELETE());
        assertThat(detach.statusCode()).isEqualTo(400);
        assertThat(json(detach).get("problem").asString()).isEqualTo("contribution.locked");
        assertThat(contributions.workOf(actor(POLMAN_DISKOMINFO_OPERATOR), polman, periodId, diskominfo).stream()
                .filter(w -> w.indicatorCode().equals("1")).findFirst().orElseThrow().evidence()).hasSize(1);
    }

    private HttpResponse<String> attach(String token, String path) {
        return send(request(path).header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    private long auditCount(long contributionId) {
        return jdbc.sql("select count(*) from audit_entry where subject_type = 'contribution' and subject_id = ?")
                .param(Long.toString(contributionId)).query(Long.class).single();
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(AssessmentProblem.class)
                .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo(key);
    }
}
