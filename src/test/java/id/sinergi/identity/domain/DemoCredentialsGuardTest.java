package id.sinergi.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import id.sinergi.identity.AccountStatus;
import id.sinergi.identity.IdentityProblem;
import id.sinergi.identity.Invitation;
import id.sinergi.shared.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoCredentialsGuardTest extends WebTest {

    @Autowired
    IdentityRepository repository;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void productionRefusesToStartWhileDemoAccountsKeepTheDemoPassword() {
        assertThatThrownBy(() -> guard(production()).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo password");
    }

    @Test
    void productionRefusesToStartWhileAnyAccountHasTheDemoPassword() {
        String email = "lama-" + UUID.randomUUID() + "@pemda.go.id";
        long id = repository.insertUser(email, "Akun Sebelum Pembaruan", passwords.encode(DEMO_PASSWORD), AccountStatus.ACTIVE);
        try {
            assertThatThrownBy(() -> guard(production()).afterSingletonsInstantiated()).hasMessageContaining(email);
            assertThatThrownBy(() -> guard(production()).afterSingletonsInstantiated()).as("and at the next start again")
                    .hasMessageContaining(email);
        } finally {
            repository.disable(id);
        }
        assertThatThrownBy(() -> guard(production()).afterSingletonsInstantiated()).message().doesNotContain(email);
    }

    @Test
    void passwordsCheckedOnceAreNotHashedAgainAtTheNextStart() {
        String email = "aman-" + UUID.randomUUID() + "@pemda.go.id";
        long id = repository.insertUser(email, "Akun Lain", passwords.encode("Sungai Mandar mengalir"), AccountStatus.ACTIVE);

        assertThatThrownBy(() -> guard(production()).afterSingletonsInstantiated());

        assertThat(repository.unscreenedPasswords()).extracting(IdentityRepository.StoredPassword::userId)
                .doesNotContain(id).isNotEmpty();
        repository.disable(id);
    }

    @Test
    void noAccountMayChooseTheDemoPassword() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String email = "baru-" + UUID.randomUUID() + "@pemda.go.id";
        Invitation invitation = accounts.invite(actor(POLMAN_COORDINATOR), polman, email, "Pimpinan Baru", Role.LEADER, null);
        String token = invitation.path().substring("/undangan/".length());

        assertThatThrownBy(() -> accounts.acceptInvitation(token, DEMO_PASSWORD)).isInstanceOf(IdentityProblem.class)
                .extracting(e -> ((IdentityProblem) e).messageKey()).isEqualTo("password.demo");
        Visitor newcomer = visitor();
        newcomer.get(invitation.path());
        assertThat(newcomer.post(invitation.path(), Map.of("password", DEMO_PASSWORD, "confirmation", DEMO_PASSWORD))
                .body()).contains("kata sandi demo");
        accounts.acceptInvitation(token, "Perahu sandeq di Teluk Mandar");
        assertThat(jdbc.sql("select password_screened from user_account where email = ?").param(email)
                .query(Boolean.class).single()).as("a password that passed the policy needs no check at start").isTrue();
    }

    @Test
    void productionRefusesDemoSeeding() {
        MockEnvironment production = production().withProperty("sinergi.demo.enabled", "true");

        assertThatThrownBy(() -> guard(production).afterSingletonsInstantiated())
                .hasMessageContaining("sinergi.demo.enabled");
    }

    @Test
    void otherProfilesStartWithTheDemo() {
        assertThatCode(() -> guard(new MockEnvironment()).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }

    private DemoCredentialsGuard guard(MockEnvironment environment) {
        return new DemoCredentialsGuard(environment, repository, passwords);
    }

    private static MockEnvironment production() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production");
        return production;
    }
}
