package id.sinergi.identity.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoCredentialsGuardTest extends WebTest {

    @Autowired
    IdentityRepository repository;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void productionRefusesToStartWhileDemoAccountsKeepTheDemoPassword() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production");

        assertThatThrownBy(() -> new DemoCredentialsGuard(production, repository, passwords).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo password");
    }

    @Test
    void productionRefusesDemoSeeding() {
        MockEnvironment production = new MockEnvironment().withProperty("sinergi.demo.enabled", "true");
        production.setActiveProfiles("production");

        assertThatThrownBy(() -> new DemoCredentialsGuard(production, repository, passwords).afterSingletonsInstantiated())
                .hasMessageContaining("sinergi.demo.enabled");
    }

    @Test
    void otherProfilesStartWithTheDemo() {
        assertThatCode(() -> new DemoCredentialsGuard(new MockEnvironment(), repository, passwords)
                .afterSingletonsInstantiated()).doesNotThrowAnyException();
    }
}
