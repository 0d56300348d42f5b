package id.sinergi.identity.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Too many failed logins for this account or from this address; try again after {@link #until()}. */
class ThrottledException extends LockedException {

    private final transient Instant until;

    ThrottledException(Instant until) {
        super("throttled until " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
