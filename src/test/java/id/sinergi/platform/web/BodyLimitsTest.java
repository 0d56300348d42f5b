package id.sinergi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Enumerates every endpoint that accepts a body (like the isolation test, so a new endpoint is
 * covered without editing this test) and sends each one a body one byte over its declared limit,
 * once with {@code Content-Length} and once without (chunked): every answer is 413 and names the
 * limit. The bodies are generated while sent, so neither side needs them in memory.
 */
class BodyLimitsTest extends WebTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final Set<RequestMethod> WITH_BODY = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    FilterRegistrationBean<BodyLimits> bodyLimits;

    private static final long UPLOAD_LIMIT = 52L * 1024 * 1024;

    record Endpoint(RequestMethod method, String path, boolean multipart, boolean api) {
    }

    @Test
    void everyEndpointRefusesABodyOverItsLimitWithAndWithoutALength() {
        BodyLimits limits = bodyLimits.getFilter();
        Visitor admin = visitor().signIn(ADMIN, DEMO_PASSWORD);
        String token = tokenOf(ADMIN);
        List<String> checked = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            long limit = limits.limitOf(endpoint.method().name(), endpoint.path());
            String named = BodyLimits.size(limit, Locale.forLanguageTag("id"));
            for (boolean withLength : List.of(true, false)) {
                // Pages get the CSRF token in the query string, so that a refusal cannot be blamed on a missing token.
                String csrf = endpoint.api() ? "" : "?_csrf=" + csrfOf(admin);
                HttpRequest.Builder request = request(endpoint.path() + csrf).timeout(java.time.Duration.ofSeconds(120));
                String contentType = endpoint.multipart() ? "multipart/form-data; boundary=XyZ"
                        : endpoint.api() ? "application/json" : "application/x-www-form-urlencoded";
                request.header("Content-Type", contentType);
                if (endpoint.api()) {
                    request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
                } else {
                    request.header("Accept", "text/html");
                }
                HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> body(endpoint, limit + 1));
                request.method(endpoint.method().name(), withLength ? HttpRequest.BodyPublishers.fromPublisher(body,
                        bodyLength(endpoint, limit + 1)) : body);
                HttpResponse<String> response = endpoint.api() ? send(request) : admin.send(request);
                String what = endpoint.method() + " " + endpoint.path() + (withLength ? " with" : " without") + " a length";
                checked.add(what + " -> " + response.statusCode());
                assertThat(response.statusCode()).as("%s, limit %s: %s", what, named, response.body()).isEqualTo(413);
                if (limit == UPLOAD_LIMIT) {
                    // An evidence upload: the file inside is over the evidence limit, and that is what the answer names.
                    assertThat(response.body()).as("%s names its limit", what).containsAnyOf(named, "50 MB");
                } else {
                    assertThat(response.body()).as("%s names its limit", what).contains(named);
                }
            }
        }
        assertThat(checked).as("endpoints with a body").hasSizeGreaterThan(80);
    }

    @Test
    void aBodyWithinTheLimitWithoutALengthStillWorks() {
        HttpResponse<String> response = send(request("/api/v1/frameworks/permenpanrb-59-2020/score")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "{\"levels\": {}}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Indikator 1: nilai belum diisi");
    }

    @Test
    void anUploadAddressTakesNoOtherBodyWithoutALengthSoNothingLargeIsHeldInMemory() {
        HttpResponse<String> response = send(request("/api/v1/governments/1/evidence")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[10]))));
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("multipart/form-data");
    }

    /**
     * A browser uploading a file just over the evidence limit (the form itself within the request limit): the
     * server stops reading at the file limit while the CSRF check asks for its field; the person gets a page
     * that names the limit, not a failure. A file name longer than the part header limit gets a page too.
     */
    @Test
    void aPageUploadOverTheFileLimitOrWithAHugeNameGetsAPageThatSaysSo() {
        Visitor coordinator = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        String library = "/instansi/" + governmentIdOf(POLMAN_COORDINATOR) + "/bukti";
        HttpResponse<String> tooLarge = coordinator.send(pageUpload(coordinator, library, "besar.pdf", 51L * 1024 * 1024));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(tooLarge.body()).contains("paling banyak 50 MB");

        HttpResponse<String> longName = coordinator.send(pageUpload(coordinator, library, "n".repeat(5000) + ".pdf", 10));
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(longName.body()).contains("nama berkas");
    }

    private HttpRequest.Builder pageUpload(Visitor visitor, String path, String fileName, long size) {
        byte[] head = ("--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfOf(visitor)
                + "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = PART_TAIL.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return request(path).header("Content-Type", "multipart/form-data; boundary=XyZ").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                                new java.io.ByteArrayInputStream(head), body(new Endpoint(RequestMethod.POST, path, false, false), size),
                                new java.io.ByteArrayInputStream(tail))))), head.length + size + tail.length));
    }

    @Test
    void theLimitsAreTheDeclaredOnes() {
        BodyLimits limits = bodyLimits.getFilter();
        assertThat(limits.limitOf("POST", "/api/v1/frameworks/permenpanrb-59-2020/score")).isEqualTo(64 * 1024);
        assertThat(limits.limitOf("POST", "/api/v1/governments/1/agencies/import")).isEqualTo(256 * 1024);
        assertThat(limits.limitOf("POST", "/api/v1/admin/results/import")).isEqualTo((5 * 1024 + 64) * 1024);
        assertThat(limits.limitOf("POST", "/api/v1/governments/1/evidence")).isEqualTo(UPLOAD_LIMIT);
        assertThat(limits.limitOf("PUT", "/api/v1/governments/1/plans/2/indicators/3/targets/2025"))
                .isEqualTo(BodyLimits.DEFAULT_LIMIT);
        assertThat(limits.limitOf("POST", "/tidak/ada")).isEqualTo(BodyLimits.DEFAULT_LIMIT);
    }

    private static String csrfOf(Visitor visitor) {
        HttpResponse<String> page = visitor.get("/beranda");
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        return matcher.find() ? matcher.group(1) : "";
    }

    private static final String PART_HEAD = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n";
    private static final String PART_TAIL = "\r\n--XyZ--\r\n";

    /** {@code size} bytes of body (for multipart: a file of that size inside the form). */
    private static InputStream body(Endpoint endpoint, long size) {
        InputStream filler = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        if (!endpoint.multipart()) {
            return filler;
        }
        return new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(PART_HEAD.getBytes()), filler,
                new java.io.ByteArrayInputStream(PART_TAIL.getBytes()))));
    }

    private static long bodyLength(Endpoint endpoint, long size) {
        return endpoint.multipart() ? PART_HEAD.length() + size + PART_TAIL.length() : size;
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            boolean multipart = false;
            for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
                multipart |= MultipartFile.class.isAssignableFrom(parameter.getParameterType());
            }
            for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                if (!WITH_BODY.contains(method)) {
                    continue;
                }
                for (PathPattern pattern : entry.getKey().getPathPatternsCondition().getPatterns()) {
                    String path = path(pattern.getPatternString());
                    endpoints.add(new Endpoint(method, path, multipart, path.startsWith("/api/")));
                }
            }
        }
        return endpoints;
    }

    private String path(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll(":.*", "");
            String value = switch (name) {
                case "governmentId" -> Long.toString(governmentIdOf(POLMAN_COORDINATOR));
                case "code", "frameworkCode" -> "permenpanrb-59-2020";
                case "stage" -> "document";
                case "indicatorCode" -> "1";
                default -> "1";
            };
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString().replace("/**", "/x");
    }
}
