package id.sinergi.identity.domain;

import id.sinergi.identity.AccountStatus;
import id.sinergi.shared.Grant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What the security layer needs from the accounts: credentials, grants, tokens, login throttling. */
@Service
public class IdentityLookup {

    /** Failures counted within this window decide throttling. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Failed logins of one account within the window before it is locked for the rest of it. */
    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    /** Failed logins from one address within the window before that address is throttled. */
    public static final int MAX_FAILURES_PER_ADDRESS = 20;

    private final IdentityRepository repository;
    private final Clock clock;

    IdentityLookup(IdentityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public record Account(long id, String email, String displayName, String passwordHash, boolean active,
            List<Grant> grants) {
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(String email) {
        return repository.credentials(email).map(c -> new Account(c.id(), c.email(), c.displayName(), c.passwordHash(),
                c.status() == AccountStatus.ACTIVE && c.passwordHash() != null, repository.grants(c.id())));
    }

    @Transactional(readOnly = true)
    public Optional<Account> account(long userId) {
        return repository.user(userId).flatMap(u -> account(u.email()));
    }

    @Transactional(readOnly = true)
    public List<Grant> grants(long userId) {
        return repository.grants(userId);
    }

    @Transactional
    public Optional<Long> userOfToken(String token) {
        return token.startsWith(AccountService.TOKEN_PREFIX) ? repository.userOfToken(Secrets.hash(token), clock.instant()) : Optional.empty();
    }

    /** When the account or address may try again, if it is throttled now. */
    @Transactional(readOnly = true)
    public Optional<Instant> throttledUntil(String username, String ip) {
        Instant since = Instant.now(clock).minus(WINDOW);
        if (repository.recentFailuresFromIp(ip, since) >= MAX_FAILURES_PER_ADDRESS) {
            return Optional.of(Instant.now(clock).plus(WINDOW));
        }
        if (repository.recentFailuresForUser(username, since) >= MAX_FAILURES_PER_ACCOUNT) {
            return repository.lastFailureForUser(username).map(last -> last.plus(WINDOW));
        }
        return Optional.empty();
    }

    /** Longest e-mail address (RFC 5321); longer "user names" are not stored. */
    public static final int MAX_USERNAME = 254;

    /**
     * Recorded in its own transaction: a failed login rolls nothing back, and must still count.
     * Rows older than a day are purged on the way, so the table stays small.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loginFailed(String username, String ip) {
        String name = username == null ? "" : username.trim();
        repository.recordLoginFailure(name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name,
                ip == null ? "unknown" : ip, clock.instant());
        repository.purgeLoginFailures(Instant.now(clock).minus(Duration.ofDays(1)));
    }

    @Transactional
    public void loginSucceeded(long userId, String username) {
        repository.clearFailures(username);
        repository.touchLogin(userId);
    }
}
