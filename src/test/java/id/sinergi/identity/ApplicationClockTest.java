package id.sinergi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.shared.Role;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Expiry is decided by the application's clock, not by the database server's: tokens and invitation
 * links expire when Sinergi's time says so (and tests can move that time).
 */
class ApplicationClockTest extends WebTest {

    @Test
    void aTokenExpiresByTheApplicationsClock() {
        String token = accounts.createToken(actor(POLMAN_COORDINATOR), "uji jam", 1).token();
        assertThat(send(request("/api/v1/me/tokens").header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(200);

        clock.setToday(clock.today().plusDays(3));
        HttpResponse<String> later = send(request("/api/v1/me/tokens").header("Authorization", "Bearer " + token));
        assertThat(later.statusCode()).isEqualTo(401);
    }

    @Test
    void anInvitationLinkExpiresByTheApplicationsClock() {
        String email = "jam." + UUID.randomUUID().toString().substring(0, 8) + "@sinergi.test";
        Invitation invitation = accounts.invite(actor(POLMAN_COORDINATOR), governmentIdOf(POLMAN_COORDINATOR), email,
                "Pegawai Uji Jam", Role.LEADER, null);
        assertThat(get(invitation.path()).statusCode()).isEqualTo(200);

        clock.setToday(clock.today().plusDays(30));
        HttpResponse<String> later = get(invitation.path());
        assertThat(later.statusCode()).isEqualTo(404);
    }
}
