package id.sinergi.identity.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The production profile refuses to start while any active account can still sign in with the
 * published demo password (demo accounts, or any account whose password was set before the password
 * policy refused it), or while demo seeding is switched on. Passwords set through the policy are
 * screened already; the others are checked with bcrypt and, when they differ, marked screened, so
 * only the first production start after an upgrade pays for hashing them.
 */
@Component
class DemoCredentialsGuard implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoCredentialsGuard.class);
    private static final int NAMED = 5;

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
        List<IdentityRepository.StoredPassword> unscreened = repository.unscreenedPasswords();
        if (unscreened.size() > NAMED) {
            log.info("Checking {} passwords against the demo password (once per account)", unscreened.size());
        }
        List<String> demo = new ArrayList<>();
        for (IdentityRepository.StoredPassword password : unscreened) {
            if (passwords.matches(DemoData.PASSWORD, password.hash())) {
                demo.add(password.email());
            } else {
                repository.markScreened(password);
            }
        }
        if (!demo.isEmpty()) {
            // Real accounts with the demo password are the surprise: named before the demo accounts.
            demo.sort(Comparator.comparing((String email) -> email.endsWith(DemoData.DOMAIN)));
            log.error("Accounts with the demo password: {}", demo);
            throw new IllegalStateException(demo.size() + " active account(s) still use the demo password ("
                    + String.join(", ", demo.subList(0, Math.min(NAMED, demo.size())))
                    + (demo.size() > NAMED ? ", …" : "") + "): change or disable them before starting the production profile");
        }
    }
}
