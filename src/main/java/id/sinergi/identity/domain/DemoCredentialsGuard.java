package id.sinergi.identity.domain;

import java.util.Arrays;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The production profile refuses to start while demo accounts can still sign in with the published
 * demo password, or while demo seeding is switched on.
 */
@Component
class DemoCredentialsGuard implements SmartInitializingSingleton {

    private final Environment environment;
    private final IdentityRepository repository;
    private final PasswordEncoder passwords;

    DemoCredentialsGuard(Environment environment, IdentityRepository repository, PasswordEncoder passwords) {
        this.environment = environment;
        this.repository = repository;
        this.passwords = passwords;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("production")) {
            return;
        }
        if (environment.getProperty("sinergi.demo.enabled", Boolean.class, false)) {
            throw new IllegalStateException("The production profile cannot run with sinergi.demo.enabled=true");
        }
        for (String hash : repository.demoPasswordHashes(DemoData.DOMAIN)) {
            if (hash != null && passwords.matches(DemoData.PASSWORD, hash)) {
                throw new IllegalStateException("Demo accounts (*" + DemoData.DOMAIN + ") still use the demo password: "
                        + "change or disable them before starting the production profile");
            }
        }
    }
}
