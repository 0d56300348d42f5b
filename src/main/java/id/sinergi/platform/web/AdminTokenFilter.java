package id.sinergi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admin endpoints are never open: they need {@code Authorization: Bearer <token>}. Without a
 * configured {@code ADMIN_TOKEN} a random one is made at start and written to the log, so a fresh
 * installation is usable but not exposed.
 */
@Component
class AdminTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AdminTokenFilter.class);
    static final String ADMIN_PATH = "/api/v1/admin/";

    private final byte[] token;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    AdminTokenFilter(AdminTokenProperties properties, MessageSource messages, LocaleResolver locales, JsonMapper json) {
        String configured = properties.token();
        if (configured == null || configured.isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            configured = HexFormat.of().formatHex(random);
            log.warn("ADMIN_TOKEN is not set; admin endpoints accept this token until restart: {}", configured);
        } else if (configured.length() < 16) {
            throw new IllegalStateException("ADMIN_TOKEN must have at least 16 characters");
        }
        this.token = configured.getBytes(StandardCharsets.UTF_8);
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(ADMIN_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String presented = header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : "";
        if (MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        String detail = messages.getMessage(presented.isEmpty() ? "admin.token.missing" : "admin.token.wrong", null,
                locales.resolveLocale(request));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        json.writeValue(response.getWriter(), problem);
    }
}
