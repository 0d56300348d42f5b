package id.sinergi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Enumerates every endpoint the application registers (pages and API, so a new endpoint is covered
 * without editing this test) and calls each one, with every method it accepts, as: a coordinator of
 * another government, an OPD operator, and an anonymous visitor. Path variables point at a victim
 * government whose OPDs and users carry unique secret markers. No response may contain a marker,
 * requests into the victim's scope must be refused, nothing of the victim may change, and
 * anonymous visitors reach only the public endpoints the security configuration lists.
 */
class TenantIsolationTest extends WebTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final Set<String> LIBRARY_ADDITIONS = Set.of("/api/v1/governments/{governmentId}/evidence",
            "/api/v1/governments/{governmentId}/evidence/links",
            "/api/v1/governments/{governmentId}/evidence/{evidenceId}/versions", "/instansi/{governmentId}/bukti",
            "/instansi/{governmentId}/bukti/tautan", "/instansi/{governmentId}/bukti/{evidenceId}/versi");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Organization organization;

    private String secret;
    private long victim;
    private long victimAgency;
    private long victimToken;
    private List<Agency> victimAgenciesBefore;

    /** Gorontalo province is the victim; Polewali Mandar's people are the intruders. */
    @BeforeEach
    void victimWithSecrets() {
        secret = "RAHASIA-" + UUID.randomUUID();
        Actor victimCoordinator = actor(GORONTALO_PROVINCE_COORDINATOR);
        victim = governmentIdOf(GORONTALO_PROVINCE_COORDINATOR);
        victimAgency = organization.createAgency(victimCoordinator, victim, "OPD " + secret).id();
        accounts.invite(victimCoordinator, victim, secret.toLowerCase() + "@sinergi.test", "Pegawai " + secret,
                Role.OPERATOR, victimAgency);
        victimToken = accounts.createToken(victimCoordinator, "token " + secret, 30).id();
        victimAgenciesBefore = organization.agencies(victimCoordinator, victim);
    }

    record Endpoint(RequestMethod method, String pattern) {
    }

    @Test
    void aCoordinatorOfAnotherGovernmentGetsNothingOfIt() {
        Visitor pages = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        String token = tokenOf(POLMAN_COORDINATOR);
        List<String> calls = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            HttpResponse<String> response = call(endpoint, pages, token);
            calls.add(endpoint + " -> " + response.statusCode());
            assertThat(response.body()).as("%s leaks the victim's data", endpoint).doesNotContain(secret);
            if (endpoint.pattern().contains("{governmentId}") && !isPublic(endpoint)) {
                assertThat(response.statusCode()).as("%s into another government", endpoint).isIn(403, 404);
            }
        }
        assertThat(calls).hasSizeGreaterThan(30);
        assertVictimUnchanged();
    }

    @Test
    void anOperatorCannotActOutsideTheirOpd() {
        Actor operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        long own = operator.governmentIds().get(0);
        Actor coordinator = actor(POLMAN_COORDINATOR);
        Agency otherOpd = organization.agencies(coordinator, own).stream()
                .filter(a -> a.active() && !a.name().contains("Diskominfo")).findFirst().orElseThrow();
        List<Agency> before = organization.agencies(coordinator, own);
        Visitor pages = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        String token = tokenOf(POLMAN_DISKOMINFO_OPERATOR);
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method() == RequestMethod.GET || isPublic(endpoint) || endpoint.pattern().startsWith("/api/v1/me")
                    || endpoint.pattern().startsWith("/akun/") || endpoint.pattern().startsWith("/notifikasi")
                    || endpoint.pattern().equals("/keluar")
                    || endpoint.pattern().equals("/masuk") || endpoint.pattern().startsWith("/undangan/")
                    // Operators may add files, links and new versions to their government's evidence library;
                    // attaching them to another OPD's answer is what must fail, and that endpoint carries {agencyId}.
                    || LIBRARY_ADDITIONS.contains(endpoint.pattern())) {
                continue;
            }
            HttpResponse<String> response = call(endpoint, pages, token, own, otherOpd.id());
            assertThat(response.statusCode()).as("%s by an operator, on another OPD of their government", endpoint)
                    .isIn(401, 403, 404);
        }
        assertThat(organization.agencies(coordinator, own)).isEqualTo(before);
    }

    @Test
    void anonymousVisitorsReachOnlyPublicEndpoints() {
        for (Endpoint endpoint : endpoints()) {
            HttpResponse<String> response = call(endpoint, null, null);
            assertThat(response.body()).as("%s leaks to anonymous visitors", endpoint).doesNotContain(secret);
            if (!isPublic(endpoint)) {
                boolean toLogin = response.statusCode() == 302
                        && response.headers().firstValue("Location").orElse("").endsWith("/masuk");
                assertThat(toLogin || Set.of(401, 403).contains(response.statusCode()))
                        .as("%s answered %d to an anonymous visitor", endpoint, response.statusCode()).isTrue();
            }
        }
        assertVictimUnchanged();
    }

    private void assertVictimUnchanged() {
        assertThat(organization.agencies(actor(GORONTALO_PROVINCE_COORDINATOR), victim)).isEqualTo(victimAgenciesBefore);
        assertThat(accounts.tokens(actor(GORONTALO_PROVINCE_COORDINATOR))).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(victimToken);
            assertThat(t.revokedAt()).isNull();
        });
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method, pattern.getPatternString()));
                }
            }
        }
        return endpoints;
    }

    private boolean isPublic(Endpoint endpoint) {
        String path = path(endpoint.pattern(), victim, victimAgency);
        List<String> patterns = new ArrayList<>(SecurityConfiguration.PUBLIC_PAGES);
        if (endpoint.method() == RequestMethod.GET) {
            patterns.addAll(SecurityConfiguration.PUBLIC_API_GET);
        }
        if (endpoint.method() == RequestMethod.POST) {
            patterns.addAll(SecurityConfiguration.PUBLIC_API_POST);
        }
        return patterns.stream().anyMatch(p -> PARSER.parse(p).matches(
                org.springframework.http.server.PathContainer.parsePath(path)));
    }

    private HttpResponse<String> call(Endpoint endpoint, Visitor pages, String token) {
        return call(endpoint, pages, token, victim, victimAgency);
    }

    private HttpResponse<String> call(Endpoint endpoint, Visitor pages, String token, long government, long agency) {
        String path = path(endpoint.pattern(), government, agency);
        boolean api = path.startsWith("/api/");
        if (!api && pages != null) {
            pages.get("/beranda");
            if (endpoint.method() == RequestMethod.GET) {
                return pages.get(path);
            }
            return pages.post(path, Map.of("name", "Diubah " + UUID.randomUUID(), "email", "x@sinergi.test",
                    "role", "OPERATOR", "code", "X-" + UUID.randomUUID().toString().substring(0, 8)));
        }
        HttpRequest.Builder request = request(path).header("Accept", api ? "application/json" : "text/html");
        if (api && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body = "{\"name\": \"Diubah\", \"email\": \"x@sinergi.test\", \"role\": \"OPERATOR\", \"levels\": {}}";
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        request.header("Content-Type", path.endsWith("/import") ? "text/csv" : api ? "application/json"
                : "application/x-www-form-urlencoded");
        switch (endpoint.method()) {
            case GET -> request.GET();
            case DELETE -> request.DELETE();
            default -> request.method(endpoint.method().name(), publisher);
        }
        return send(request);
    }

    private String path(String pattern, long government, long agency) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll(":.*", "");
            String value = switch (name) {
                case "governmentId" -> Long.toString(government);
                case "agencyId" -> Long.toString(agency);
                case "tokenId", "id" -> Long.toString(victimToken);
                case "code", "frameworkCode" -> "permenpanrb-59-2020";
                case "version" -> "1";
                case "token" -> "tidak-ada";
                default -> "1";
            };
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "/x");
    }
}
