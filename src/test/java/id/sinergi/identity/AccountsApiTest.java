package id.sinergi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AccountsApiTest extends WebTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aCoordinatorInvitesAnOperatorWhoSetsAPasswordAndSignsIn() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String token = tokenOf(POLMAN_COORDINATOR);
        long agency = json(api("GET", "/api/v1/governments/" + polman + "/agencies", token, null)).get(0).get("id").asLong();
        String email = "baru-" + UUID.randomUUID() + "@sinergi.test";

        HttpResponse<String> invited = api("POST", "/api/v1/governments/" + polman + "/users", token,
                "{\"email\": \"" + email + "\", \"name\": \"Operator Baru\", \"role\": \"OPERATOR\", \"agencyId\": " + agency + "}");

        assertThat(invited.statusCode()).isEqualTo(201);
        String link = json(invited).get("path").asString();
        Visitor newcomer = visitor();
        assertThat(newcomer.get(link).body()).contains(email, "Atur kata sandi");
        assertThat(newcomer.post(link, Map.of("password", "rahasia123", "confirmation", "rahasia123")).body())
                .contains("minimal 12 karakter");
        assertThat(newcomer.post(link, Map.of("password", "indonesia1945!", "confirmation", "indonesia1945!")).body())
                .contains("terlalu umum");
        assertThat(newcomer.post(link, Map.of("password", "Ikan terbang di Teluk", "confirmation", "Ikan terbang di teluk"))
                .body()).contains("tidak sama");
        String tooLong = "Ikan terbang di Teluk Mandar ".repeat(3);
        assertThat(newcomer.post(link, Map.of("password", tooLong, "confirmation", tooLong)).body()).contains("72 byte");
        HttpResponse<String> accepted = newcomer.post(link, Map.of("password", "Ikan terbang di Teluk Mandar",
                "confirmation", "Ikan terbang di Teluk Mandar"));
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/masuk?aktif"));
        assertThat(newcomer.get(link).statusCode()).isEqualTo(404);

        visitor().signIn(email, "Ikan terbang di Teluk Mandar");
    }

    @Test
    void badInvitationsAreRefusedWithTheReason() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String token = tokenOf(POLMAN_COORDINATOR);

        JsonNode noEmail = json(api("POST", "/api/v1/governments/" + polman + "/users", token,
                "{\"email\": \"bukan-email\", \"name\": \"X Y\", \"role\": \"LEADER\"}"));
        JsonNode noAgency = json(api("POST", "/api/v1/governments/" + polman + "/users", token,
                "{\"email\": \"op-" + UUID.randomUUID() + "@sinergi.test\", \"name\": \"X Y\", \"role\": \"OPERATOR\"}"));
        HttpResponse<String> assessor = api("POST", "/api/v1/governments/" + polman + "/users", token,
                "{\"email\": \"as-" + UUID.randomUUID() + "@sinergi.test\", \"name\": \"X Y\", \"role\": \"ASSESSOR\"}");

        assertThat(noEmail.get("detail").asString()).contains("bukan-email");
        assertThat(noAgency.get("problem").asString()).isEqualTo("user.agency.required");
        assertThat(assessor.statusCode()).isEqualTo(403);
    }

    @Test
    void personalAccessTokensAreShownOnceHashedAndRevocable() {
        Visitor coordinator = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        coordinator.get("/akun/token");
        String page = coordinator.post("/akun/token", Map.of("name", "Integrasi e-Kinerja", "days", "30")).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"new-token\">(sng_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        String token = m.group(1);

        HttpResponse<String> me = api("GET", "/api/v1/me", token, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).get("name").asString()).isEqualTo("Koordinator SPBE Polewali Mandar");
        assertThat(coordinator.get("/akun/token").body()).doesNotContain(token).contains(token.substring(0, 10));

        long id = json(api("GET", "/api/v1/me/tokens", token, null)).get(0).get("id").asLong();
        java.sql.Timestamp firstUse = jdbc.sql("select last_used_at from access_token where id = ?").param(id)
                .query(java.sql.Timestamp.class).single();
        assertThat(firstUse).isNotNull();
        api("GET", "/api/v1/me", token, null);
        assertThat(jdbc.sql("select last_used_at from access_token where id = ?").param(id).query(java.sql.Timestamp.class)
                .single()).as("marked used at most once a minute, not on every request").isEqualTo(firstUse);
        jdbc.sql("update access_token set last_used_at = last_used_at - interval '2 minutes' where id = ?").param(id).update();
        api("GET", "/api/v1/me", token, null);
        assertThat(jdbc.sql("select last_used_at from access_token where id = ?").param(id).query(java.sql.Timestamp.class)
                .single()).isAfter(firstUse);
        assertThat(api("DELETE", "/api/v1/me/tokens/" + id, token, null).statusCode()).isEqualTo(204);
        HttpResponse<String> revoked = api("GET", "/api/v1/me", token, null);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(json(revoked).get("detail").asString()).contains("dicabut");
    }

    @Test
    void aCoordinatorRemovesAnOperatorWhoThenCannotSignInOrUseTokens() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String coordinatorToken = tokenOf(POLMAN_COORDINATOR);
        long agency = json(api("GET", "/api/v1/governments/" + polman + "/agencies", coordinatorToken, null)).get(0).get("id").asLong();
        String email = "pergi-" + UUID.randomUUID() + "@sinergi.test";
        String link = json(api("POST", "/api/v1/governments/" + polman + "/users", coordinatorToken,
                "{\"email\": \"" + email + "\", \"name\": \"Operator Pindah\", \"role\": \"OPERATOR\", \"agencyId\": " + agency + "}"))
                .get("path").asString();
        accounts.acceptInvitation(link.substring("/undangan/".length()), "Pindah tugas ke Majene");
        String operatorToken = tokenOf(email);
        long userId = actor(email).userId();

        assertThat(api("DELETE", "/api/v1/governments/" + polman + "/users/" + userId, coordinatorToken, null).statusCode())
                .isEqualTo(204);

        assertThat(api("GET", "/api/v1/me", operatorToken, null).statusCode()).isEqualTo(401);
        Visitor visitor = visitor();
        visitor.get("/masuk");
        assertThat(visitor.post("/masuk", Map.of("email", email, "password", "Pindah tugas ke Majene"))
                .headers().firstValue("Location").orElseThrow()).endsWith("galat=kredensial");
        jdbc.sql("delete from login_failure where username = ?").param(email).update();
    }

    @Test
    void aLinkForAnExistingAccountNeverResetsItsPassword() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String email = "aktif-" + UUID.randomUUID() + "@sinergi.test";
        String link = json(api("POST", "/api/v1/governments/" + polman + "/users", tokenOf(POLMAN_COORDINATOR),
                "{\"email\": \"" + email + "\", \"name\": \"Pimpinan Aktif\", \"role\": \"LEADER\"}")).get("path").asString();
        accounts.acceptInvitation(link.substring("/undangan/".length()), "Sungai Mandar yang jernih");
        long gorontalo = governmentIdOf(GORONTALO_PROVINCE_COORDINATOR);

        for (String victim : new String[] {email, ADMIN}) {
            HttpResponse<String> response = api("POST", "/api/v1/governments/" + gorontalo + "/users",
                    tokenOf(GORONTALO_PROVINCE_COORDINATOR),
                    "{\"email\": \"" + victim + "\", \"name\": \"Siapa Saja\", \"role\": \"LEADER\"}");

            assertThat(response.statusCode()).isEqualTo(201);
            String token = json(response).get("path").asString().substring("/undangan/".length());
            assertThat(accounts.invitationSetsPassword(token)).as("link for %s", victim).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.acceptInvitation(token, "Perampas akun lain"))
                    .isInstanceOf(IdentityProblem.class);
            accounts.removeFromGovernment(actor(GORONTALO_PROVINCE_COORDINATOR), gorontalo, actor(victim).userId());
        }
        visitor().signIn(email, "Sungai Mandar yang jernih");
    }

    @Test
    void anotherGovernmentsInvitationNeitherClosesTheFirstLinkNorRidesOnIt() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        long gorontalo = governmentIdOf(GORONTALO_PROVINCE_COORDINATOR);
        String email = "undangan-" + UUID.randomUUID() + "@sinergi.test";
        String first = json(api("POST", "/api/v1/governments/" + polman + "/users", tokenOf(POLMAN_COORDINATOR),
                "{\"email\": \"" + email + "\", \"name\": \"Calon Pimpinan\", \"role\": \"LEADER\"}")).get("path").asString();

        JsonNode second = json(api("POST", "/api/v1/governments/" + gorontalo + "/users",
                tokenOf(GORONTALO_PROVINCE_COORDINATOR), "{\"email\": \"" + email + "\", \"name\": \"X Y\", \"role\": \"LEADER\"}"));

        assertThat(second.get("path").asString()).startsWith("/undangan/");
        accounts.acceptInvitation(first.substring("/undangan/".length()), "Gunung Mambulilling pagi");
        visitor().signIn(email, "Gunung Mambulilling pagi");
        assertThat(actor(email).grants()).extracting(id.sinergi.shared.Grant::governmentId).containsExactly(polman);
    }

    @Test
    void nobodyRemovesTheirOwnAccess() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        HttpResponse<String> response = api("DELETE", "/api/v1/governments/" + polman + "/users/"
                + actor(POLMAN_COORDINATOR).userId(), tokenOf(POLMAN_COORDINATOR), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).contains("sendiri");
    }

    @Test
    void theApiWithoutATokenAsksForOne() {
        HttpResponse<String> response = api("GET", "/api/v1/me", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("detail").asString()).contains("Bearer");
    }

    private HttpResponse<String> api(String method, String path, String token, String body) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }
}
