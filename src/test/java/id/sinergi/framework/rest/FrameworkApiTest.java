package id.sinergi.framework.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.framework.BundledInstrumentFiles;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FrameworkApiTest extends WebTest {

    @Test
    void listsThePublishedInstruments() {
        HttpResponse<String> response = get("/api/v1/frameworks");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        json(response).forEach(f -> codes.add(f.get("code").asString()));
        assertThat(codes).contains("permenpanrb-5-2018", "permenpanrb-59-2020", "permenpanrb-8-2026");
    }

    @Test
    void showsStructureWeightsLevelsAndPredicates() {
        JsonNode spbe = json(get("/api/v1/frameworks/permenpanrb-59-2020"));

        assertThat(spbe.get("domains")).hasSize(4);
        assertThat(spbe.get("domains").get(2).get("weight").asString()).isEqualTo("16.5");
        assertThat(spbe.get("aspects")).hasSize(8);
        assertThat(spbe.get("aspects").get(0).get("indicators").get(0).get("weight").asString()).isEqualTo("1.3");
        assertThat(spbe.get("levelScales").get(0).get("levels").get(2).get("name").asString()).isEqualTo("Terstandarisasi");
        assertThat(spbe.get("levelScales").get(0).get("levels").get(2).get("criteria").get("id").asString()).isNotBlank();
        assertThat(spbe.get("predicates").get(1).get("name").asString()).isEqualTo("Sangat Baik");
        assertThat(spbe.get("predicates").get(1).get("min").asString()).isEqualTo("3.5");
        assertThat(spbe.get("predicates").get(1).get("maxInclusive").asBoolean()).isFalse();
        assertThat(spbe.get("sources")).isNotEmpty();

        JsonNode pemdi = json(get("/api/v1/frameworks/permenpanrb-8-2026"));
        assertThat(pemdi.get("provisional").asBoolean()).isTrue();
        assertThat(pemdi.get("domains")).isEmpty();
        assertThat(pemdi.get("valueScale").get("decimals").asInt()).isEqualTo(2);
        assertThat(pemdi.get("aspects").get(6).get("indicators").get(0).get("kind").asString()).isEqualTo("SURVEY");
        assertThat(pemdi.get("levelScales").get(0).get("levels").get(1).get("min").asString()).isEqualTo("1.5");
    }

    @Test
    void anUnknownInstrumentIsAProblemDetail404() {
        HttpResponse<String> response = get("/api/v1/frameworks/permenpanrb-1-1999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).get("detail").asString()).contains("permenpanrb-1-1999");
    }

    @Test
    void adminEndpointsNeedTheToken() {
        HttpResponse<String> none = send(request("/api/v1/admin/frameworks").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> wrong = send(admin("/api/v1/admin/frameworks", "sng_wrong-token-wrong-token")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> list = send(request("/api/v1/admin/frameworks/permenpanrb-59-2020/versions").GET());
        HttpResponse<String> coordinator = send(admin("/api/v1/admin/frameworks", tokenOf(POLMAN_COORDINATOR))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("detail").asString()).contains("Authorization");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(coordinator.statusCode()).isEqualTo(403);
    }

    @Test
    void anInvalidFileIsRefusedWithEveryProblemAndNothingStored() {
        String broken = new String(BundledInstrumentFiles.bytes(BundledInstrumentFiles.SPBE_2020), StandardCharsets.UTF_8)
                .replaceFirst("\"code\": \"permenpanrb-59-2020\"", "\"code\": \"admin-invalid-test\"")
                .replaceFirst("\"weight\": \"13\"", "\"weight\": \"12\"")
                .replaceFirst("\"weight\": \"1.3\"", "\"weight\": \"1.4\"")
                .replaceFirst("\"max\": \"4.2\"", "\"max\": \"4.3\"");

        HttpResponse<String> response = send(admin("/api/v1/admin/frameworks", tokenOf(ADMIN))
                .POST(HttpRequest.BodyPublishers.ofString(broken)));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        List<String> problems = new ArrayList<>();
        body.get("errors").forEach(e -> problems.add(e.get("problem").asString()));
        assertThat(problems).contains("instrument.weight.aspectSum", "instrument.weight.domainSum",
                "instrument.weight.total", "instrument.band.overlap");
        assertThat(body.get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(send(admin("/api/v1/admin/frameworks/admin-invalid-test/versions", tokenOf(ADMIN)).GET()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void importsADraftAndPublishesIt() {
        String file = new String(BundledInstrumentFiles.bytes(BundledInstrumentFiles.PEMDI_2026), StandardCharsets.UTF_8)
                .replaceFirst("\"code\": \"permenpanrb-8-2026\"", "\"code\": \"admin-import-test\"");

        HttpResponse<String> imported = send(admin("/api/v1/admin/frameworks", tokenOf(ADMIN))
                .POST(HttpRequest.BodyPublishers.ofString(file)));
        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(json(imported).get("status").asString()).isEqualTo("DRAFT");
        assertThat(get("/api/v1/frameworks/admin-import-test").statusCode()).isEqualTo(404);

        HttpResponse<String> published = send(admin("/api/v1/admin/frameworks/admin-import-test/versions/1/publish",
                tokenOf(ADMIN)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json(published).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(get("/api/v1/frameworks/admin-import-test").statusCode()).isEqualTo(200);

        HttpResponse<String> again = send(admin("/api/v1/admin/frameworks/admin-import-test/versions/1/publish",
                tokenOf(ADMIN)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("detail").asString()).contains("sudah diterbitkan");
    }

    private HttpRequest.Builder admin(String path, String token) {
        return request(path).header("Content-Type", "application/json").header("Authorization", "Bearer " + token);
    }
}
