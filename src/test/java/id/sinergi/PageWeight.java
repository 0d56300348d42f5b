package id.sinergi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Measures the first load of a page the way a browser with an empty cache makes it: the HTML with
 * {@code Accept-Encoding: gzip}, then every same-origin stylesheet, script, icon and image it
 * references, and every font or image those stylesheets reference ({@code url(...)}), each once.
 * Sums the body bytes as transferred (compressed when the server compressed them); response
 * headers are not counted. Optionally as a signed-in {@link WebTest.Visitor} (its session cookie).
 *
 * <pre>
 * PageWeight.Measurement m = new PageWeight(port).measure("/peringkat", null);
 * assertThat(m.transferred()).as(m.report()).isLessThanOrEqualTo(BUDGET);
 * </pre>
 */
public final class PageWeight {

    /** One fetched resource: bytes on the wire, bytes decoded, and its Content-Encoding. */
    public record Resource(String path, int status, long transferred, long decoded, String encoding) {
    }

    /** Everything fetched for one page; {@code transferred} is the sum over all resources. */
    public record Measurement(String path, List<Resource> resources) {

        public long transferred() {
            return resources.stream().mapToLong(Resource::transferred).sum();
        }

        public long decoded() {
            return resources.stream().mapToLong(Resource::decoded).sum();
        }

        /** Resources that did not answer 200 (a broken reference would make the weight look lighter). */
        public List<Resource> failed() {
            return resources.stream().filter(r -> r.status() != 200).toList();
        }

        public String report() {
            return resources.stream().map(r -> String.format("%-60s %3d %-5s %8d %8d", r.path(), r.status(),
                    r.encoding() == null ? "none" : r.encoding(), r.transferred(), r.decoded()))
                    .collect(Collectors.joining("\n", "first load of " + path + " (path, status, encoding, "
                            + "transferred, decoded)\n", String.format("%ntotal transferred %d bytes, decoded %d bytes",
                            transferred(), decoded())));
        }
    }

    private static final Pattern HTML_REFERENCE = Pattern.compile(
            "<(?:link|script|img)\\b[^>]*?\\b(?:href|src)=\"(/[^\"/][^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?(/[^'\")]+)['\"]?\\s*\\)");

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public PageWeight(int port) {
        this.port = port;
    }

    /** Fetches the page and what it references; {@code visitor} may be null (anonymous). */
    public Measurement measure(String path, WebTest.Visitor visitor) {
        String cookie = visitor == null || visitor.cookie("JSESSIONID") == null ? null
                : "JSESSIONID=" + visitor.cookie("JSESSIONID");
        List<Resource> resources = new ArrayList<>();
        Fetched page = fetch(path, cookie, "text/html");
        resources.add(page.resource());
        Set<String> references = new LinkedHashSet<>();
        collect(HTML_REFERENCE, page.text(), references);
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(references);
        while (!queue.isEmpty()) {
            String reference = queue.remove(0);
            if (!seen.add(reference)) {
                continue;
            }
            Fetched fetched = fetch(reference, cookie, "*/*");
            resources.add(fetched.resource());
            if (reference.split("\\?")[0].endsWith(".css")) {
                Set<String> nested = new LinkedHashSet<>();
                collect(CSS_URL, fetched.text(), nested);
                queue.addAll(nested);
            }
        }
        return new Measurement(path, resources);
    }

    private record Fetched(Resource resource, String text) {
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1).replace("&amp;", "&"));
        }
    }

    private Fetched fetch(String path, String cookie, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept-Encoding", "gzip").header("Accept", accept).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
            byte[] body = response.body();
            byte[] decoded = "gzip".equalsIgnoreCase(encoding)
                    ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes() : body;
            return new Fetched(new Resource(path, response.statusCode(), body.length, decoded.length, encoding),
                    new String(decoded, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
