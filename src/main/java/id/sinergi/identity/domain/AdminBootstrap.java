package id.sinergi.identity.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.identity.AccountStatus;
import id.sinergi.shared.Grant;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first national admin of an installation without demo data: with {@code SINERGI_ADMIN_EMAIL}
 * set and no national admin yet, an invited account is created and its first-login link is written
 * to the server log only (whoever reads the server's log already controls the server).
 */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Clock clock;
    private final Environment environment;
    private final IdentityRepository repository;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    AdminBootstrap(Environment environment, IdentityRepository repository, AuditLog audit,
            TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.environment = environment;
        this.repository = repository;
        this.audit = audit;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bootstrap() {
        String email = environment.getProperty("sinergi.admin.email", "").trim().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            return;
        }
        Optional<String> link = transactions.execute(status -> issue(email));
        link.ifPresent(path -> log.warn("\n\nAdmin nasional pertama / first national admin: {}\nBuka tautan ini untuk "
                + "mengatur kata sandi (berlaku 7 hari) / open this link to set the password: <alamat Sinergi>{}\n",
                email, path));
    }

    Optional<String> issue(String email) {
        if (repository.countNationalAdmins() > 0) {
            return Optional.empty();
        }
        long userId = repository.userIdByEmail(email)
                .orElseGet(() -> repository.insertUser(email, "Admin Nasional", null, AccountStatus.INVITED));
        repository.addGrant(userId, Grant.nationalAdmin());
        audit.record("user.bootstrapAdmin", "user", userId, null, null, Map.of("email", email));
        String token = Secrets.newSecret("");
        repository.useInvitations(userId, clock.instant());
        repository.insertInvitation(userId, null, Secrets.hash(token), clock.instant().plus(AccountService.INVITATION_VALIDITY));
        return Optional.of("/undangan/" + token);
    }
}
