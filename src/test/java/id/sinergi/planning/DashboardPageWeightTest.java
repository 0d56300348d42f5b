package id.sinergi.planning;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The leadership dashboard stays light on a slow link: the signed-in page's HTML plus every CSS and
 * script file it links, fetched as a browser would ({@code Accept-Encoding: gzip}), weigh at most
 * 150 KB as transferred (see docs/benchmarks.md). Charts are server-rendered SVG, no chart library.
 */
class DashboardPageWeightTest extends WebTest {

    static final int BUDGET_BYTES = 150 * 1024;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js)(?:\\?[^\"]*)?)\"");

    @Test
    void theDashboardWithItsCssAndScriptsWeighsAtMost150KbCompressed() throws Exception {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        Visitor leader = visitor().signIn("pimpinan.polman@sinergi.test", DEMO_PASSWORD);
        String session = leader.cookie("JSESSIONID");
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<byte[]> page = fetchCompressed(client, "/instansi/" + polman + "/dasbor", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).as("the page is sent compressed").hasValue("gzip");
        String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Dasbor pimpinan");

        Set<String> assets = new LinkedHashSet<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertThat(assets).as("the layout's stylesheet and htmx").hasSizeGreaterThanOrEqualTo(2);
        long total = page.body().length;
        StringBuilder report = new StringBuilder("page " + page.body().length);
        for (String asset : assets) {
            HttpResponse<byte[]> response = fetchCompressed(client, asset, session);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            total += response.body().length;
            report.append(", ").append(asset).append(' ').append(response.body().length);
        }
        System.out.println("Dashboard page weight: " + total + " bytes compressed (" + report + ")");
        assertThat(total).as("compressed bytes: %s", report).isLessThanOrEqualTo(BUDGET_BYTES);
    }

    private HttpResponse<byte[]> fetchCompressed(HttpClient client, String path, String session)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Accept-Encoding", "gzip").header("Accept", "text/html,*/*");
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
