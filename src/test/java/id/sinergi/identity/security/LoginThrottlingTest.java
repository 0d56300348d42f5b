package id.sinergi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.identity.Invitation;
import id.sinergi.shared.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class LoginThrottlingTest extends WebTest {

    private static final String PASSWORD = "Sawah hijau di Mapilli";

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetFailures() {
        jdbc.sql("delete from login_failure where ip like '203.0.113.%' or username like 'throttle-%'").update();
    }

    @Test
    void anAccountIsLockedAfterFiveFailuresEvenForTheRightPassword() {
        String email = newUser();
        Visitor visitor = visitor();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(visitor, email, "salah-" + attempt, "203.0.113.10")).endsWith("/masuk?galat=kredensial");
        }

        String locked = login(visitor, email, PASSWORD, "203.0.113.10");

        assertThat(locked).contains("/masuk?galat=terkunci&menit=");
        HttpResponse<String> page = visitor.get(locked.substring(locked.indexOf("/masuk")));
        assertThat(page.body()).contains("Terlalu banyak percobaan masuk yang gagal");
        assertThat(login(visitor(), email, PASSWORD, "203.0.113.11")).contains("galat=terkunci");
    }

    @Test
    void anAddressIsThrottledAfterTwentyFailures() {
        Visitor visitor = visitor();
        for (int attempt = 1; attempt <= 20; attempt++) {
            login(visitor, "throttle-" + UUID.randomUUID() + "@sinergi.test", "salah", "203.0.113.20");
        }

        assertThat(login(visitor, POLMAN_COORDINATOR, DEMO_PASSWORD, "203.0.113.20")).contains("galat=terkunci");
        assertThat(login(visitor(), POLMAN_COORDINATOR, DEMO_PASSWORD, "203.0.113.21")).endsWith("/beranda");
    }

    @Test
    void aSuccessfulLoginChangesTheSessionId() {
        Visitor visitor = visitor();
        visitor.get("/masuk");
        String before = visitor.cookie("JSESSIONID");
        visitor.signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        assertThat(visitor.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
    }

    private String login(Visitor visitor, String email, String password, String ip) {
        visitor.get("/masuk");
        HttpResponse<String> response = visitor.post("/masuk", Map.of("email", email, "password", password),
                "X-Forwarded-For", ip);
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private String newUser() {
        String email = "throttle-" + UUID.randomUUID() + "@sinergi.test";
        Invitation invitation = accounts.invite(actor(POLMAN_COORDINATOR), governmentIdOf(POLMAN_COORDINATOR), email,
                "Pengguna Uji", Role.LEADER, null);
        accounts.acceptInvitation(invitation.path().substring("/undangan/".length()), PASSWORD);
        return email;
    }
}
