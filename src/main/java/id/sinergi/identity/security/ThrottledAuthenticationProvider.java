package id.sinergi.identity.security;

import id.sinergi.identity.domain.IdentityLookup;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login with throttling: before checking a password, refuse when the account or the
 * client address has failed too often recently ({@link IdentityLookup#throttledUntil}); count
 * every failure, clear the account's count on success. A locked account is refused even with the
 * right password, so guessing cannot continue in the window.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final IdentityLookup lookup;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, IdentityLookup lookup) {
        this.passwords = passwords;
        this.lookup = lookup;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (username.length() > IdentityLookup.MAX_USERNAME || username.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            lookup.loginFailed(username, ip);
            throw new BadCredentialsException("not an account name");
        }
        var until = lookup.throttledUntil(username, ip);
        if (until.isPresent()) {
            // Not counted again: otherwise a request every few minutes would keep the lock forever.
            throw new ThrottledException(until.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            SinergiPrincipal principal = (SinergiPrincipal) result.getPrincipal();
            lookup.loginSucceeded(principal.userId(), username);
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            lookup.loginFailed(username, ip);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
