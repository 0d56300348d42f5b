package id.sinergi.identity.security;

import id.sinergi.identity.domain.IdentityLookup;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer sng_…} on {@code /api/**}: a personal access token, looked up by its
 * hash. A token that is unknown, expired or revoked is answered 401 at once, never treated as anonymous.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private final IdentityLookup lookup;
    private final SinergiUserDetailsService users;
    private final ProblemResponses problems;

    AccessTokenFilter(IdentityLookup lookup, SinergiUserDetailsService users, ProblemResponses problems) {
        this.lookup = lookup;
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SinergiPrincipal> principal = lookup.userOfToken(header.substring(7).trim())
                .flatMap(users::principal);
        if (principal.isEmpty()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "token.invalid");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
