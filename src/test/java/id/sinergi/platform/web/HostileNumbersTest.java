package id.sinergi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.EvaluationPeriodTest;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.planning.Plans;
import id.sinergi.planning.Plans.NewIndicator;
import id.sinergi.planning.Plans.NewPlan;
import id.sinergi.planning.RegionalPlan;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every way a number enters Sinergi (score API, calculator form, contributions, answers, stage
 * values, RPJMD baselines, targets and cascades, the results import), given numbers no scale needs:
 * a huge exponent, a tiny one, NaN and five thousand digits. Each must be a 400 at once (the
 * client's 30-second timeout would otherwise fail the test: the probe saw 40 s and an
 * OutOfMemoryError), must not repeat the number back in full, and must write nothing.
 */
class HostileNumbersTest extends WebTest {

    private static final String DIGITS = "3" + "1".repeat(4999);
    private static final List<String> HOSTILE = List.of("3e999999999", "1e-999999999", "NaN", DIGITS);

    @Autowired
    Evaluations evaluations;

    @Autowired
    Plans plans;

    @Autowired
    JdbcClient jdbc;

    private long polman;
    private long periodId;
    private long diskominfo;
    private long planId;
    private long indicatorId;

    @BeforeEach
    void periodAndPlan() {
        polman = governmentIdOf(POLMAN_COORDINATOR);
        diskominfo = actor(POLMAN_DISKOMINFO_OPERATOR).grants().get(0).agencyId();
        periodId = evaluations.periods(actor(ADMIN)).stream().filter(p -> p.year() == 2099).findFirst()
                .map(p -> p.id())
                .orElseGet(() -> evaluations.open(actor(ADMIN), new OpenPeriod(2099, null, BundledInstrumentFiles.SPBE_2020,
                        EvaluationPeriodTest.schedule(clock.today()), List.of("76.04"))).id());
        evaluations.assign(actor(POLMAN_COORDINATOR), polman, periodId, "1", List.of(diskominfo), null);
        RegionalPlan plan = plans.create(actor(POLMAN_COORDINATOR), polman, new NewPlan("RPJMD uji angka " + UUID.randomUUID(),
                2030, 2034, null, true, List.of(new NewIndicator("Indeks SPBE", BundledInstrumentFiles.SPBE_2020, 2030, 2032,
                        null, Map.of()))));
        planId = plan.id();
        indicatorId = plan.indicators().get(0).id();
    }

    @Test
    void everyApiThatTakesANumberRefusesHostileOnesAtOnce() {
        String operator = tokenOf(POLMAN_DISKOMINFO_OPERATOR);
        String coordinator = tokenOf(POLMAN_COORDINATOR);
        String admin = tokenOf(ADMIN);
        String assessment = "/api/v1/governments/" + polman + "/assessments/" + periodId;
        String plan = "/api/v1/governments/" + polman + "/plans/" + planId;
        long changesBefore = changes();
        long results2024Before = results2024();
        List<String> answered = new ArrayList<>();
        for (String value : HOSTILE) {
            Map<String, String> calls = new LinkedHashMap<>();
            calls.put("POST /api/v1/frameworks/permenpanrb-59-2020/score", "{\"levels\": {\"1\": " + value + "}}");
            calls.put("PUT " + assessment + "/agencies/" + diskominfo + "/contributions/1",
                    "{\"value\": " + value + ", \"explanation\": \"uji\", \"version\": 0, \"submit\": false}");
            calls.put("PUT " + assessment + "/answers/1",
                    "{\"value\": " + value + ", \"explanation\": \"uji\", \"evidenceIds\": [], \"version\": 0}");
            calls.put("PUT " + assessment + "/stages/document/values/1", "{\"value\": " + value + ", \"version\": 0}");
            calls.put("POST " + plan + "/indicators", "{\"name\": \"IKU uji\", \"instrumentCode\": \"permenpanrb-59-2020\", "
                    + "\"fromYear\": 2033, \"toYear\": 2034, \"baseline\": " + value + "}");
            calls.put("PUT " + plan + "/indicators/" + indicatorId + "/targets/2031", "{\"target\": " + value + "}");
            calls.put("PUT " + plan + "/indicators/" + indicatorId + "/cascade/2031", "{\"levels\": {\"1\": " + value + "}}");
            // The same value as a JSON string is read by the same reader.
            calls.put("PUT " + plan + "/indicators/" + indicatorId + "/targets/2032", "{\"target\": \"" + value + "\"}");
            for (Map.Entry<String, String> call : calls.entrySet()) {
                String[] methodAndPath = call.getKey().split(" ", 2);
                String token = methodAndPath[1].contains("/contributions/") ? operator
                        : methodAndPath[1].contains("/stages/") ? admin : coordinator;
                HttpResponse<String> response = send(request(methodAndPath[1]).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .method(methodAndPath[0], HttpRequest.BodyPublishers.ofString(call.getValue(), StandardCharsets.UTF_8)));
                answered.add(call.getKey() + " " + shortly(value) + " -> " + response.statusCode());
                assertThat(response.statusCode()).as("%s with %s: %s", call.getKey(), shortly(value), response.body())
                        .isEqualTo(400);
                assertThat(response.body()).as("the refusal does not repeat the number").doesNotContain(DIGITS.substring(0, 100));
            }
            HttpResponse<String> imported = send(request("/api/v1/admin/results/import?year=2024&apply=true")
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "multipart/form-data; boundary=XyZ")
                    .POST(HttpRequest.BodyPublishers.ofString(multipart("kode,nama,indeks\n76.04,Polewali Mandar," + value + "\n"))));
            assertThat(imported.statusCode()).as("results import with %s: %s", shortly(value), imported.body()).isEqualTo(400);
            assertThat(json(imported).path("problems").toString()).contains("result.import.index.notNumber")
                    .doesNotContain(DIGITS.substring(0, 100));
        }
        assertThat(answered).hasSize(HOSTILE.size() * 8);
        assertThat(changes()).as("nothing was written").isEqualTo(changesBefore);
        assertThat(results2024()).isEqualTo(results2024Before);
    }

    @Test
    void theApiNamesTheFieldThatHoldsTheNumber() {
        HttpResponse<String> response = send(request("/api/v1/governments/" + polman + "/plans/" + planId + "/indicators/"
                + indicatorId + "/targets/2031").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR)).header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"target\": 3e999999999}")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("field").asString()).isEqualTo("target");
        assertThat(json(response).path("detail").asString()).contains("target").contains("plain number");

        HttpResponse<String> score = postJson("/api/v1/frameworks/permenpanrb-59-2020/score",
                "{\"levels\": {\"7\": 1e-999999999}}");
        assertThat(score.statusCode()).isEqualTo(400);
        assertThat(score.body()).contains("Indikator 7: nilai harus berupa angka biasa");
    }

    @Test
    void everyFormThatTakesANumberRefusesHostileOnesAtOnce() {
        Visitor coordinator = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        Visitor operator = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        Visitor admin = visitor().signIn(ADMIN, DEMO_PASSWORD);
        Visitor anonymous = visitor();
        String evaluation = "/instansi/" + polman + "/evaluasi/" + periodId;
        String plan = "/instansi/" + polman + "/rpjmd/" + planId;
        long changesBefore = changes();
        for (String value : HOSTILE) {
            anonymous.get("/kalkulator");
            assertRefused(anonymous.post("/kalkulator", Map.of("framework", "permenpanrb-59-2020", "level.1", value)),
                    "/kalkulator", value);
            operator.get(evaluation + "/opd/" + diskominfo);
            assertRefused(operator.post(evaluation + "/opd/" + diskominfo, Map.of("indicatorCode", "1", "value", value,
                    "explanation", "uji", "version", "0")), "contribution form", value);
            coordinator.get(evaluation + "/indikator/1");
            assertRefused(coordinator.post(evaluation + "/indikator/1/jawaban", Map.of("value", value,
                    "explanation", "uji", "version", "0")), "answer form", value);
            admin.get(evaluation + "/tahap/document");
            assertRefused(admin.post(evaluation + "/tahap/document", Map.of("indicatorCode", "1", "value", value,
                    "version", "0")), "stage form", value);
            coordinator.get(plan);
            assertRefused(coordinator.post(plan + "/iku/" + indicatorId + "/target", Map.of("year", "2031", "target", value)),
                    "target form", value);
            coordinator.get(plan);
            assertRefused(coordinator.post(plan + "/iku", Map.of("name", "IKU uji", "instrumentCode",
                    "permenpanrb-59-2020", "fromYear", "2033", "toYear", "2034", "baseline", value)), "IKU form", value);
            coordinator.get(plan + "/iku/" + indicatorId + "/kaskade/2031");
            assertRefused(coordinator.post(plan + "/iku/" + indicatorId + "/kaskade/2031", Map.of("level.1", value)),
                    "cascade form", value);
        }
        assertThat(changes()).as("nothing was written").isEqualTo(changesBefore);
    }

    private static void assertRefused(HttpResponse<String> response, String what, String value) {
        // The page keeps what was typed in its field (so the body may hold the number), with the error beside it.
        assertThat(response.statusCode()).as("%s with %s", what, shortly(value)).isEqualTo(400);
    }

    /** Audited changes of Polewali Mandar: every accepted write appends one. */
    private long changes() {
        return jdbc.sql("select count(*) from audit_entry where government_id = ?").param(polman).query(Long.class).single();
    }

    private long results2024() {
        return jdbc.sql("select count(*) from government_result where year = 2024").query(Long.class).single();
    }

    private static String shortly(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + " chars)" : value;
    }

    private static String multipart(String csv) {
        return "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hasil.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + csv + "\r\n--XyZ--\r\n";
    }
}
