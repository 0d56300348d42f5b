package id.sinergi.identity.security;

import id.sinergi.identity.domain.IdentityLookup;
import id.sinergi.identity.domain.IdentityLookup.Account;
import id.sinergi.shared.Grant;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class SinergiUserDetailsService implements UserDetailsService {

    private final IdentityLookup lookup;

    SinergiUserDetailsService(IdentityLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public SinergiPrincipal loadUserByUsername(String username) {
        return lookup.account(username == null ? "" : username.trim()).map(SinergiUserDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    Optional<SinergiPrincipal> activeByEmail(String email) {
        return lookup.account(email.trim()).filter(Account::active).map(SinergiUserDetailsService::principal);
    }

    Optional<SinergiPrincipal> principal(long userId) {
        return lookup.account(userId).filter(Account::active).map(SinergiUserDetailsService::principal);
    }

    /**
     * Compared against when an account has no password yet, so that a wrong guess costs the same
     * bcrypt work whatever the account's state (no timing hint that an address is only invited).
     */
    private static final String NO_PASSWORD = new BCryptPasswordEncoder().encode(java.util.UUID.randomUUID().toString());

    private static SinergiPrincipal principal(Account account) {
        return new SinergiPrincipal(account.id(), account.email(), account.displayName(),
                account.passwordHash() == null ? "{bcrypt}" + NO_PASSWORD : account.passwordHash(), account.active(),
                account.grants().stream().map(Grant::role).map(Enum::name).distinct().toList());
    }
}
