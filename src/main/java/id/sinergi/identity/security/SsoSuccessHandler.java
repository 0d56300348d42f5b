package id.sinergi.identity.security;

import id.sinergi.identity.domain.IdentityLookup;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * OIDC single sign-on maps the identity provider's <em>verified</em> e-mail to an existing, active
 * Sinergi account and signs that account in; the provider never creates accounts or grants. Anyone
 * else is sent back to the login page with a message.
 */
class SsoSuccessHandler implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SsoSuccessHandler.class);

    private final SinergiUserDetailsService users;
    private final IdentityLookup lookup;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SsoSuccessHandler(SinergiUserDetailsService users, IdentityLookup lookup) {
        this.users = users;
        this.lookup = lookup;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        Optional<SinergiPrincipal> principal = Optional.empty();
        if (authentication.getPrincipal() instanceof OidcUser user && user.getEmail() != null
                && Boolean.TRUE.equals(user.getEmailVerified())) {
            principal = users.activeByEmail(user.getEmail());
        }
        if (principal.isEmpty()) {
            log.info("SSO sign-in refused: no active account for the provider's verified e-mail");
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/masuk?galat=sso");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        lookup.loginSucceeded(principal.get().userId(), principal.get().email());
        response.sendRedirect(request.getContextPath() + "/beranda");
    }
}
