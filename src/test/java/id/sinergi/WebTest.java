package id.sinergi;

import id.sinergi.identity.Accounts;
import id.sinergi.identity.domain.IdentityLookup;
import id.sinergi.shared.Actor;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the tests that talk to the running application over real HTTP on a random port. All of
 * them share one application context, with the demo data, and the one embedded PostgreSQL of the
 * test JVM. The application's clock is a {@link TestClock}: real time unless a test sets a day, and
 * back to real time after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
public abstract class WebTest {

    public static final String DEMO_PASSWORD = "Demo-Sinergi-2026";
    public static final String ADMIN = "admin@sinergi.test";
    public static final String POLMAN_COORDINATOR = "koordinator.polman@sinergi.test";
    public static final String POLMAN_DISKOMINFO_OPERATOR = "operator.diskominfo.polman@sinergi.test";
    public static final String GORONTALO_PROVINCE_COORDINATOR = "koordinator.gorontaloprov@sinergi.test";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    protected int port;

    @Autowired
    protected IdentityLookup identityLookup;

    @Autowired
    protected Accounts accounts;

    @Autowired
    protected TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        return send(CLIENT, request);
    }

    protected HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    protected HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Uploads {@code content} as a file named {@code name} to the government's evidence library over the API. */
    protected HttpResponse<String> uploadEvidence(long government, String token, String name, byte[] content) {
        String boundary = "----sinergi" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/api/v1/governments/" + government + "/evidence").header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The demo account as the services see it. */
    protected Actor actor(String email) {
        IdentityLookup.Account account = identityLookup.account(email).orElseThrow();
        return new Actor(account.id(), account.displayName(), account.grants());
    }

    /** A fresh personal access token of the account, for {@code Authorization: Bearer}. */
    protected String tokenOf(String email) {
        return accounts.createToken(actor(email), "test", 1).token();
    }

    protected long governmentIdOf(String email) {
        return actor(email).governmentIds().get(0);
    }

    /** A browser-like visitor: keeps cookies, and sends back the CSRF token of the last page it read. */
    protected Visitor visitor() {
        return new Visitor();
    }

    protected final class Visitor {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private String csrf;

        public String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
        }

        public HttpResponse<String> get(String path) {
            HttpResponse<String> response = WebTest.send(client, request(path).header("Accept", "text/html").GET());
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        }

        /** Posts a form the way the page would, with the CSRF token of the last page read. */
        public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
            Map<String, String> fields = new LinkedHashMap<>(form);
            if (csrf != null) {
                fields.putIfAbsent("_csrf", csrf);
            }
            HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html");
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> response = WebTest.send(client, builder.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
            Matcher matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        }

        public HttpResponse<String> send(HttpRequest.Builder request) {
            return WebTest.send(client, request);
        }

        public Visitor signIn(String email, String password) {
            get("/masuk");
            HttpResponse<String> response = post("/masuk", Map.of("email", email, "password", password));
            if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/beranda")) {
                throw new IllegalStateException("Sign-in of " + email + " failed: " + response.statusCode() + " "
                        + response.headers().firstValue("Location").orElse(""));
            }
            return this;
        }
    }

    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
