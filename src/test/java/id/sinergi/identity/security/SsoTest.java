package id.sinergi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;

/** OIDC single sign-on, configured by properties, against an identity provider that is never contacted. */
@TestPropertySource(properties = {
        "spring.security.oauth2.client.registration.pemda.client-id=sinergi",
        "spring.security.oauth2.client.registration.pemda.client-secret=rahasia",
        "spring.security.oauth2.client.registration.pemda.client-name=SSO Pemda",
        "spring.security.oauth2.client.registration.pemda.scope=openid,email,profile",
        "spring.security.oauth2.client.registration.pemda.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.pemda.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.pemda.authorization-uri=https://sso.pemda.test/auth",
        "spring.security.oauth2.client.provider.pemda.token-uri=https://sso.pemda.test/token",
        "spring.security.oauth2.client.provider.pemda.jwk-set-uri=https://sso.pemda.test/certs",
        "spring.security.oauth2.client.provider.pemda.user-name-attribute=sub"})
class SsoTest extends WebTest {

    @Autowired
    SinergiUserDetailsService users;

    @Test
    void theLoginPageOffersTheConfiguredProviderWhichRedirectsToIt() {
        Visitor visitor = visitor();
        assertThat(visitor.get("/masuk").body()).contains("Masuk dengan SSO Pemda", "/oauth2/authorization/pemda");

        HttpResponse<String> start = visitor.get("/oauth2/authorization/pemda");

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow())
                .startsWith("https://sso.pemda.test/auth?").contains("client_id=sinergi", "scope=openid");
    }

    @Test
    void aVerifiedEmailOfAnActiveAccountSignsThatAccountIn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SsoSuccessHandler(users, identityLookup).onAuthenticationSuccess(request, response,
                oidc(POLMAN_COORDINATOR, true));

        assertThat(response.getRedirectedUrl()).isEqualTo("/beranda");
        SecurityContext saved = (SecurityContext) request.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((SinergiPrincipal) saved.getAuthentication().getPrincipal()).email()).isEqualTo(POLMAN_COORDINATOR);
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUnverifiedOrUnknownEmailIsRefused() throws Exception {
        for (var authentication : List.of(oidc(POLMAN_COORDINATOR, false), oidc("orang.asing@pemda.test", true))) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.getSession(true);
            MockHttpServletResponse response = new MockHttpServletResponse();

            new SsoSuccessHandler(users, identityLookup).onAuthenticationSuccess(request, response, authentication);

            assertThat(response.getRedirectedUrl()).isEqualTo("/masuk?galat=sso");
            assertThat(request.getSession(false)).isNull();
        }
        assertThat(visitor().get("/masuk?galat=sso").body()).contains("Masuk dengan SSO gagal");
    }

    private static OAuth2AuthenticationToken oidc(String email, boolean verified) {
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "subject-1", "email", email, "email_verified", verified, "iss", "https://sso.pemda.test"));
        DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), "pemda");
    }
}
