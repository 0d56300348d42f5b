package id.sinergi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.shared.Grant;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One government's invitation never decides another's (ADR 0014). */
class InvitationAcrossGovernmentsTest extends WebTest {

    static final String CITY_COORDINATOR = "koordinator.gorontalokota@sinergi.test";

    @Test
    void aSecondGovernmentGetsItsOwnLinkAndSeesTheNameItGave() {
        long province = governmentIdOf(GORONTALO_PROVINCE_COORDINATOR);
        long city = governmentIdOf(CITY_COORDINATOR);
        String email = "x-" + UUID.randomUUID() + "@gorontalo.test";
        String provinceLink = invite(GORONTALO_PROVINCE_COORDINATOR, province, email, "Nama dari Provinsi").get("path").asString();

        JsonNode cityInvitation = invite(CITY_COORDINATOR, city, email, "Nama dari Kota");

        String cityLink = cityInvitation.get("path").asString();
        assertThat(cityLink).startsWith("/undangan/");
        assertThat(nameAndStatusIn(CITY_COORDINATOR, city, email)).isEqualTo("Nama dari Kota INVITED");
        assertThat(nameAndStatusIn(GORONTALO_PROVINCE_COORDINATOR, province, email)).isEqualTo("Nama dari Provinsi INVITED");

        Visitor person = visitor();
        assertThat(person.get(cityLink).body()).contains("Atur kata sandi", email);
        assertThat(person.post(cityLink, Map.of("password", "Danau Limboto di pagi hari",
                "confirmation", "Danau Limboto di pagi hari")).headers().firstValue("Location")).hasValueSatisfying(
                        l -> assertThat(l).endsWith("/masuk?aktif"));

        // The city's link opened the city's grant only: the province's waits for the province's link.
        assertThat(actor(email).grants()).extracting(Grant::governmentId).containsExactly(city);
        assertThat(nameAndStatusIn(CITY_COORDINATOR, city, email)).isEqualTo("Nama dari Kota ACTIVE");
        assertThat(nameAndStatusIn(GORONTALO_PROVINCE_COORDINATOR, province, email)).isEqualTo("Nama dari Provinsi INVITED");

        // The province's link cannot reset the password now; its owner accepts it signed in.
        Visitor stranger = visitor();
        assertThat(stranger.get(provinceLink).body()).doesNotContain("name=\"password\"");
        assertThat(stranger.post(provinceLink, Map.of("password", "Perampas akun Gorontalo", "confirmation",
                "Perampas akun Gorontalo")).statusCode()).isEqualTo(400);
        assertThat(stranger.post(provinceLink + "/terima", Map.of()).statusCode()).isEqualTo(302);
        assertThat(actor(email).grants()).extracting(Grant::governmentId).containsExactly(city);

        person.signIn(email, "Danau Limboto di pagi hari");
        person.get(provinceLink);
        assertThat(person.post(provinceLink + "/terima", Map.of()).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/beranda"));
        assertThat(actor(email).grants()).extracting(Grant::governmentId).containsExactlyInAnyOrder(city, province);
        assertThat(nameAndStatusIn(GORONTALO_PROVINCE_COORDINATOR, province, email)).isEqualTo("Nama dari Provinsi ACTIVE");
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheEmailHasAnAccount() {
        long province = governmentIdOf(GORONTALO_PROVINCE_COORDINATOR);
        String newcomer = "baru-" + UUID.randomUUID() + "@gorontalo.test";

        HttpResponse<String> forExisting = inviteResponse(GORONTALO_PROVINCE_COORDINATOR, province, POLMAN_COORDINATOR, "Siapa Saja");
        HttpResponse<String> forNew = inviteResponse(GORONTALO_PROVINCE_COORDINATOR, province, newcomer, "Siapa Saja");

        assertThat(forExisting.statusCode()).isEqualTo(forNew.statusCode()).isEqualTo(201);
        assertThat(shape(json(forExisting), POLMAN_COORDINATOR)).isEqualTo(shape(json(forNew), newcomer));

        Visitor coordinator = visitor().signIn(GORONTALO_PROVINCE_COORDINATOR, DEMO_PASSWORD);
        coordinator.get("/instansi/" + province + "/pengguna");
        String existingPage = notice(coordinator.post("/instansi/" + province + "/pengguna", Map.of("email",
                "pimpinan.polman@sinergi.test", "name", "Siapa Saja", "role", "LEADER")).body());
        String newPage = notice(coordinator.post("/instansi/" + province + "/pengguna", Map.of("email",
                "lain-" + UUID.randomUUID() + "@gorontalo.test", "name", "Siapa Saja", "role", "LEADER")).body());
        assertThat(existingPage.replace("pimpinan.polman@sinergi.test", "EMAIL").replaceAll("/undangan/[^<\"]+", "LINK"))
                .isEqualTo(newPage.replaceAll("lain-[^@]+@gorontalo.test", "EMAIL").replaceAll("/undangan/[^<\"]+", "LINK"));

        // The existing account kept its password and gains the role only as its owner chooses.
        visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        accounts.removeFromGovernment(actor(GORONTALO_PROVINCE_COORDINATOR), province, actor(POLMAN_COORDINATOR).userId());
        accounts.removeFromGovernment(actor(GORONTALO_PROVINCE_COORDINATOR), province,
                actor("pimpinan.polman@sinergi.test").userId());
    }

    private static List<String> shape(JsonNode body, String email) {
        List<String> fields = new ArrayList<>();
        body.propertyNames().forEach(fields::add);
        fields.add(body.get("email").asString().equals(email) ? "email" : "other email");
        fields.add(body.get("path").asString().matches("/undangan/[A-Za-z0-9_-]{20,}") ? "link" : "no link");
        fields.add(body.get("expiresAt").isNull() ? "no expiry" : "expiry");
        return fields;
    }

    private static String notice(String page) {
        int start = page.indexOf("<div class=\"notice\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</div>", start));
    }

    private String nameAndStatusIn(String coordinator, long governmentId, String email) {
        for (JsonNode user : json(api("GET", "/api/v1/governments/" + governmentId + "/users", tokenOf(coordinator), null))) {
            if (user.get("email").asString().equals(email)) {
                return user.get("displayName").asString() + " " + user.get("status").asString();
            }
        }
        return "absent";
    }

    private JsonNode invite(String coordinator, long governmentId, String email, String name) {
        HttpResponse<String> response = inviteResponse(coordinator, governmentId, email, name);
        assertThat(response.statusCode()).isEqualTo(201);
        return json(response);
    }

    private HttpResponse<String> inviteResponse(String coordinator, long governmentId, String email, String name) {
        return api("POST", "/api/v1/governments/" + governmentId + "/users", tokenOf(coordinator),
                "{\"email\": \"" + email + "\", \"name\": \"" + name + "\", \"role\": \"LEADER\"}");
    }

    private HttpResponse<String> api(String method, String path, String token, String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }
}
